import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'

import { describe, expect, it } from 'vitest'

import { testDatabaseUri } from '../helpers/database'
import { waitFor } from '../helpers/lifecycle'
import { registerAdmin } from '../helpers/users'
import { ROOT } from '../helpers/server'

const GRACE_MS = 5_000

/** True once no process of the group is left (npm, the supervisor, the server, Next's and esbuild's helpers). */
function groupGone(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
    return false
  } catch {
    return true
  }
}

/**
 * `npm run dev` as a developer runs it (through npm and the shell), on its own database and a free port.
 * It used to stay alive after SIGTERM: npm's shell did not pass the signal on, and the server waited forever
 * for the WebSocket Payload keeps open to Next's HMR endpoint.
 */
describe('npm run dev', () => {
  it('starts behind a 503 with its stage, accepts logged-in writes from 127.0.0.1, and exits on SIGTERM leaving nothing behind', async () => {
    // Development: no NODE_ENV (vitest's is `test`), no SERVER_URL, no secret.
    const { NODE_ENV: _testEnv, SERVER_URL: _url, PAYLOAD_SECRET: _secret, ...inherited } = process.env
    const env: Record<string, string | undefined> = {
      ...inherited,
      DATABASE_URI: testDatabaseUri('dev'),
      MEDIA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'rtes-media-')),
      PORT: '0',
      HOST: '127.0.0.1',
      RTES_SEED: 'off',
      SHUTDOWN_GRACE_MS: String(GRACE_MS),
      NEXT_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    }
    const npm = spawn('npm', ['run', 'dev'], {
      cwd: ROOT,
      // Its own process group, to check that every process of it is gone at the end.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: env as NodeJS.ProcessEnv,
    })
    let text = ''
    npm.stdout.on('data', (chunk) => (text += chunk))
    npm.stderr.on('data', (chunk) => (text += chunk))
    const output = () => stripVTControlCharacters(text)
    const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)))
    try {
      const url = await waitFor('the server to listen', () => /listening on (http:\S+);/.exec(output())?.[1], 120_000)
      const starting = await fetch(`${url}/readyz`)
      expect(starting.status).toBe(503)
      expect((await starting.json()).stage).toMatch(/loading|preparing database|preparing next|compiling/)

      // Ready means compiled: the admin, REST and GraphQL were requested once before.
      await waitFor('readiness', () => output().includes('RTES content hub ready'), 600_000)
      expect(output()).toContain(`admin ${url.replace('127.0.0.1', 'localhost')}/admin`)

      // SERVER_URL defaults to http://localhost:PORT; development also trusts http://127.0.0.1:PORT.
      const { token } = await registerAdmin(url)
      const write = await fetch(`${url}/api/themes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: url, cookie: `payload-token=${token}` },
        body: JSON.stringify({ title: 'Depuis 127.0.0.1' }),
      })
      expect(write.status, await write.clone().text()).toBe(201)

      const signalled = Date.now()
      process.kill(npm.pid!, 'SIGTERM')
      expect(await exited, output()).toBe(0)
      expect(Date.now() - signalled).toBeLessThan(GRACE_MS + 5_000)
      expect(output()).toContain('RTES content hub stopped')
      await waitFor('every process of the group to exit', () => groupGone(npm.pid!), 10_000)
    } finally {
      if (!groupGone(npm.pid!)) process.kill(-npm.pid!, 'SIGKILL')
    }
  }, 900_000)
})
