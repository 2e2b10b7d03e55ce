import * as migration_20261129_061021_schema from './20261129_061021_schema';

export const migrations = [
  {
    up: migration_20261129_061021_schema.up,
    down: migration_20261129_061021_schema.down,
    name: '20261129_061021_schema'
  },
];
