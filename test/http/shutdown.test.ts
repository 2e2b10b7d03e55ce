import http from 'node:http'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { connectError, request, slowPost, waitFor } from '../helpers/lifecycle'
import { registerAdmin } from '../helpers/users'
import { ROOT, startServer } from '../helpers/server'

/**
 * SIGTERM/SIGINT: stop accepting, let in-flight requests finish within SHUTDOWN_GRACE_MS, close, exit; and
 * never stay alive longer than the grace period + 5 s, even with a blocked event loop.
 */
describe('shutdown', () => {
  it('lets a slow upload finish, tells keep-alive clients 503 + Connection: close, refuses new connections, then exits 0', async () => {
    const server = await startServer('shutdown-drain', { env: { SHUTDOWN_GRACE_MS: '30000' } })
    try {
      const { token } = await registerAdmin(server.url)
      // A keep-alive client (a load balancer's health checks) with an open, idle connection.
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
      expect((await request(`${server.url}/readyz`, { agent })).status).toBe(200)

      const upload = slowPost(`${server.url}/api/themes`, { Authorization: `JWT ${token}` }, JSON.stringify({ title: 'Envoyé lentement' }))
      await upload.started
      server.child.kill('SIGTERM')
      await waitFor('the drain to begin', () => server.output().includes('SIGTERM received: finishing 1 in-flight request(s)'))

      const ready = await request(`${server.url}/readyz`, { agent })
      expect(ready.status).toBe(503)
      expect(JSON.parse(ready.body)).toEqual({ status: 'unavailable', reason: 'shutting down' })
      expect(ready.headers.connection).toBe('close')
      expect((await connectError(server.url))?.code).toBe('ECONNREFUSED')
      expect(server.child.exitCode).toBeNull()

      upload.finish()
      const created = await upload.response
      expect(created.status, created.body).toBe(201)
      expect(JSON.parse(created.body).doc.title).toBe('Envoyé lentement')
      expect(await server.exited).toBe(0)
      expect(server.output()).toContain('RTES content hub stopped')
      agent.destroy()

      // The write was committed before the database closed.
      const again = await startServer('shutdown-drain-after', { env: { DATABASE_URI: server.databaseUri } })
      try {
        const list = await request(`${again.url}/api/themes?where[title][equals]=Envoy%C3%A9%20lentement`, {
          headers: { Authorization: `JWT ${token}` },
        })
        expect(JSON.parse(list.body).totalDocs).toBe(1)
      } finally {
        await again.stop()
      }
    } finally {
      await server.stop()
    }
  }, 300_000)

  it('cuts a request still running when the grace period ends, says which, and exits 1', async () => {
    const server = await startServer('shutdown-cut', { env: { SHUTDOWN_GRACE_MS: '1500' } })
    try {
      const { token } = await registerAdmin(server.url)
      const upload = slowPost(`${server.url}/api/themes`, { Authorization: `JWT ${token}` }, JSON.stringify({ title: 'Jamais fini' }))
      const failed = upload.response.then(
        () => 'answered',
        (error: NodeJS.ErrnoException) => error.code,
      )
      await upload.started
      const signalled = Date.now()
      server.child.kill('SIGTERM')
      expect(await server.exited).toBe(1)
      expect(Date.now() - signalled).toBeLessThan(1500 + 5000)
      expect(['ECONNRESET', 'EPIPE']).toContain(await failed)
      expect(server.output()).toMatch(/cut 1 request\(s\) still running after 1500 ms: POST \/api\/themes \(\d+ s\)/)
    } finally {
      await server.stop()
    }
  })

  it('a blocked event loop cannot delay the exit: the supervisor kills the server after the grace period + 5 s', async () => {
    const server = await startServer('shutdown-stall', {
      env: {
        SHUTDOWN_GRACE_MS: '1000',
        STALL_MS: '120000',
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${path.join(ROOT, 'test/helpers/stallOnSignal.mjs')}`.trim(),
      },
    })
    try {
      process.kill(server.pid, 'SIGUSR2')
      await waitFor('the event loop to block', () => server.output().includes(`blocking the event loop of ${server.pid}`))
      const signalled = Date.now()
      server.child.kill('SIGTERM')
      expect(await server.exited).toBe(1)
      // 1 s of grace + 5 s, far from the 120 s the loop stays blocked.
      expect(Date.now() - signalled).toBeLessThan(1000 + 5000 + 3000)
      expect(server.output()).toContain(
        'the server did not stop within 6000 ms of SIGTERM (its event loop is blocked or closing hung): killing it',
      )
      expect(() => process.kill(server.pid, 0)).toThrow()
    } finally {
      await server.stop()
    }
  })
})
