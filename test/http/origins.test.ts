import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { registerAdmin, TEST_PASSWORD } from '../helpers/users'
import { type RunningServer, startServer } from '../helpers/server'

/**
 * SERVER_URL left at its default (http://localhost:PORT) while the admin is opened at 127.0.0.1: Payload
 * ignores the session cookie of writes from an origin outside its CSRF allow-list. The editor must be told
 * why, and the log must say it once.
 */
let server: RunningServer
let token: string
let localhost: string

beforeAll(async () => {
  // No SERVER_URL: the default, http://localhost:PORT. The server listens on 127.0.0.1.
  server = await startServer('origins', { env: { SERVER_URL: undefined } })
  localhost = server.url.replace('127.0.0.1', 'localhost')
  ;({ token } = await registerAdmin(server.url))
})
afterAll(async () => {
  await server?.stop()
})

const createTheme = (origin: string, auth: Record<string, string>, title: string) =>
  fetch(`${server.url}/api/themes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, ...auth },
    body: JSON.stringify({ title }),
  })

describe('writes from an origin outside the CSRF allow-list', () => {
  it('answer 403 with a message naming the origin and SERVER_URL, and log it once per origin', async () => {
    const cookie = { cookie: `payload-token=${token}` }
    for (const title of ['Refusé 1', 'Refusé 2']) {
      const res = await createTheme(server.url, cookie, title)
      expect(res.status).toBe(403)
      const { errors } = await res.json()
      expect(errors[0].message).toContain(
        `(Logged-in writes from ${server.url} are refused: it is neither SERVER_URL (${localhost}) nor listed in CORS_ORIGINS.)`,
      )
      expect(errors[0].message).toContain(`ouvrez ${localhost}/admin ou ajoutez ${server.url} à CORS_ORIGINS`)
      // The admin's toast cuts messages at commas.
      expect(errors[0].message).not.toContain(',')
    }
    const warnings = server.output().split(`Refused logged-in writes from ${server.url}: not an allowed origin (SERVER_URL=${localhost}`)
    expect(warnings).toHaveLength(2)
  })

  it('still accept the same cookie from SERVER_URL, token-authenticated writes, and logins', async () => {
    expect((await createTheme(localhost, { cookie: `payload-token=${token}` }, 'Depuis SERVER_URL')).status).toBe(201)
    expect((await createTheme(server.url, { Authorization: `JWT ${token}` }, 'Par jeton')).status).toBe(201)
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url, cookie: `payload-token=${token}` },
      body: JSON.stringify({ email: 'admin@rtes.test', password: TEST_PASSWORD }),
    })
    expect(login.status).toBe(200)
  })
})
