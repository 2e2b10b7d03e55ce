import { createClient } from '@libsql/client'
import { describe, expect, it } from 'vitest'

import { usingMongo } from '../helpers/database'
import { waitFor, writeBurst } from '../helpers/lifecycle'
import { registerAdmin } from '../helpers/users'
import { startServer } from '../helpers/server'

describe('kill -9 during a burst of writes', () => {
  it('leaves a sound database holding every acknowledged write and its change-log row', async () => {
    const server = await startServer('kill9')
    const { token } = await registerAdmin(server.url)
    const burst = writeBurst(server.url, token, 8)
    try {
      await waitFor('40 acknowledged writes', () => burst.acked.length >= 40, 120_000)
      process.kill(server.pid, 'SIGKILL')
      expect(await server.exited).toBe(128 + 9)
    } finally {
      await burst.stop()
      await server.stop()
    }
    const acked = [...burst.acked]
    expect(server.output()).not.toContain('RTES content hub stopped')

    if (!usingMongo()) {
      // Read the file as the crash left it (a WAL, if any, is recovered by opening it).
      const db = createClient({ url: server.databaseUri })
      try {
        expect((await db.execute('PRAGMA integrity_check')).rows[0]?.[0]).toBe('ok')
        const themes = new Set((await db.execute('SELECT id FROM themes')).rows.map((row) => String(row.id)))
        expect(acked.filter((id) => !themes.has(id))).toEqual([])
        const logged = await db.execute("SELECT document_id FROM sync_changes WHERE collection = 'themes' AND kind = 'create'")
        const changes = new Set(logged.rows.map((row) => String(row.document_id)))
        expect(acked.filter((id) => !changes.has(id))).toEqual([])
      } finally {
        db.close()
      }
    }

    // And the restarted server serves them.
    const again = await startServer('kill9-restart', { env: { DATABASE_URI: server.databaseUri } })
    try {
      const auth = { Authorization: `JWT ${token}` }
      // One `in` condition (a comma-separated list), and `totalDocs` counts them all.
      const themes = await (
        await fetch(`${again.url}/api/themes?where[id][in]=${acked.join(',')}&limit=1&depth=0`, { headers: auth })
      ).json()
      expect(themes.totalDocs).toBe(acked.length)
      const inLog = `where[documentId][in]=${acked.join(',')}&where[kind][equals]=create`
      const changes = await (await fetch(`${again.url}/api/sync-changes?${inLog}&limit=1&depth=0`, { headers: auth })).json()
      expect(changes.totalDocs).toBe(acked.length)
    } finally {
      await again.stop()
    }
  }, 300_000)
})
