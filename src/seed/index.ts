/**
 * `npm run seed [-- --reset]`: loads the RTES 2021 activity report into the database named by
 * DATABASE_URI (the embedded SQLite file by default). Safe to run twice.
 */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { flushAndExit } from '../utilities/exit'
import { seed } from './run'

const reset = process.argv.includes('--reset')
const payload = await getPayload({ config })
try {
  const report = await seed(payload, { reset, log: (line) => console.log(`[seed] ${line}`) })
  const rows = Object.entries(report).map(([collection, { created, kept }]) => ({ collection, created, kept, total: created + kept }))
  console.table(rows)
  const created = rows.reduce((sum, row) => sum + row.created, 0)
  console.log(created ? `[seed] done: ${created} documents created` : '[seed] done: nothing to do, the database already holds the report')
} finally {
  await payload.destroy()
}
await flushAndExit(0)
