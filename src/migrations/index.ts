import * as migration_20261128_172902_schema from './20261128_172902_schema';

export const migrations = [
  {
    up: migration_20261128_172902_schema.up,
    down: migration_20261128_172902_schema.down,
    name: '20261128_172902_schema'
  },
];
