import * as migration_20261128_173804_schema from './20261128_173804_schema';

export const migrations = [
  {
    up: migration_20261128_173804_schema.up,
    down: migration_20261128_173804_schema.down,
    name: '20261128_173804_schema'
  },
];
