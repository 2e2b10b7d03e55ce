/**
 * `npm run seed [-- --reset]`: loads the RTES 2021 activity report into the database named by
 * DATABASE_URI (the embedded SQLite file by default). Safe to run twice.
 */
import { getPayload, type Migration } from 'payload'

import config from '../../payload.config'
import { chooseDatabase } from '../config/database'
import { readEnv } from '../config/env'
import { inspectSqliteSchema, refusePushedSchemaInProduction } from '../config/schemaState'
import { migrations } from '../migrations'
import { flushAndExit } from '../utilities/exit'
import { seed } from './run'

const env = readEnv()
const choice = chooseDatabase(env.databaseUri)
try {
  await refusePushedSchemaInProduction(choice, env.production)
} catch (error) {
  console.error(`[seed] ${(error as Error).message}`)
  await flushAndExit(1)
}
// A new SQLite file gets the committed migrations, as `npm start` would apply them, rather than a pushed
// schema: production could not migrate a pushed file later (Payload would stop at a "proceed? (y/N)" prompt).
// Only a file a development server has already pushed keeps being pushed.
const migrate = choice.kind === 'sqlite' && (await inspectSqliteSchema(choice.path)) !== 'pushed'
if (migrate) process.env.PAYLOAD_MIGRATING = 'true'

const reset = process.argv.includes('--reset')
// `onInit` (the search index, src/plugin) reads the content tables: it runs once the migrations made them.
const payload = await getPayload({ config, disableOnInit: true })
try {
  // In production the adapter applied them while connecting.
  // (Payload types a migration's arguments as `unknown`; the generated ones name the adapter's types.)
  if (migrate && !env.production) await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  await payload.config.onInit?.(payload)
  const report = await seed(payload, { reset, log: (line) => console.log(`[seed] ${line}`) })
  const rows = Object.entries(report).map(([collection, { created, kept }]) => ({ collection, created, kept, total: created + kept }))
  console.table(rows)
  const created = rows.reduce((sum, row) => sum + row.created, 0)
  console.log(created ? `[seed] done: ${created} documents created` : '[seed] done: nothing to do, the database already holds the report')
} finally {
  await payload.destroy()
}
await flushAndExit(0)
