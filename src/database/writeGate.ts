/**
 * One write transaction at a time per database and process, first come first served.
 *
 * SQLite has a single writer anyway, and libsql runs statements synchronously on the event loop: a
 * second connection waiting for the write lock inside SQLite (busy_timeout) would block the whole
 * process, including the transaction it waits for. Writers therefore queue here, asynchronously,
 * before they touch the database. On MongoDB the same queue keeps this process's transactions from
 * aborting each other with write conflicts (e.g. on the change-log counter).
 *
 * The gate is shared through `globalThis` because one process runs two Payload instances (the
 * server's and the one Next's route handlers build), each with its own adapter and module copy.
 */
import { DatabaseBusyError } from './busy'

type Release = () => void

interface Waiter {
  grant: (release: Release) => void
  timer?: NodeJS.Timeout
}

export class WriteGate {
  #held = false
  #heldSince = 0
  readonly #waiters: Waiter[] = []

  /** Resolves with a release function once the caller holds the gate; DatabaseBusyError after `timeoutMs`. */
  acquire(timeoutMs: number): Promise<Release> {
    if (!this.#held) return Promise.resolve(this.#take())
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { grant: resolve }
      waiter.timer = setTimeout(() => {
        this.#waiters.splice(this.#waiters.indexOf(waiter), 1)
        reject(new DatabaseBusyError(`waited ${timeoutMs} ms behind a write held for ${Date.now() - this.#heldSince} ms`))
      }, timeoutMs)
      this.#waiters.push(waiter)
    })
  }

  /** Waiting writers, for tests and diagnostics. */
  get queued(): number {
    return this.#waiters.length
  }

  #take(): Release {
    this.#held = true
    this.#heldSince = Date.now()
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.#waiters.shift()
      if (!next) {
        this.#held = false
        return
      }
      clearTimeout(next.timer)
      next.grant(this.#take())
    }
  }
}

const REGISTRY = Symbol.for('rtes.database.writeGates')

/** The gate of one database (a SQLite file path or a MongoDB URI), the same for every module copy. */
export function writeGate(database: string): WriteGate {
  const registry = ((globalThis as Record<symbol, Map<string, WriteGate> | undefined>)[REGISTRY] ??= new Map())
  let gate = registry.get(database)
  if (!gate) registry.set(database, (gate = new WriteGate()))
  return gate
}
