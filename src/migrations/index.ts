import * as migration_20261129_062130_schema from './20261129_062130_schema';

export const migrations = [
  {
    up: migration_20261129_062130_schema.up,
    down: migration_20261129_062130_schema.down,
    name: '20261129_062130_schema'
  },
];
