/**
 * `npm run bench`: cost of the anonymous public list of fiches (what REST runs for
 * `GET /api/fiches?limit=20&depth=0`: published and public, newest first, with totalDocs) through
 * Payload's Local API on a throw-away SQLite file at 1k, 10k and 100k documents, and at 10k without the
 * composite (_status, first_published_at) index (at 100k that takes minutes a query). Prints each time as
 * a ratio of the 1k baseline measured in the same run (STACK-NOTES, item 16).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rtes-bench-'))
process.env.DATABASE_URI = `file:${path.join(tmp, 'bench.db')}`
process.env.PAYLOAD_SECRET ||= 'bench'

const { getPayload } = await import('payload')
const { sql } = await import('@payloadcms/db-sqlite')
const config = await (await import('../payload.config')).default
const payload = await getPayload({ config, key: 'bench' })
const db = (payload.db as unknown as { drizzle: { run: (query: unknown) => Promise<unknown> } }).drizzle

const SIZES = [1_000, 10_000, 100_000]
const ITERATIONS = 10
const BUDGET_MS = 5_000
const INDEX = '_status_firstPublishedAt_idx'

/** Adds fiches (and their French titles) up to `total`, straight in SQL: 9 in 10 published, 1 in 20 members-only. */
async function fillTo(from: number, total: number): Promise<void> {
  await db.run(
    sql.raw(`WITH RECURSIVE seq(i) AS (SELECT ${from + 1} UNION ALL SELECT i + 1 FROM seq WHERE i < ${total})
      INSERT INTO fiches (id, slug, series, number, visibility, first_published_at, _status)
      SELECT printf('00000000-0000-4000-8000-%012d', i), 'fiche-' || i, 'deniche', i,
        CASE WHEN i % 20 = 0 THEN 'members' ELSE 'public' END,
        strftime('%Y-%m-%dT%H:%M:%fZ', '2002-01-01', '+' || (i % 8000) || ' days'),
        CASE WHEN i % 10 = 0 THEN 'draft' ELSE 'published' END
      FROM seq`),
  )
  await db.run(
    sql.raw(`INSERT INTO fiches_locales (title, _locale, _parent_id)
      SELECT 'Fiche n°' || number, 'fr', id FROM fiches WHERE number > ${from}`),
  )
}

/** Milliseconds per anonymous list query (after a warm-up), over 10 queries or 5 seconds, whichever ends first. */
async function timeList(): Promise<number> {
  const list = () =>
    payload.find({ collection: 'fiches', overrideAccess: false, limit: 20, depth: 0, sort: '-firstPublishedAt' })
  await list()
  const start = performance.now()
  let runs = 0
  do {
    await list()
    runs++
  } while (runs < ITERATIONS && performance.now() - start < BUDGET_MS)
  return (performance.now() - start) / runs
}

const rows: Array<{ documents: number; index: string; 'ms/query': string; 'ratio vs 1k': string }> = []
let filled = 0
let baseline = 0
function record(documents: number, index: string, ms: number): void {
  rows.push({ documents, index, 'ms/query': ms.toFixed(2), 'ratio vs 1k': (ms / baseline).toFixed(2) })
  console.log(`${documents} documents, index ${index}: ${ms.toFixed(2)} ms/query (${(ms / baseline).toFixed(2)}× the 1k baseline)`)
}

for (const size of SIZES) {
  await fillTo(filled, size)
  filled = size
  const ms = await timeList()
  baseline ||= ms
  record(size, 'yes', ms)
  if (size === 10_000) {
    await db.run(sql.raw(`DROP INDEX \`${INDEX}\``))
    record(size, 'dropped', await timeList())
    await db.run(sql.raw(`CREATE INDEX \`${INDEX}\` ON \`fiches\` (\`_status\`, \`first_published_at\`)`))
  }
}

console.table(rows)
await payload.destroy()
fs.rmSync(tmp, { recursive: true, force: true })
process.exit(0)
