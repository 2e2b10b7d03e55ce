/**
 * The content version: a token that changes with every create, update or delete of a collection an
 * anonymous reader or a partner can read (src/cache/hooks.ts), stored in Payload's `payload-kv`
 * collection. A cached answer (HTTP response cache, counts) is valid while the token it was computed
 * under is still the current one.
 *
 * The token is written by the change's own hook with the change's `req`, i.e. inside its transaction:
 * it becomes visible exactly when the change does, so an answer computed after reading token T includes
 * every change committed before T. A random token (rather than the change log's sequence) also covers
 * collections outside the change log (media) and needs no read-modify-write.
 *
 * Every server process keeps one tracker (on `globalThis`: the Express server and Next's route handlers
 * are separate module copies in one process). It re-reads the token when its copy is older than
 * `maxAgeMs` (CACHE_VERSION_CHECK_MS, 500 ms), so a change made by another instance is seen within that bound; with `REDIS_URL`
 * instances also tell each other at once (src/cache/redis.ts). A change made by this process suspends
 * caching from its hook until the new token is read back (committed) or 5 s have passed (rolled back),
 * so a client reads its own writes.
 */
import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

export interface ContentVersion {
  /** Changes with every change; '' until the first one. */
  token: string
  /** When it changed (ms since the epoch); 0 until the first change. */
  changedAt: number
}

export const CONTENT_VERSION_KEY = 'rtes:content-version'
const KV_COLLECTION = 'payload-kv'
const kvWhere = { key: { equals: CONTENT_VERSION_KEY } }
/** A local change whose new token is never read back (its transaction rolled back) stops suspending after this. */
const PENDING_TIMEOUT_MS = 5_000

const READ_BACK_MS = 20
/** Default of CACHE_VERSION_CHECK_MS: the longest a change made elsewhere may go unseen here. */
export const DEFAULT_MAX_AGE_MS = 500

type KvDoc = { id: string; data?: ContentVersion }

const EMPTY: ContentVersion = { token: '', changedAt: 0 }

/** Reads the committed content version (outside any transaction). */
export async function readContentVersion(payload: Payload): Promise<ContentVersion> {
  const doc = await payload.db.findOne<KvDoc>({
    collection: KV_COLLECTION,
    where: kvWhere,
    select: { data: true },
    req: {},
  })
  return doc?.data?.token ? { token: doc.data.token, changedAt: Number(doc.data.changedAt) || 0 } : EMPTY
}

/** Moves the content version, inside the transaction of `req` (called by the collections' hooks). */
export async function bumpContentVersion(req: PayloadRequest): Promise<void> {
  const previous = await req.payload.db.findOne<KvDoc>({ collection: KV_COLLECTION, where: kvWhere, req })
  const next: ContentVersion = { token: randomUUID(), changedAt: Date.now() }
  await req.payload.db.upsert({
    collection: KV_COLLECTION,
    data: { key: CONTENT_VERSION_KEY, data: next },
    where: kvWhere,
    select: {},
    req,
  })
  contentVersionTracker().localChange(previous?.data?.token ?? '')
}

/** What a cache may key by: the version, and the tracker's epoch (it moves with every local change). */
export interface Snapshot {
  version: ContentVersion
  epoch: number
}

export class ContentVersionTracker {
  private read?: () => Promise<ContentVersion>
  private known: ContentVersion = EMPTY
  private readAt = -Infinity
  private reading?: Promise<void>
  /** Local changes not yet read back: the token each one replaced → when to give up waiting. */
  private readonly pending = new Map<string, number>()
  private epoch = 0
  /** Moves with each invalidation: a read started before one does not count as fresh. */
  private generation = 0
  private readingBack?: NodeJS.Timeout
  private readonly listeners = new Set<(version: ContentVersion) => void>()

  /** How old the known version may get before it is read again (ms). */
  private maxAgeMs = DEFAULT_MAX_AGE_MS

  /** Starts tracking with a way to read the committed version (the server's Payload instance). */
  attach(read: () => Promise<ContentVersion>, maxAgeMs = DEFAULT_MAX_AGE_MS): void {
    this.read = read
    this.maxAgeMs = maxAgeMs
    this.readAt = -Infinity
  }

  /** Stops tracking: caches keyed by the version are off again. */
  detach(): void {
    this.read = undefined
    this.pending.clear()
  }

  /**
   * The version to cache under, read again when older than `maxAgeMs`; undefined when caching is off:
   * no reader attached, a local change not yet committed, or the version could not be read.
   */
  async snapshot(): Promise<Snapshot | undefined> {
    if (!this.read) return undefined
    try {
      // Twice at most: a read already under way when the version was invalidated may predate the change.
      for (let attempt = 0; attempt < 2 && (this.pending.size > 0 || this.stale()); attempt++) await this.refresh()
    } catch {
      return undefined
    }
    if (this.pending.size > 0 || this.stale()) return undefined
    return { version: this.known, epoch: this.epoch }
  }

  /** The snapshot `snapshot()` would give when that needs no query, else undefined. */
  current(): Snapshot | undefined {
    return this.read && this.pending.size === 0 && !this.stale() ? { version: this.known, epoch: this.epoch } : undefined
  }

  private stale(): boolean {
    return performance.now() - this.readAt > this.maxAgeMs
  }

  /** True while nothing moved since `snapshot` was taken: an answer computed meanwhile may be stored. */
  isCurrent(snapshot: Snapshot): boolean {
    return this.pending.size === 0 && snapshot.epoch === this.epoch && snapshot.version.token === this.known.token
  }

  /** A change was written by this process (not committed yet): stop caching until it is read back. */
  localChange(previousToken: string): void {
    this.epoch++
    this.pending.set(previousToken, Date.now() + PENDING_TIMEOUT_MS)
    this.readBack()
  }

  /** Reads the version every 20 ms while local changes are pending, so their commit is announced soon. */
  private readBack(): void {
    if (this.readingBack || !this.read) return
    this.readingBack = setTimeout(() => {
      this.readingBack = undefined
      this.refresh()
        .catch(() => undefined)
        .finally(() => {
          if (this.pending.size > 0) this.readBack()
        })
    }, READ_BACK_MS)
    this.readingBack.unref()
  }

  /** Another instance announced a change: the next snapshot reads the version again. */
  invalidate(): void {
    this.generation++
    this.readAt = -Infinity
  }

  /** Called when a change of this process is read back committed (the Redis publisher announces it). */
  onLocalCommit(listener: (version: ContentVersion) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Re-reads the version now (concurrent callers share one query). */
  refresh(): Promise<void> {
    this.reading ??= (async () => {
      try {
        const started = performance.now()
        const generation = this.generation
        const version = await this.read!()
        this.known = version
        if (generation === this.generation) this.readAt = started
        const now = Date.now()
        let committed = false
        for (const [previous, deadline] of this.pending) {
          if (previous !== version.token) committed = true
          if (previous !== version.token || deadline < now) this.pending.delete(previous)
        }
        if (committed) for (const listener of this.listeners) listener(version)
      } finally {
        this.reading = undefined
      }
    })()
    return this.reading
  }
}

const GLOBAL_KEY = Symbol.for('rtes.contentVersionTracker')

/** This process's tracker, shared by the Express server and Next's route handlers. */
export function contentVersionTracker(): ContentVersionTracker {
  const holder = globalThis as { [GLOBAL_KEY]?: ContentVersionTracker }
  holder[GLOBAL_KEY] ??= new ContentVersionTracker()
  return holder[GLOBAL_KEY]
}
