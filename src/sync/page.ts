/**
 * One page of `GET /api/sync` for one caller: a snapshot of what the caller may read (no token), or the
 * changes after a token, each resolved against the document's current state with the caller's access.
 */
import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { hasRole, isEditor } from '../access/roles'
import { syncedCollections } from '../plugin/registry'
import { type ChangeKind, lastSequence } from './log'
import { type Audience, decodeToken, encodeToken, TokenError, type TokenPayload } from './tokens'

export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 500

export type SyncChange =
  { op: 'upsert'; collection: string; id: string; doc: Record<string, unknown> } | { op: 'delete'; collection: string; id: string }

export interface SyncPage {
  changes: SyncChange[]
  nextToken: string
  hasMore: boolean
}

/** A 400 with a message for the caller. */
export class SyncRequestError extends Error {}

export interface SyncQuery {
  since?: string | undefined
  collections?: string | undefined
  limit?: string | undefined
  locale?: string | undefined
}

export const audienceOf = (req: PayloadRequest): Audience => (isEditor(req) ? 'editors' : hasRole(req, 'member') ? 'members' : 'public')

export async function syncPage(req: PayloadRequest, query: SyncQuery): Promise<SyncPage> {
  const secret = req.payload.config.secret
  const audience = audienceOf(req)
  const synced = syncedCollections(req.payload.config).map(({ slug }) => slug)
  const limit = parseLimit(query.limit)
  const locale = parseLocale(req, query.locale)
  const asked = parseCollections(query.collections, synced)

  let token: TokenPayload
  if (query.since === undefined || query.since === '') {
    const collections = asked ?? synced
    token = { v: 1, m: 'snapshot', s: await lastSequence(req), c: collections, a: audience, i: 0 }
  } else {
    try {
      token = decodeToken(secret, query.since)
    } catch (error) {
      if (error instanceof TokenError) throw new SyncRequestError(error.message)
      throw error
    }
    if (token.a !== audience) {
      throw new SyncRequestError(
        `\`since\` was issued to a caller with other read rights (${token.a}, you read as ${audience}): start again without \`since\`.`,
      )
    }
    if (!token.c.every((slug) => synced.includes(slug as CollectionSlug)))
      throw new SyncRequestError('`since` names collections that are no longer synced: start again.')
    if (asked && asked.join(',') !== token.c.join(',')) {
      throw new SyncRequestError(
        `\`since\` was issued for collections=${token.c.join(',')}: pass the same collections (or none), or start again without \`since\`.`,
      )
    }
  }
  const context = { req, secret, limit, locale }
  return token.m === 'snapshot' ? snapshotPage(context, token) : deltaPage(context, token)
}

interface Context {
  req: PayloadRequest
  secret: string
  limit: number
  locale: string | undefined
}

async function snapshotPage({ req, secret, limit, locale }: Context, token: Extract<TokenPayload, { m: 'snapshot' }>): Promise<SyncPage> {
  const changes: SyncChange[] = []
  let index = token.i
  let after = token.k
  // Keyset pagination by id: a document deleted meanwhile cannot shift the others out of a page. What
  // changes during the snapshot is after its watermark `s`, so the deltas that follow replay it.
  while (changes.length < limit && index < token.c.length) {
    const collection = token.c[index] as CollectionSlug
    const wanted = limit - changes.length
    const { docs } = await req.payload.find({
      collection,
      where: after === undefined ? {} : { id: { greater_than: after } },
      sort: 'id',
      limit: wanted,
      pagination: false,
      depth: 0,
      locale: locale as 'fr',
      overrideAccess: false,
      user: req.user,
      req,
    })
    for (const doc of docs) changes.push({ op: 'upsert', collection, id: String(doc.id), doc: doc as unknown as Record<string, unknown> })
    if (docs.length < wanted) {
      index++
      after = undefined
    } else after = String(docs[docs.length - 1].id)
  }
  const hasMore = index < token.c.length
  const next: TokenPayload = hasMore
    ? { ...token, i: index, ...(after === undefined ? { k: undefined } : { k: after }) }
    : { v: 1, m: 'delta', s: token.s, c: token.c, a: token.a }
  return { changes, nextToken: encodeToken(secret, clean(next)), hasMore }
}

interface ChangeRow {
  sequence: number
  collection: string
  documentId: string
  kind: ChangeKind
}

