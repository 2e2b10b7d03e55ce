import { createClient } from '@libsql/client'
import { describe, expect, it } from 'vitest'

import { testDatabaseUri, usingMongo } from '../helpers/database'
import { waitFor } from '../helpers/lifecycle'
import { runFailingServer, startServer } from '../helpers/server'

describe('start-up configuration errors end the process with a clear message', () => {
  it('refuses an unknown DATABASE_URI scheme', async () => {
    const { code, output } = await runFailingServer('bad-uri', { env: { DATABASE_URI: 'bogus://x' } })
    expect(code).toBe(1)
    expect(output).toContain('configuration error: DATABASE_URI "bogus://x" is not supported. Accepted forms')
  })

  it('refuses production without PAYLOAD_SECRET', async () => {
    const { code, output } = await runFailingServer('no-secret', { env: { PAYLOAD_SECRET: '' } })
    expect(code).toBe(1)
    expect(output).toContain('PAYLOAD_SECRET is required when NODE_ENV=production')
  })

  it('gives up quickly on an unreachable MongoDB server', async () => {
    const { code, output } = await runFailingServer('no-mongo', { env: { DATABASE_URI: 'mongodb://127.0.0.1:9/rtes' } })
    expect(code, output).toBe(1)
    expect(output).toContain('cannot connect to MongoDB')
  })

  it('applies the committed migrations to a fresh SQLite file in production', async () => {
    const server = await startServer('fresh-prod')
    try {
      const res = await fetch(`${server.url}/readyz`)
      expect(res.status).toBe(200)
      if (!usingMongo()) expect(server.output()).toMatch(/Migrated: +\d{8}_\d{6}_schema/)
    } finally {
      await server.stop()
    }
  })
})

describe('start-up: the server listens at once and says what it is doing', () => {
  it('answers /healthz at once, /readyz 503 with the stage, /api and /admin 503 with Retry-After, then becomes ready', async () => {
    const server = await startServer('listen-at-once', { waitFor: 'listening' })
    try {
      const health = await fetch(`${server.url}/healthz`)
      expect(health.status).toBe(200)
      const ready = await fetch(`${server.url}/readyz`)
      expect(ready.status).toBe(503)
      expect(ready.headers.get('retry-after')).toBe('5')
      expect(await ready.json()).toMatchObject({ status: 'starting', stage: expect.stringMatching(/loading|migrating|preparing/) })

      const api = await fetch(`${server.url}/api/fiches`)
      expect(api.status).toBe(503)
      expect(api.headers.get('retry-after')).toBe('5')
      expect(await api.json()).toEqual({
        errors: [{ message: expect.stringMatching(/^The server is starting \(.+\): try again in 5 seconds\.$/) }],
      })
      const admin = await fetch(`${server.url}/admin`, { headers: { accept: 'text/html' } })
      expect(admin.status).toBe(503)
      expect(admin.headers.get('retry-after')).toBe('5')
      expect(await admin.text()).toContain('<meta http-equiv="refresh" content="5">')

      // (A connection error is not a failure here: the loop may be busy loading for longer than keep-alive lasts.)
      await waitFor(
        'readiness',
        () =>
          fetch(`${server.url}/readyz`).then(
            (res) => res.status === 200,
            () => false,
          ),
        120_000,
      )
      expect((await fetch(`${server.url}/api/fiches`)).status).toBe(200)
      expect(server.output()).toMatch(/RTES content hub ready in [\d.]+ s/)
    } finally {
      await server.stop()
    }
  })

  it('answers the API while Next still prepares the admin (production), which gets the start-up 503 meanwhile', async () => {
    const server = await startServer('api-before-next', { waitFor: 'listening' })
    try {
      const status = (path: string) =>
        fetch(`${server.url}${path}`, { headers: { accept: 'text/html' } }).then(
          async (res) => ({ status: res.status, body: await res.text() }),
          () => ({ status: 0, body: '' }),
        )
      // Polled until ready: at least once, the list must come back 200 while /readyz still says Next is being
      // prepared (that step lasts hundreds of milliseconds, and longer on a busy machine).
      let early: { readyz: string; admin: number } | undefined
      await waitFor(
        'readiness',
        async () => {
          const list = await status('/api/fiches?limit=1')
          const readyz = await status('/readyz')
          if (list.status === 200 && readyz.status === 503 && !early) {
            const admin = await status('/admin')
            // Next may have become ready in between: only a still-starting server tells.
            if ((await status('/readyz')).status === 503) early = { readyz: readyz.body, admin: admin.status }
          }
          return readyz.status === 200
        },
        120_000,
        5,
      )
      expect(early, 'no 200 from the API before ready').toBeDefined()
      expect(JSON.parse(early!.readyz)).toMatchObject({ status: 'starting', stage: 'preparing next' })
      expect(early!.admin).toBe(503)
      expect((await status('/admin')).status).not.toBe(503)
    } finally {
      await server.stop()
    }
  })

  it.skipIf(usingMongo())(
    'refuses, with what to do, a SQLite file whose schema a development server pushed (instead of a silent exit 0)',
    async () => {
      const file = testDatabaseUri('pushed').slice('file:'.length)
      const client = createClient({ url: `file:${file}` })
      // What a development server's schema push leaves behind.
      await client.execute('CREATE TABLE payload_migrations (id text PRIMARY KEY, name text, batch numeric)')
      await client.execute("INSERT INTO payload_migrations VALUES ('1', 'dev', -1)")
      client.close()
      const { code, output } = await runFailingServer('pushed', { env: { DATABASE_URI: `file:${file}` } })
      expect(code).toBe(1)
      expect(output).toContain('was set up by a development server or seed (schema pushed without migrations)')
      expect(output).not.toContain('Would you like to proceed?')
    },
  )
})
