/**
 * Admission control (src/server/admission.ts) on a real Express server on an ephemeral port, with a route
 * that answers when the test says so: places, the queue, the 503 beyond it, clients that leave, and
 * requests whose body is still arriving.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import express from 'express'
import { afterEach, describe, expect, it } from 'vitest'

import { readEnv } from '../../src/config/env'
import { admission } from '../../src/server/admission'

let server: http.Server | undefined
afterEach(async () => {
  if (!server) return
  server.closeAllConnections()
  await new Promise((resolve) => server!.close(resolve))
  server = undefined
})

/** Counts the turns of the event loop (one immediate per turn) while a test runs. */
let loopTurn = 0
let ticker: NodeJS.Immediate | undefined
const tick = () => {
  loopTurn++
  ticker = setImmediate(tick)
}
afterEach(() => clearImmediate(ticker))

/** An app whose `/api/wait/:name` routes answer only when `release(name)` is called. */
async function app(maxConcurrent: number, maxQueued: number) {
  const waiting = new Map<string, () => void>()
  const started: string[] = []
  const arrived: string[] = []
  const app = express()
  const left: string[] = []
  app.use((req, res, next) => {
    arrived.push(req.path)
    res.once('close', () => left.push(req.path))
    next()
  })
  app.use(admission('/api', { maxConcurrent, maxQueued }))
  app.all('/api/wait/:name', (req, res) => {
    const name = req.params.name
    started.push(name)
    waiting.set(name, () => res.json({ name }))
  })
  // Answers at once, saying on which turn of the event loop it started.
  app.get('/api/now/:name', (req, res) => {
    started.push(req.params.name)
    res.json({ turn: loopTurn })
  })
  app.get('/api/media/file/:name', (_req, res) => res.send('file'))
  app.get('/admin', (_req, res) => res.send('admin'))
  server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server!.once('listening', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const until = async (check: () => boolean) => {
    const deadline = Date.now() + 10_000
    while (!check()) {
      if (Date.now() > deadline) throw new Error('timed out')
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }
  return { url, started, arrived, left, until, release: (name: string) => waiting.get(name)!() }
}

const get = (url: string, signal?: AbortSignal) =>
  fetch(url, { signal }).then(async (res) => ({
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body: await res.json().catch(() => null),
  }))

describe('admission control', () => {
  it('works on a few requests at a time, queues the next, and refuses beyond the queue with 503 and Retry-After', async () => {
    const { url, started, until, release } = await app(1, 1)
    const a = get(`${url}/api/wait/a`)
    await until(() => started.includes('a'))
    const b = get(`${url}/api/wait/b`)
    const refused = await get(`${url}/api/wait/c`)
    expect(refused.status).toBe(503)
    expect(refused.retryAfter).toBe('2')
    expect(refused.body.errors[0].message).toMatch(/busy \(1 requests in progress, 1 waiting\)/)
    expect(started).toEqual(['a'])
    // Outside the API, and media files, are never held back.
    expect((await fetch(`${url}/admin`)).status).toBe(200)
    expect((await fetch(`${url}/api/media/file/x.pdf`)).status).toBe(200)
    release('a')
    expect((await a).status).toBe(200)
    await until(() => started.includes('b'))
    release('b')
    expect((await b).body).toEqual({ name: 'b' })
  })

  it('starts each queued request on a turn of the event loop of its own, so sockets are read in between', async () => {
    // A request that ends frees its place from a promise callback: without a turn in between, a queue of
    // requests that answer synchronously (SQLite) ran back to back and starved every other client.
    const { url, arrived, until, release } = await app(1, 10)
    const first = get(`${url}/api/wait/first`)
    const queued = ['a', 'b', 'c', 'd', 'e'].map((name) => get(`${url}/api/now/${name}`))
    await until(() => arrived.length === 6)
    tick()
    release('first')
    await first
    const turns = (await Promise.all(queued)).map((res) => res.body.turn as number)
    expect(new Set(turns).size).toBe(turns.length)
  })

  it('frees the place of a queued client that leaves', async () => {
    const { url, started, arrived, left, until, release } = await app(1, 1)
    const a = get(`${url}/api/wait/a`)
    await until(() => started.includes('a'))
    const leaving = new AbortController()
    const b = get(`${url}/api/wait/b`, leaving.signal).catch(() => 'aborted')
    await until(() => arrived.includes('/api/wait/b'))
    leaving.abort()
    expect(await b).toBe('aborted')
    await until(() => left.includes('/api/wait/b'))
    release('a')
    await a
    // b never ran; c gets the place.
    const c = get(`${url}/api/wait/c`)
    await until(() => started.includes('c'))
    expect(started).toEqual(['a', 'c'])
    release('c')
    expect((await c).status).toBe(200)
  })

  it('lets a request whose body is still arriving pass without taking a place', async () => {
    const { url, started, until, release } = await app(1, 0)
    // Half a body, then nothing: a slow (or hostile) client.
    const slow = http.request(`${url}/api/wait/slow`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '100' },
    })
    slow.on('error', () => undefined)
    slow.write('{"title": "Alim')
    await until(() => started.includes('slow'))
    // The only place is free for a complete request.
    const whole = get(`${url}/api/wait/whole`)
    await until(() => started.includes('whole'))
    release('whole')
    expect((await whole).status).toBe(200)
    slow.destroy()
    release('slow')
  })

  it('is configured by MAX_CONCURRENT_REQUESTS and MAX_QUEUED_REQUESTS', () => {
    expect(readEnv({ MAX_CONCURRENT_REQUESTS: '2', MAX_QUEUED_REQUESTS: '0' }).limits).toMatchObject({
      maxConcurrentRequests: 2,
      maxQueuedRequests: 0,
    })
    expect(() => readEnv({ MAX_CONCURRENT_REQUESTS: '0' })).toThrow(/MAX_CONCURRENT_REQUESTS/)
  })
})
