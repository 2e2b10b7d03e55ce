import * as migration_20261128_174404_schema from './20261128_174404_schema';

export const migrations = [
  {
    up: migration_20261128_174404_schema.up,
    down: migration_20261128_174404_schema.down,
    name: '20261128_174404_schema'
  },
];
