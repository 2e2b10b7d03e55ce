import * as migration_20261129_013215_schema from './20261129_013215_schema';

export const migrations = [
  {
    up: migration_20261129_013215_schema.up,
    down: migration_20261129_013215_schema.down,
    name: '20261129_013215_schema'
  },
];
