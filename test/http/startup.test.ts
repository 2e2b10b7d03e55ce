import { describe, expect, it } from 'vitest'

import { usingMongo } from '../helpers/database'
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
