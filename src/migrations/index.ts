import * as migration_20261128_235305_schema from './20261128_235305_schema';

export const migrations = [
  {
    up: migration_20261128_235305_schema.up,
    down: migration_20261128_235305_schema.down,
    name: '20261128_235305_schema'
  },
];
