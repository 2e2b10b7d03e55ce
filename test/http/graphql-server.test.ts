/**
 * GraphQL is answered in Express by the server's own Payload instance (src/server/graphql.ts): GraphQL
 * traffic alone never makes Next build its GraphQL schema and second Payload instance. Observable on
 * SQLite: a Payload instance holds its own connection to the database file, so the server process opens
 * no new descriptor of that file however much GraphQL it answers (through Next, the first query opened
 * one). The other checks hold on both databases.
 */
import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { usingMongo } from '../helpers/database'
import { type RunningServer, startServer } from '../helpers/server'

let server: RunningServer

beforeAll(async () => {
  server = await startServer('graphql-server')
})
afterAll(async () => {
  await server?.stop()
})

/** How many descriptors the server process holds on the SQLite database file itself. */
function databaseDescriptors(): number {
  const file = server.databaseUri.replace(/^file:/, '')
  const dir = `/proc/${server.pid}/fd`
  return fs.readdirSync(dir).filter((fd) => {
    try {
      return fs.readlinkSync(`${dir}/${fd}`) === file
    } catch {
      return false // closed meanwhile
    }
  }).length
}

const QUERY = '{ Fiches(limit: 5) { totalDocs docs { id title } } }'

async function graphQLTraffic(): Promise<void> {
  const post = await fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
  })
  expect(post.status).toBe(200)
  expect(await post.json()).toEqual({ data: { Fiches: { totalDocs: 0, docs: [] } } })

  const get = await fetch(`${server.url}/api/graphql?query=${encodeURIComponent(QUERY)}`)
  expect(get.status).toBe(200)
  expect(get.headers.get('etag')).toBeTruthy()

  const login = await fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { loginUser(email: "nobody@example.org", password: "wrong") { token } }' }),
  })
  expect(login.status).toBe(200)
  expect(((await login.json()) as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0)

  // Nothing is served below the route: Payload's 404.
  const below = await fetch(`${server.url}/api/graphql/schema`)
  expect(below.status).toBe(404)
}

describe('GraphQL in Express', () => {
  it.skipIf(usingMongo())('runs on the server’s Payload instance: no second database connection', async () => {
    const before = databaseDescriptors()
    expect(before).toBeGreaterThan(0)
    await graphQLTraffic()
    expect(databaseDescriptors()).toBe(before)
  })

  it('answers queries, persisted queries and preflights, and refuses other methods with 405 and Allow', async () => {
    await graphQLTraffic()
    const preflight = await fetch(`${server.url}/api/graphql`, {
      method: 'OPTIONS',
      headers: { origin: server.url, 'access-control-request-method': 'POST' },
    })
    expect(preflight.status).toBe(200)
    const put = await fetch(`${server.url}/api/graphql`, { method: 'PUT', body: '{}', headers: { 'content-type': 'application/json' } })
    expect(put.status).toBe(405)
    expect(put.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS')
    expect(((await put.json()) as { errors: Array<{ message: string }> }).errors[0].message).toMatch(/PUT is not allowed/)
  })

  it('logs the errors clients cause as one info line, not as errors with a stack', async () => {
    const until = async (done: () => boolean) => {
      const deadline = Date.now() + 10_000
      while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    }
    // The start-up lines are written by then (the ready line may follow the ready message).
    await until(() => server.output().includes('content hub ready'))
    const before = server.output().length
    const res = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Fiche(id: "00000000-0000-0000-0000-000000000000") { slug } }' }),
    })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { errors: Array<{ extensions: { statusCode: number } }> }).errors[0].extensions.statusCode).toBe(404)
    const logged = () => server.output().slice(before)
    await until(() => /INFO|ERROR/.test(logged()))
    expect(logged()).toMatch(/INFO/)
    expect(logged()).not.toMatch(/ERROR/)
  })
})
