import * as migration_20261128_181553_schema from './20261128_181553_schema';
import * as migration_20261128_182814_schema from './20261128_182814_schema';

export const migrations = [
  {
    up: migration_20261128_181553_schema.up,
    down: migration_20261128_181553_schema.down,
    name: '20261128_181553_schema',
  },
  {
    up: migration_20261128_182814_schema.up,
    down: migration_20261128_182814_schema.down,
    name: '20261128_182814_schema'
  },
];
