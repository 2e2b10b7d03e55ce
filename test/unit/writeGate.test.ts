import { describe, expect, it } from 'vitest'

import { DatabaseBusyError, isBusyError } from '../../src/database/busy'
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
