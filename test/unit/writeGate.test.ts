import { describe, expect, it } from 'vitest'

import { DatabaseBusyError, isBusyError } from '../../src/database/busy'
import { queueWrites } from '../../src/database/transactions'
import { WriteGate, writeGate } from '../../src/database/writeGate'

describe('WriteGate', () => {
  it('lets one holder in at a time, first come first served', async () => {
    const gate = new WriteGate()
    const order: number[] = []
    const first = await gate.acquire(1000)
    const waiting = [1, 2, 3].map((n) =>
      gate.acquire(1000).then((release) => {
        order.push(n)
        release()
      }),
    )
    expect(gate.queued).toBe(3)
    first()
    first() // releasing twice gives nothing away
    await Promise.all(waiting)
    expect(order).toEqual([1, 2, 3])
    expect(gate.queued).toBe(0)
  })

  it('gives up after the timeout with a busy error, and forgets the waiter', async () => {
    const gate = new WriteGate()
    const held = await gate.acquire(1000)
    const error = await gate.acquire(20).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatabaseBusyError)
    expect((error as DatabaseBusyError).status).toBe(503)
    expect(gate.queued).toBe(0)
    held()
    const again = await gate.acquire(20)
    again()
  })

  it('is the same gate for every caller naming the same database', () => {
    expect(writeGate('/tmp/a.db')).toBe(writeGate('/tmp/a.db'))
    expect(writeGate('/tmp/a.db')).not.toBe(writeGate('/tmp/b.db'))
  })
})

describe('isBusyError', () => {
  it('recognises SQLite and MongoDB busy signals, wrapped or not', () => {
    expect(isBusyError(new DatabaseBusyError())).toBe(true)
    expect(isBusyError(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }))).toBe(true)
    expect(isBusyError(new Error('Error: cannot begin transaction: SQLITE_BUSY: database is locked'))).toBe(true)
    expect(isBusyError(new Error('Failed query', { cause: Object.assign(new Error('x'), { code: 'SQLITE_BUSY_SNAPSHOT' }) }))).toBe(true)
    expect(isBusyError(Object.assign(new Error('WriteConflict'), { code: 112 }))).toBe(true)
    expect(isBusyError(Object.assign(new Error('conflict'), { errorLabels: new Set(['TransientTransactionError']) }))).toBe(true)
    expect(isBusyError(new Error('NOT NULL constraint failed'))).toBe(false)
    expect(isBusyError(undefined)).toBe(false)
  })
})

describe('queueWrites', () => {
  /** An adapter that only counts transactions: what queueWrites adds is what is tested. */
  function fakeAdapter(
    database: string,
    { busyTimeoutMs = 50, longestTransactionMs }: { busyTimeoutMs?: number; longestTransactionMs?: number } = {},
  ) {
    let next = 1
    const rolledBack: unknown[] = []
    const adapter = {
      name: 'fake',
      payload: { logger: { error: () => undefined } },
      beginTransaction: async () => next++,
      commitTransaction: async () => undefined,
      rollbackTransaction: async (id: unknown) => void rolledBack.push(id),
    }
    const wrapped = queueWrites({ name: 'fake', defaultIDType: 'text', init: () => adapter } as never, {
      database,
      busyTimeoutMs,
      longestTransactionMs,
    })
    return { db: wrapped.init({ payload: {} } as never), rolledBack }
  }

  it('runs the transactions of every adapter on one database one at a time, and times waiters out', async () => {
    const one = fakeAdapter('/tmp/queue-a.db').db
    const two = fakeAdapter('/tmp/queue-a.db').db
    const first = await one.beginTransaction()
    await expect(two.beginTransaction()).rejects.toBeInstanceOf(DatabaseBusyError)
    const waiting = two.beginTransaction()
    await one.commitTransaction(first!)
    const second = await waiting
    await two.rollbackTransaction(second!)
    expect(await one.beginTransaction()).toBe(2)
  })

  it('rolls back a transaction nobody ends, so the next write gets in', async () => {
    const { db, rolledBack } = fakeAdapter('/tmp/queue-b.db', { busyTimeoutMs: 10_000, longestTransactionMs: 30 })
    const abandoned = await db.beginTransaction()
    const next = await db.beginTransaction() // waits until the abandoned one is rolled back
    expect(rolledBack).toEqual([abandoned])
    expect(next).toBe(2)
  })
})
