import * as migration_20261129_070748_schema from './20261129_070748_schema';

export const migrations = [
  {
    up: migration_20261129_070748_schema.up,
    down: migration_20261129_070748_schema.down,
    name: '20261129_070748_schema'
  },
];
