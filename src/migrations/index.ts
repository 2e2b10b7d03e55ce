import * as migration_20261129_015517_schema from './20261129_015517_schema';

export const migrations = [
  {
    up: migration_20261129_015517_schema.up,
    down: migration_20261129_015517_schema.down,
    name: '20261129_015517_schema'
  },
];