async function deltaPage({ req, secret, limit, locale }: Context, token: Extract<TokenPayload, { m: 'delta' }>): Promise<SyncPage> {
  const where: Where = { and: [{ sequence: { greater_than: token.s } }, { collection: { in: token.c } }] }
  const { docs } = await req.payload.find({
    collection: 'sync-changes',
    where,
    sort: 'sequence',
    limit: limit + 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const rows = (docs as unknown as ChangeRow[]).slice(0, limit)
  const hasMore = docs.length > limit

  // Collapse per document: its first change in this page (was it created here?) and its last sequence.
  const touched = new Map<string, { collection: string; id: string; first: ChangeKind; last: number }>()
  for (const row of rows) {
    const key = `${row.collection}\u0000${row.documentId}`
    const seen = touched.get(key)
    if (seen) seen.last = row.sequence
    else touched.set(key, { collection: row.collection, id: row.documentId, first: row.kind, last: row.sequence })
  }

  // The current state of each touched document, as this caller reads it (REST shape, depth 0).
  const visible = new Map<string, Record<string, unknown>>()
  const byCollection = new Map<string, string[]>()
  for (const { collection, id } of touched.values()) byCollection.set(collection, [...(byCollection.get(collection) ?? []), id])
  for (const [collection, ids] of byCollection) {
    const found = await req.payload.find({
      collection: collection as CollectionSlug,
      where: { id: { in: ids } },
      limit: ids.length,
      pagination: false,
      depth: 0,
      locale: locale as 'fr',
      overrideAccess: false,
      user: req.user,
      req,
    })
    for (const doc of found.docs) visible.set(`${collection}\u0000${doc.id}`, doc as unknown as Record<string, unknown>)
  }

  // Not readable now: a tombstone, unless the document was created within this page (the caller cannot
  // hold it) or was never readable by this audience (its id must not reach the caller at all).
  const gone = [...touched].filter(([key, { first }]) => !visible.has(key) && first !== 'create').map(([, row]) => row)
  const once = await onceReadable(req, token.a, gone)

  const changes: SyncChange[] = []
  for (const [key, { collection, id }] of [...touched].sort((a, b) => a[1].last - b[1].last)) {
    const doc = visible.get(key)
    if (doc) changes.push({ op: 'upsert', collection, id, doc })
    else if (once.has(key)) changes.push({ op: 'delete', collection, id })
  }
  const last = rows.length ? rows[rows.length - 1].sequence : token.s
  return { changes, nextToken: encodeToken(secret, { ...token, s: last }), hasMore }
}

/** The audiences that read what `audience` reads (audiences are nested: public ⊂ members ⊂ editors). */
const WITHIN: Record<Audience, Audience[]> = {
  public: ['public'],
  members: ['public', 'members'],
  editors: ['public', 'members', 'editors'],
}

/** Which of `docs` some change in the log left readable by `audience` (keys `collection\0id`). */
async function onceReadable(req: PayloadRequest, audience: Audience, docs: { collection: string; id: string }[]): Promise<Set<string>> {
  const byCollection = new Map<string, string[]>()
  for (const { collection, id } of docs) byCollection.set(collection, [...(byCollection.get(collection) ?? []), id])
  const keys = new Set<string>()
  for (const [collection, ids] of byCollection) {
    const { values } = await req.payload.findDistinct({
      collection: 'sync-changes',
      field: 'documentId',
      where: { and: [{ collection: { equals: collection } }, { documentId: { in: ids } }, { audience: { in: WITHIN[audience] } }] },
      limit: ids.length,
      overrideAccess: true,
      req,
    })
    for (const { documentId } of values as { documentId: string }[]) keys.add(`${collection}\u0000${documentId}`)
  }
  return keys
}

const clean = (payload: TokenPayload): TokenPayload => JSON.parse(JSON.stringify(payload)) as TokenPayload

export function parseLimit(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_LIMIT
  const limit = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new SyncRequestError(`\`limit\` must be an integer from 1 to ${MAX_LIMIT} (got "${value}").`)
  }
  return limit
}

/** The `collections` parameter: a subset of `synced`, in `synced`'s order. */
export function parseCollections(value: string | undefined, synced: CollectionSlug[]): CollectionSlug[] | undefined {
  if (value === undefined || value.trim() === '') return undefined
  const names = value.split(',').map((name) => name.trim())
  const unknown = names.filter((name) => !synced.includes(name as CollectionSlug))
  if (unknown.length) {
    throw new SyncRequestError(
      `Unknown collection(s) for sync: ${unknown.map((name) => JSON.stringify(name)).join(', ')}. Synced collections: ${synced.join(', ')}.`,
    )
  }
  // In the server's order, without duplicates: the same set always gives the same token.
  return synced.filter((name) => names.includes(name))
}

function parseLocale(req: PayloadRequest, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined
  const codes = req.payload.config.localization ? req.payload.config.localization.localeCodes : []
  if (!codes.includes(value)) throw new SyncRequestError(`\`locale\` must be one of ${codes.join(', ')} (got "${value}").`)
  return value
}
