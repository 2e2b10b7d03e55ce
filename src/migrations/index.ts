import * as migration_20261128_235202_schema from './20261128_235202_schema';

export const migrations = [
  {
    up: migration_20261128_235202_schema.up,
    down: migration_20261128_235202_schema.down,
    name: '20261128_235202_schema'
  },
];
