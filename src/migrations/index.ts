import * as migration_20261129_090904_schema from './20261129_090904_schema';

export const migrations = [
  {
    up: migration_20261129_090904_schema.up,
    down: migration_20261129_090904_schema.down,
    name: '20261129_090904_schema'
  },
];
