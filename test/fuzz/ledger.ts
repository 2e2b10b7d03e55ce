import type { FuzzRequest, FuzzResponse } from './send'

/**
 * Acknowledged writes, checked at the end of the run by re-reading as an editor (an admin for users
 * and webhooks): a document whose creation was acknowledged exists (unless a delete was acknowledged
 * later), one whose deletion was acknowledged is gone, and one updated by exactly one acknowledged
 * write (and no write that failed with a 5xx or no answer, which may or may not have been applied)
 * reads back with the values that write returned.
 */

type Scalar = string | number | boolean | null

export interface Ack {
  /** Where it happened, to replay it: `seed`/`path`/`item` of the fuzz run, or a label. */
  where: string
  request: string
}

interface UpdateRecord {
  collection: string
  acks: Ack[]
  values: Record<string, Scalar>
  query: string
}

export interface LostWrite {
  kind: 'created but missing' | 'deleted but present' | 'update not applied'
  collection: string
  id: string
  ack: Ack
  detail: string
}

export class Ledger {
  private readonly created = new Map<string, { collection: string; ack: Ack }>()
  private readonly deleted = new Map<string, { collection: string; ack: Ack }>()
  private readonly updated = new Map<string, UpdateRecord>()
  /** Documents a write may have changed without saying so (5xx, no answer): no content check. */
  private readonly uncertain = new Set<string>()

  get size(): { created: number; deleted: number; updated: number } {
    return { created: this.created.size, deleted: this.deleted.size, updated: this.updated.size }
  }

  record(request: FuzzRequest, response: FuzzResponse, where: string): void {
    const write = request.write
    if (!write || request.dropMidBody) return
    const ack: Ack = { where, request: `${request.role} ${request.method} ${request.path.slice(0, 300)}` }
    const acknowledged = !response.error && response.status >= 200 && response.status < 300
    if (!acknowledged) {
      if ((response.error || response.status >= 500) && 'id' in write && write.id) this.uncertain.add(write.id)
      return
    }
    const body = parse(response.text) as Record<string, any> | undefined
    if (write.kind === 'graphql') {
      for (const root of write.roots) {
        const result = body?.data?.[root.key]
        if (!result || typeof result !== 'object' || !root.collection) continue
        const id = typeof result.id === 'string' ? result.id : root.id
        if (!id) continue
        if (root.action === 'create' || root.action === 'duplicate') this.created.set(id, { collection: root.collection, ack })
        else if (root.action === 'delete') this.deleted.set(id, { collection: root.collection, ack })
        else this.uncertain.add(id) // updates and restores over GraphQL: applied, values not compared
      }
      return
    }
    const docs: Record<string, any>[] = Array.isArray(body?.docs) ? body.docs : body?.doc ? [body.doc] : []
    if (write.kind === 'create') {
      for (const doc of docs) if (typeof doc.id === 'string') this.created.set(doc.id, { collection: write.collection, ack })
      return
    }
    if (write.kind === 'delete') {
      const ids = docs.map((doc) => doc.id).filter((id): id is string => typeof id === 'string')
      if (write.id && !ids.length) ids.push(write.id)
      for (const id of ids) this.deleted.set(id, { collection: write.collection, ack })
      return
    }
    const sent = typeof request.body === 'string' ? (parse(request.body) as Record<string, unknown> | undefined) : undefined
    const query = new URL(request.path, 'http://x').searchParams
    const readBack = new URLSearchParams({ depth: '0', draft: 'true' })
    for (const name of ['locale', 'fallback-locale']) {
      const value = query.getAll(name)
      if (value.length === 1) readBack.set(name, value[0])
    }
    for (const doc of docs) {
      if (typeof doc.id !== 'string') continue
      const record = this.updated.get(doc.id) ?? { collection: write.collection, acks: [], values: {}, query: readBack.toString() }
      record.acks.push(ack)
      record.values = {}
      if (sent && typeof sent === 'object' && !Array.isArray(sent)) {
        for (const key of Object.keys(sent)) if (isScalar(doc[key])) record.values[key] = doc[key]
      }
      record.query = readBack.toString()
      this.updated.set(doc.id, record)
    }
  }

  /** Re-reads every acknowledged write; `read` answers the status and body of a GET. */
  async verify(
    read: (collection: string, id: string, query: string) => Promise<{ status: number; body: any }>,
    concurrency: number,
  ): Promise<LostWrite[]> {
    const lost: LostWrite[] = []
    const checks: (() => Promise<void>)[] = []
    for (const [id, { collection, ack }] of this.created) {
      if (this.deleted.has(id)) continue
      checks.push(async () => {
        const res = await read(collection, id, 'depth=0&draft=true')
        if (res.status !== 200)
          lost.push({
            kind: 'created but missing',
            collection,
            id,
            ack,
            detail: `re-read answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`,
          })
      })
    }
    for (const [id, { collection, ack }] of this.deleted) {
      checks.push(async () => {
        const res = await read(collection, id, 'depth=0&draft=true')
        if (res.status !== 404) lost.push({ kind: 'deleted but present', collection, id, ack, detail: `re-read answered ${res.status}` })
      })
    }
    for (const [id, record] of this.updated) {
      if (this.deleted.has(id) || this.uncertain.has(id) || record.acks.length !== 1 || !Object.keys(record.values).length) continue
      const locale = new URLSearchParams(record.query).get('locale')
      if (locale && !['fr', 'en'].includes(locale)) continue
      checks.push(async () => {
        const res = await read(record.collection, id, record.query)
        const differences = Object.entries(record.values).filter(
          ([key, value]) => JSON.stringify(res.body?.[key] ?? null) !== JSON.stringify(value),
        )
        if (res.status !== 200 || differences.length) {
          const detail =
            res.status !== 200
              ? `re-read answered ${res.status}`
              : differences
                  .map(
                    ([key, value]) =>
                      `${key}: acknowledged ${JSON.stringify(value)?.slice(0, 80)}, stored ${JSON.stringify(res.body?.[key])?.slice(0, 80)}`,
                  )
                  .join('; ')
          lost.push({ kind: 'update not applied', collection: record.collection, id, ack: record.acks[0], detail })
        }
      })
    }
    for (let i = 0; i < checks.length; i += concurrency) await Promise.all(checks.slice(i, i + concurrency).map((check) => check()))
    return lost
  }
}

const isScalar = (value: unknown): value is Scalar => value === null || ['string', 'number', 'boolean'].includes(typeof value)

function parse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
