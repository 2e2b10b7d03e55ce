import * as migration_20261129_091429_schema from './20261129_091429_schema';

export const migrations = [
  {
    up: migration_20261129_091429_schema.up,
    down: migration_20261129_091429_schema.down,
    name: '20261129_091429_schema'
  },
];
