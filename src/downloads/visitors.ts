import { createHash, randomBytes } from 'node:crypto'

/** The UTC day (`YYYY-MM-DD`) of a time. */
export const dayOf = (time: Date): string => time.toISOString().slice(0, 10)

/**
 * Who already downloaded what today, without knowing who anyone is: a visitor is the hash of a random
 * salt, their IP address, user agent, the document and the day. The salt lives in memory only and is
 * replaced (and every hash forgotten) when the UTC day changes, so yesterday's hashes cannot be
 * recomputed from an IP address by anyone, this process included. Nothing here is written anywhere.
 *
 * At most `maxEntries` hashes are kept: past that, a download is counted without being remembered (a
 * visitor may then count twice that day), so memory stays bounded (~100 bytes a hash) under any traffic.
 */
export class VisitorLedger {
  #day = ''
  #salt = Buffer.alloc(0)
  readonly #seen = new Set<string>()
  #full = false

  constructor(
    readonly maxEntries: number,
    /** Called once a day, the first time the ledger is full. */
    private readonly onFull: () => void = () => {},
  ) {}

  /** True the first time this visitor downloads this document today (and then remembers it). */
  firstToday(visitor: { ip: string; userAgent: string }, documentId: string, now = new Date()): boolean {
    const day = dayOf(now)
    if (day !== this.#day) this.#rotate(day)
    const hash = createHash('sha256')
      .update(this.#salt)
      .update(JSON.stringify([visitor.ip, visitor.userAgent, documentId, day]))
      .digest('base64url')
      .slice(0, 22) // 132 bits: collisions are out of reach at any daily traffic
    if (this.#seen.has(hash)) return false
    if (this.#seen.size < this.maxEntries) this.#seen.add(hash)
    else if (!this.#full) {
      this.#full = true
      this.onFull()
    }
    return true
  }

  /** Hashes remembered today. */
  get size(): number {
    return this.#seen.size
  }

  #rotate(day: string): void {
    this.#day = day
    this.#salt = randomBytes(32)
    this.#seen.clear()
    this.#full = false
  }
}
