import * as migration_20261129_025623_schema from './20261129_025623_schema';

export const migrations = [
  {
    up: migration_20261129_025623_schema.up,
    down: migration_20261129_025623_schema.down,
    name: '20261129_025623_schema'
  },
];
