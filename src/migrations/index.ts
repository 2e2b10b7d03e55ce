import * as migration_20261129_020133_schema from './20261129_020133_schema';

export const migrations = [
  {
    up: migration_20261129_020133_schema.up,
    down: migration_20261129_020133_schema.down,
    name: '20261129_020133_schema'
  },
];
