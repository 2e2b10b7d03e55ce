/**
 * Counts cached per content version (SQLite). Every paginated list counts its matches (`totalDocs`):
 * for the anonymous fiche list at 100k fiches that is ~85k index entries on every page, the largest
 * part of the query time once the right indexes exist. The same count is valid until the content
 * version moves (src/cache/contentVersion.ts), so it is kept, keyed by the count query's SQL and
 * parameters, and dropped when the version changes. Only the tables of public collections (and their
 * versions) are concerned: changes elsewhere (accounts, jobs, Payload's own collections) do not move the
 * version. Counts run inside a transaction (they may see that transaction's own writes) are neither
 * served from nor added to the cache.
 */
import { LRUCache } from 'lru-cache'
import type { DatabaseAdapterObj, SanitizedConfig } from 'payload'

import { publicCollectionSlugs } from '../plugin/registry'
import { contentVersionTracker } from './contentVersion'

/** Distinct count queries kept per content version (a few bytes each). */
const MAX_COUNTS = 2_000

interface CountArgs {
  db: unknown
  tableName: string
  where: unknown
  joins: Array<{ type?: string; condition: unknown; table: unknown }>
  column?: unknown
}

interface DrizzleAdapter {
  drizzle: unknown
  tables: Record<string, unknown>
  tableNameMap: Map<string, string>
  versionsSuffix: string
  payload: { config: SanitizedConfig }
  countDistinct: (args: CountArgs) => Promise<number>
}

/** The tables whose contents move the content version: public collections and their versions. */
function publicTables(adapter: DrizzleAdapter): Set<string> {
  const tables = new Set<string>()
  for (const slug of publicCollectionSlugs(adapter.payload.config)) {
    // The adapter's keys are the slugs in snake case (the project's slugs are kebab case).
    const key = slug.replace(/-/g, '_')
    for (const name of [adapter.tableNameMap.get(key), adapter.tableNameMap.get(`_${key}${adapter.versionsSuffix}`)]) {
      if (name) tables.add(name)
    }
  }
  return tables
}

/** The count query's SQL text and parameters: the cache key. */
function keyOf(adapter: DrizzleAdapter, { column, joins, tableName, where }: CountArgs): string {
  type Query = Record<string, (...args: unknown[]) => Query> & { toSQL: () => { sql: string; params: unknown[] } }
  let query = (adapter.drizzle as { select: () => Query }).select().from(adapter.tables[tableName]).where(where)
  for (const join of joins) query = query[join.type ?? 'leftJoin'](join.table, join.condition)
  const { sql, params } = query.toSQL()
  return JSON.stringify([column === undefined ? '' : String((column as { name?: string }).name), sql, params])
}

/** Wraps a Drizzle (SQLite) adapter so that its counts are cached per content version. */
export function withCountCache(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args) as unknown as DrizzleAdapter
      const count = adapter.countDistinct
      const counts = new LRUCache<string, number>({ max: MAX_COUNTS })
      let token: string | undefined
      let cacheable: Set<string> | undefined
      const tracker = contentVersionTracker()
      adapter.countDistinct = async function countDistinct(this: unknown, countArgs: CountArgs) {
        cacheable ??= publicTables(adapter)
        const outsideTransaction = countArgs.db === adapter.drizzle
        const snapshot = outsideTransaction && cacheable.has(countArgs.tableName) ? await tracker.snapshot() : undefined
        if (!snapshot) return count.call(this, countArgs)
        if (snapshot.version.token !== token) {
          counts.clear()
          token = snapshot.version.token
        }
        const key = keyOf(adapter, countArgs)
        const cached = counts.get(key)
        if (cached !== undefined) return cached
        const total = await count.call(this, countArgs)
        if (tracker.isCurrent(snapshot) && token === snapshot.version.token) counts.set(key, total)
        return total
      }
      return adapter as unknown as ReturnType<DatabaseAdapterObj['init']>
    },
  }
}
