/**
 * Several server instances on one database: after a change committed on instance A, instance B stops
 * serving its cached answer within the stated bound (1 s: B re-reads the content version every 500 ms),
 * and with REDIS_URL at once, even when B would not re-read the version for a minute.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'

import { afterAll, describe, expect, it } from 'vitest'

import { createAccounts, createDoc, type Credentials } from '../helpers/rest'
import { freePort, type RunningServer, startServer } from '../helpers/server'

const REDIS_SERVER = '/usr/bin/redis-server'
/** The README's bound: no instance serves an answer older than this after a change elsewhere. */
const BOUND_MS = 1_000
const LIST = '/api/fiches?limit=50&depth=0'
/** Two production servers start in each test: minutes on a busy machine. */
const TIMEOUT_MS = 300_000

const running: RunningServer[] = []
let redis: ChildProcess | undefined
afterAll(async () => {
  await Promise.all(running.map((server) => server.stop()))
  redis?.kill('SIGTERM')
})

async function start(name: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const server = await startServer(name, { env })
  running.push(server)
  return server
}

async function titlesOn(server: RunningServer): Promise<string[]> {
  const res = await fetch(`${server.url}${LIST}`)
  expect(res.status).toBe(200)
  return ((await res.json()) as { docs: Array<{ title: string }> }).docs.map((doc) => doc.title)
}

/**
 * Makes a change on A, then asks B until B shows it (10 s deadline). Returns how late, after the
 * change was committed, a request to B was still sent an old answer (0 when none was).
 */
async function stalenessAfter(change: () => Promise<void>, b: RunningServer, shows: (titles: string[]) => boolean): Promise<number> {
  await change()
  const committed = Date.now()
  let lastStale = 0
  for (;;) {
    const sent = Date.now()
    if (shows(await titlesOn(b))) return lastStale
    lastStale = sent - committed
    if (sent - committed > 10_000) throw new Error('instance B never served the change')
  }
}

/** A pair of instances sharing a database; B's cache is warm before each change. */
async function pair(name: string, env: Record<string, string> = {}) {
  const a = await start(`${name}_a`, env)
  const b = await start(`${name}_b`, { ...env, DATABASE_URI: a.databaseUri })
  const auth: Credentials = await createAccounts(a.url)
  return { a, b, auth }
}

async function changesReachB(a: RunningServer, b: RunningServer, auth: Credentials): Promise<number[]> {
  const lateness: number[] = []
  const warm = async () => {
    await titlesOn(b)
    await titlesOn(b)
  }
  await warm()
  let id = ''
  lateness.push(
    await stalenessAfter(
      async () => {
        id = (await createDoc(a.url, auth.editor, 'fiches', { title: 'Publiée sur A', series: 'deniche', visibility: 'public' })).id
      },
      b,
      (titles) => titles.includes('Publiée sur A'),
    ),
  )
  await warm()
  lateness.push(
    await stalenessAfter(
      async () => {
        const res = await fetch(`${a.url}/api/fiches/${id}`, {
          method: 'PATCH',
          headers: { Authorization: auth.editor!, 'Content-Type': 'application/json' },
          body: JSON.stringify({ _status: 'draft' }),
        })
        expect(res.status).toBe(200)
      },
      b,
      (titles) => !titles.includes('Publiée sur A'),
    ),
  )
  return lateness
}

describe('two instances on one database', () => {
  it(
    `B serves A's publish and unpublish within ${BOUND_MS} ms`,
    async () => {
      const { a, b, auth } = await pair('instances')
      for (const late of await changesReachB(a, b, auth)) expect(late).toBeLessThan(BOUND_MS)
      await Promise.all(running.splice(0).map((server) => server.stop()))
    },
    TIMEOUT_MS,
  )

  describe.skipIf(!fs.existsSync(REDIS_SERVER))('with Redis (REDIS_URL)', () => {
    it(
      'B hears of the change at once, though it would re-read the version only once a minute',
      async () => {
        const port = await freePort()
        redis = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
          stdio: ['ignore', 'pipe', 'pipe'],
        })
        await new Promise<void>((resolve, reject) => {
          let output = ''
          redis!.stdout!.on('data', (chunk) => {
            output += chunk
            if (output.includes('Ready to accept connections')) resolve()
          })
          redis!.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)))
        })
        const { a, b, auth } = await pair('instances_redis', { REDIS_URL: `redis://127.0.0.1:${port}`, CACHE_VERSION_CHECK_MS: '60000' })
        for (const late of await changesReachB(a, b, auth)) expect(late).toBeLessThan(BOUND_MS)
      },
      TIMEOUT_MS,
    )
  })
})
