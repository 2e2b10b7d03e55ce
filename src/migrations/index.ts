import * as migration_20261129_102512_schema from './20261129_102512_schema';

export const migrations = [
  {
    up: migration_20261129_102512_schema.up,
    down: migration_20261129_102512_schema.down,
    name: '20261129_102512_schema'
  },
];
