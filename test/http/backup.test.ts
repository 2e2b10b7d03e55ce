import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { createClient } from '@libsql/client'
import { describe, expect, it } from 'vitest'

import { usingMongo } from '../helpers/database'
import { waitFor, writeBurst } from '../helpers/lifecycle'
import { registerAdmin } from '../helpers/users'
import { ROOT, startServer } from '../helpers/server'

const run = promisify(execFile)

/** `npm run backup -- <folder>` with the given environment; resolves with the exit code and output. */
async function backup(folder: string, env: Record<string, string>): Promise<{ code: number; output: string }> {
  const args = ['--conditions=development', '--import', 'tsx', 'scripts/backup.ts', folder]
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env } })
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const { code, stdout = '', stderr = '' } = error as { code: number; stdout?: string; stderr?: string }
    return { code, output: stdout + stderr }
  }
}

// A 1×1 transparent PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')

describe('npm run backup', () => {
  it.skipIf(usingMongo())(
    'copies the database and the media while the server writes; a server started on the copy serves them',
    async () => {
      const media = fs.mkdtempSync(path.join(os.tmpdir(), 'rtes-media-'))
      const server = await startServer('backup', { env: { MEDIA_DIR: media } })
      const { token } = await registerAdmin(server.url)
      const auth = { Authorization: `JWT ${token}` }
      const form = new FormData()
      form.append('file', new Blob([PNG], { type: 'image/png' }), 'logo-rtes.png')
      form.append('_payload', JSON.stringify({ alt: 'Logo du RTES' }))
      const upload = await fetch(`${server.url}/api/media`, { method: 'POST', headers: auth, body: form })
      expect(upload.status).toBe(201)
      const { doc: image } = await upload.json()

      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rtes-backups-'))
      const burst = writeBurst(server.url, token, 4)
      let result: Awaited<ReturnType<typeof backup>>
      let before: string[]
      try {
        await waitFor('20 acknowledged writes', () => burst.acked.length >= 20, 120_000)
        before = [...burst.acked]
        result = await backup(folder, { DATABASE_URI: server.databaseUri, MEDIA_DIR: media })
        await waitFor('writes after the backup', () => burst.acked.length > before.length + 5, 60_000)
      } finally {
        await burst.stop()
        await server.stop()
      }
      expect(result.code, result.output).toBe(0)
      // The copy is a reader: with WAL (src/config/database.ts) it never blocks the server's writers.
      expect(burst.failures).toEqual([])
      const target = /\[backup\] (\S+)/.exec(result.output)![1]
      expect(path.dirname(target)).toBe(folder)
      expect(path.basename(target)).toMatch(/^rtes-\d{8}T\d{6}Z$/)
      const copy = path.join(target, path.basename(server.databaseUri))
      expect(result.output).toContain(`database  ${copy} (`)
      expect(result.output).toMatch(/media {5}\S+ \(\d+ files/)

      const db = createClient({ url: `file:${copy}` })
      try {
        expect((await db.execute('PRAGMA integrity_check')).rows[0]?.[0]).toBe('ok')
        const themes = new Set((await db.execute('SELECT id FROM themes')).rows.map((row) => String(row.id)))
        expect(before.filter((id) => !themes.has(id))).toEqual([])
      } finally {
        db.close()
      }
      expect(fs.readFileSync(path.join(target, 'media', image.filename))).toEqual(PNG)

      // Restore: a server on the copied database and media folder.
      const restored = await startServer('backup-restored', {
        env: { DATABASE_URI: `file:${copy}`, MEDIA_DIR: path.join(target, 'media') },
      })
      try {
        for (const id of [before[0], before.at(-1)]) {
          expect((await fetch(`${restored.url}/api/themes/${id}`, { headers: auth })).status).toBe(200)
        }
        const file = await fetch(`${restored.url}${image.url.replace(/^https?:\/\/[^/]+/, '')}`, { headers: auth })
        expect(file.status).toBe(200)
        expect(Buffer.from(await file.arrayBuffer())).toEqual(PNG)
      } finally {
        await restored.stop()
      }
    },
    300_000,
  )

  it('refuses MongoDB and names mongodump and mongorestore', async () => {
    const { code, output } = await backup(os.tmpdir(), { DATABASE_URI: 'mongodb://backup:secret@127.0.0.1:9/rtes' })
    expect(code).toBe(1)
    expect(output).toContain('mongodump --uri="$DATABASE_URI" --gzip --archive=')
    expect(output).toContain('mongorestore --uri="$DATABASE_URI" --gzip --archive=<file>.archive --drop')
    expect(output).not.toContain('secret')
  })
})
