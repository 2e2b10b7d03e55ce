import * as migration_20261128_182532_schema from './20261128_182532_schema';

export const migrations = [
  {
    up: migration_20261128_182532_schema.up,
    down: migration_20261128_182532_schema.down,
    name: '20261128_182532_schema'
  },
];
