import * as migration_20261128_185155_schema from './20261128_185155_schema';

export const migrations = [
  {
    up: migration_20261128_185155_schema.up,
    down: migration_20261128_185155_schema.down,
    name: '20261128_185155_schema'
  },
];
