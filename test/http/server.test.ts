import net from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type RunningServer, startServer } from '../helpers/server'

let server: RunningServer

beforeAll(async () => {
  server = await startServer('http-server')
})
afterAll(async () => {
  await server?.stop()
})

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, { redirect: 'manual', ...init })
const postJson = (path: string, body: string) => get(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body })

describe('the real server on an ephemeral port', () => {
  it('answers /healthz and /readyz', async () => {
    const health = await get('/healthz')
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ status: 'ok', process: 1 })
    const ready = await get('/readyz')
    expect(ready.status).toBe(200)
    expect(await ready.json()).toMatchObject({ status: 'ok' })
    expect(ready.headers.get('cache-control')).toBe('no-store')
  })

  it('sends security headers and no x-powered-by', async () => {
    const res = await get('/healthz')
    expect(res.headers.get('x-powered-by')).toBeNull()
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
  })

  it('serves the REST API: an anonymous list of users is refused, not leaked', async () => {
    const res = await get('/api/users')
    expect(res.status).toBe(403)
    expect(await res.json()).toMatchObject({ errors: [{ message: expect.any(String) }] })
  })

  it('registers the first user over REST as an admin, then lists users with its token', async () => {
    const res = await postJson(
      '/api/users/first-register',
      JSON.stringify({ email: 'admin@rtes.fr', password: 'correct horse battery', role: 'member' }),
    )
    expect(res.status).toBe(200)
    const { token, user } = await res.json()
    expect(user.role).toBe('admin')
    expect(typeof user.id).toBe('string')
    const list = await get('/api/users?limit=5', { headers: { Authorization: `JWT ${token}` } })
    expect(list.status).toBe(200)
    expect(await list.json()).toMatchObject({ totalDocs: 1, docs: [{ email: 'admin@rtes.fr' }] })
  })

  it('answers GraphQL queries', async () => {
    const res = await postJson('/api/graphql', JSON.stringify({ query: '{ __schema { queryType { name } } }' }))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } })
  })

  it('answers malformed JSON with a 4xx that says so, never a 500', async () => {
    for (const path of ['/api/graphql', '/api/users/login', '/api/users']) {
      const res = await postJson(path, '{"email": ')
      expect(res.status, path).toBe(400)
      expect(JSON.stringify(await res.json()), path).toMatch(/JSON/)
    }
  })

  it('serves the admin as HTML', async () => {
    const res = await get('/admin/login')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/text\/html/)
    const html = await res.text()
    expect(html).toContain('<html')
    expect(html).toMatch(/<title>[^<]*RTES/)
    expect(html).toContain('lang="fr"')
  })

  it('redirects / to the admin and answers unknown routes with 404', async () => {
    const root = await get('/')
    expect(root.status).toBe(302)
    expect(root.headers.get('location')).toBe('/admin')
    expect((await get('/no/such/page')).status).toBe(404)
    const api = await get('/api/no-such-collection')
    expect(api.status).toBe(404)
  })

  it('answers CONNECT (a proxy tunnel, which Node emits apart from requests) with a 405 instead of dropping the connection', async () => {
    const { hostname, port } = new URL(server.url)
    const socket = net.connect(Number(port), hostname)
    socket.write('CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n')
    let answer = ''
    socket.setEncoding('utf8')
    for await (const chunk of socket) answer += chunk
    expect(answer).toMatch(/^HTTP\/1\.1 405 /)
    expect(answer).toContain('this server is not a proxy')
  })

  it('stops gracefully on SIGTERM: exit code 0 and the database closed', async () => {
    const code = await server.stop()
    expect(code).toBe(0)
    expect(server.output()).toContain('RTES content hub stopped')
  })
})
