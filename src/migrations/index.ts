import * as migration_20261128_234158_schema from './20261128_234158_schema';

export const migrations = [
  {
    up: migration_20261128_234158_schema.up,
    down: migration_20261128_234158_schema.down,
    name: '20261128_234158_schema'
  },
];
