import * as migration_20261129_040332_schema from './20261129_040332_schema';

export const migrations = [
  {
    up: migration_20261129_040332_schema.up,
    down: migration_20261129_040332_schema.down,
    name: '20261129_040332_schema'
  },
];
