/**
 * Request bounds against the real server: body size (413 before reading, 411 without a length), bodies
 * Payload cannot use (4xx naming the problem, never 500), REST list parameters and `where` size, GraphQL
 * cost by list sizes, aliases, query length and fragment expansion, and the per-request time budget.
 */
import http from 'node:http'

import { getIntrospectionQuery } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { call, createAccounts, createDoc, type Credentials } from '../helpers/rest'
import { type RunningServer, startServer } from '../helpers/server'

let server: RunningServer
let auth: Credentials

beforeAll(async () => {
  server = await startServer('limits')
  auth = await createAccounts(server.url)
  const kit = await createDoc(server.url, auth.editor, 'kits', { title: 'Kit RégionalESS', level: 'regional', edition: 2021 })
  for (const number of [1, 2, 3]) {
    await createDoc(server.url, auth.editor, 'fiches', { title: `Fiche ${number}`, series: 'kit', kit: kit.id, number })
  }
})
afterAll(async () => {
  await server?.stop()
})

const MB = 1024 * 1024
const messages = (body: any): string => (body?.errors ?? []).map((e: { message: string }) => e.message).join('\n')

/**
 * A raw POST: declares `declared` bytes (or none: chunked), streams `sent` bytes in 64 kB chunks until
 * answered, and stops there (`sent` < `declared` leaves the server waiting for the rest).
 */
function rawPost(
  path: string,
  { declared, sent = declared, headers = {} }: { declared?: number; sent?: number; headers?: Record<string, string> },
) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const url = new URL(path, server.url)
    const req = http.request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(declared === undefined ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(declared) }),
        ...headers,
      },
    })
    let answered = false
    req.on('response', (res) => {
      answered = true
      let body = ''
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body })
        req.destroy()
      })
      res.on('error', reject)
    })
    req.on('error', (error) => (answered ? undefined : reject(error)))
    const chunk = Buffer.alloc(64 * 1024, 'a')
    let left = sent ?? 10 * MB
    const pump = () => {
      while (left > 0 && !answered && !req.destroyed) {
        const size = Math.min(left, chunk.length)
        left -= size
        if (!req.write(chunk.subarray(0, size))) return void req.once('drain', pump)
      }
      if (!answered && !req.destroyed) req.end()
    }
    pump()
  })
}

describe('request bodies', () => {
  it('refuses a 2 MB anonymous GraphQL POST with 413 naming MAX_BODY_BYTES, from its Content-Length', async () => {
    const query = `{ Fiches { docs { title } } } # ${'x'.repeat(2 * MB)}`
    const res = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })
    expect(res.status).toBe(413)
    expect(messages(await res.json())).toMatch(/at most 1048576 bytes \(MAX_BODY_BYTES\)/)
  })

  it('answers 413 to four 50 MB bodies in parallel without reading them, and /healthz meanwhile', async () => {
    const bodies = Array.from({ length: 4 }, () => rawPost('/api/graphql', { declared: 50 * MB }))
    const health = await fetch(`${server.url}/healthz`)
    expect(health.status).toBe(200)
    for (const res of await Promise.all(bodies)) {
      expect(res.status).toBe(413)
      expect(res.body).toMatch(/The request body is 52428800 bytes/)
    }
  })

  it('refuses a body of unknown length (chunked) with 411', async () => {
    const res = await rawPost('/api/users/login', { sent: 100 })
    expect(res.status).toBe(411)
    expect(res.body).toMatch(/Content-Length/)
  })

  it('keeps an editor from storing a 2 MB title', async () => {
    const res = await call(server.url, '/api/themes', { method: 'POST', auth: auth.editor, body: { title: 'x'.repeat(2 * MB) } })
    expect(res.status).toBe(413)
  })

  it('lets an upload exceed the JSON limit, up to its own (MAX_UPLOAD_BYTES)', async () => {
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.4\n'),
      Buffer.alloc(2 * MB, ' '),
      Buffer.from('\nxref\n0 1\n0000000000 65535 f \ntrailer <<>>\nstartxref\n9\n%%EOF\n'),
    ])
    const form = new FormData()
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'rapport.pdf')
    form.append('_payload', JSON.stringify({ alt: 'Rapport' }))
    const res = await fetch(`${server.url}/api/media`, { method: 'POST', headers: { Authorization: auth.editor! }, body: form })
    expect(res.status, await res.clone().text()).toBe(201)
    const tooBig = await rawPost('/api/media', {
      declared: 22 * MB,
      headers: { 'content-type': 'multipart/form-data; boundary=x', Authorization: auth.editor! },
    })
    expect(tooBig.status).toBe(413)
    expect(tooBig.body).toMatch(/MAX_UPLOAD_BYTES/)
  })
})

describe('malformed bodies get a 4xx naming the problem', () => {
  const send = (path: string, body: string, contentType = 'application/json', who = auth.editor) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(who ? { Authorization: who } : {}) },
      body,
    }).then(async (res) => ({
      status: res.status,
      body: await res.json().catch(() => null),
    }))

  it('JSON sent as text/plain (REST and GraphQL)', async () => {
    const rest = await send('/api/themes', JSON.stringify({ title: 'Alimentation' }), 'text/plain')
    expect(rest.status).toBe(415)
    expect(messages(rest.body)).toMatch(/Content-Type: application\/json/)
    const gql = await send('/api/graphql', JSON.stringify({ query: '{ Themes { totalDocs } }' }), 'text/plain;charset=UTF-8', undefined)
    expect(gql.status).toBe(415)
  })

  it('a JSON null, an array, invalid JSON', async () => {
    for (const path of ['/api/themes', '/api/graphql', '/api/users/login']) {
      const nul = await send(path, 'null')
      expect(nul.status, path).toBe(400)
      expect(messages(nul.body)).toMatch(/must be an object, not null/)
    }
    expect(messages((await send('/api/themes', '[1]')).body)).toMatch(/not an array/)
    const invalid = await send('/api/themes', '{"title": ')
    expect(invalid.status).toBe(400)
    expect(messages(invalid.body)).toMatch(/not valid JSON/)
  })

  it('JSON nested 5,000 deep, and GraphQL variables with 3,000 nested AND', async () => {
    const deep = await send('/api/themes', `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`)
    expect(deep.status).toBe(400)
    expect(messages(deep.body)).toMatch(/more than 64 levels deep \(MAX_JSON_DEPTH\)/)
    // Written out: JSON.stringify itself overflows the stack on 6,000 levels.
    const where = `${'{"AND":['.repeat(3000)}{"title":{"equals":"x"}}${']}'.repeat(3000)}`
    const query = 'query ($where: Fiche_where) { Fiches(where: $where) { totalDocs } }'
    const gql = await send(
      '/api/graphql',
      `{"query":${JSON.stringify(query)},"variables":{"where":${where}}}`,
      'application/json',
      undefined,
    )
    expect(gql.status).toBe(400)
    expect(messages(gql.body)).toMatch(/MAX_JSON_DEPTH/)
    // The server is still fine.
    expect((await call(server.url, '/api/themes?limit=1')).status).toBe(200)
  })
})

describe('REST list parameters', () => {
  it.each(['limit=0', 'limit=-1', 'limit=abc', 'limit=1000000', 'limit=101', 'limit[a]=1'])(
    'refuses %s with the allowed range',
    async (query) => {
      const res = await call(server.url, `/api/fiches?${query}`)
      expect(res.status).toBe(400)
      expect(messages(res.body)).toMatch(/`limit` must be an integer from 1 to 100 \(API_MAX_LIMIT\)/)
    },
  )

  it('refuses page 0, depth beyond API_MAX_DEPTH, pagination=false and join limits of 0', async () => {
    expect(messages((await call(server.url, '/api/fiches?page=0')).body)).toMatch(/`page` must be a positive integer/)
    expect(messages((await call(server.url, '/api/fiches?depth=6')).body)).toMatch(
      /`depth` must be an integer from 0 to 5 \(API_MAX_DEPTH\)/,
    )
    expect(messages((await call(server.url, '/api/fiches?pagination=false')).body)).toMatch(/`pagination=false` needs a `limit`/)
    expect(messages((await call(server.url, '/api/kits?joins[fiches][limit]=0')).body)).toMatch(
      /`joins\[fiches\]\[limit\]` must be an integer from 1 to 100/,
    )
    expect((await call(server.url, '/api/users?limit=0', { auth: auth.admin })).status).toBe(400)
  })

  it('accepts limits within the range, depth up to the maximum, and custom endpoints keep their own', async () => {
    const page = await call(server.url, '/api/fiches?limit=100&page=1&depth=5')
    expect(page.status).toBe(200)
    // A bounded page without the count (what the SDK's `iterate` asks for).
    const uncounted = await call(server.url, '/api/fiches?limit=5&page=1&pagination=false')
    expect(uncounted.status).toBe(200)
    expect(uncounted.body.docs.length).toBeLessThanOrEqual(5)
    expect(page.body.docs).toHaveLength(3)
    expect((await call(server.url, '/api/kits?joins[fiches][limit]=2&depth=0')).body.docs[0].fiches.docs).toHaveLength(2)
    expect((await call(server.url, '/api/sync?limit=500')).status).toBe(200)
  })

  it('refuses a where with too many conditions or nested too deep, as brackets or JSON', async () => {
    const many = Array.from({ length: 51 }, (_, i) => `where[or][${i}][title][equals]=t${i}`).join('&')
    expect(messages((await call(server.url, `/api/fiches?${many}`)).body)).toMatch(
      /51 conditions: at most 50 are accepted \(API_MAX_WHERE_CONDITIONS\)/,
    )
    const fine = Array.from({ length: 50 }, (_, i) => `where[or][${i}][title][equals]=t${i}`).join('&')
    expect((await call(server.url, `/api/fiches?${fine}`)).status).toBe(200)
    const nested = `where${'[and][0]'.repeat(6)}[title][equals]=x`
    expect(messages((await call(server.url, `/api/fiches?${nested}`)).body)).toMatch(/nests brackets more than 10 levels/)
    let json: unknown = { title: { equals: 'x' } }
    for (let i = 0; i < 500; i++) json = { and: [json] }
    const res = await call(server.url, `/api/fiches?where=${encodeURIComponent(JSON.stringify(json))}`)
    expect(res.status).toBe(400)
    expect(messages(res.body)).toMatch(/`where` nests more than 10 levels/)
  })

  it('treats the admin’s POST-as-GET reads (method override) as the GETs they stand for', async () => {
    const overridden = (query: string, authorization?: string) =>
      fetch(`${server.url}/api/fiches`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-payload-http-method-override': 'GET',
          ...(authorization ? { authorization } : {}),
        },
        body: query,
      }).then(async (res) => ({ status: res.status, body: await res.json() }))
    // What the relationship and upload fields send for the documents they show (here a draft and a published one).
    const draft = await createDoc(server.url, auth.editor, 'fiches', { title: 'Brouillon', series: 'deniche' }, 'draft')
    const published = (await call(server.url, '/api/fiches?limit=1')).body.docs[0].id as string
    const query = `depth=0&draft=true&limit=2&locale=fr&where[and][0][id][in][0]=${draft.id}&where[and][0][id][in][1]=${published}`
    const shown = await overridden(query, auth.editor)
    expect(shown.status).toBe(200)
    expect(shown.body.docs.map((doc: { id: string }) => doc.id).sort()).toEqual([draft.id, published].sort())
    // The same access: the draft stays with editors.
    expect((await overridden(query)).body.docs.map((doc: { id: string }) => doc.id)).toEqual([published])
    // The same bounds as a GET: the body is a query string, not a way around them.
    const tooMany = await overridden('limit=1000000', auth.editor)
    expect(tooMany.status).toBe(400)
    expect(messages(tooMany.body)).toMatch(/`limit` must be an integer from 1 to 100/)
  })
})

describe('GraphQL bounds', () => {
  async function post(query: string, variables?: Record<string, unknown>) {
    const res = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    })
    return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string }[] } }
  }
  const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`

  it('refuses 300 aliases of Fiches(limit: 1000), naming the limits', async () => {
    const { body } = await post(aliases(300, 'Fiches(limit: 1000) { docs { id } }'))
    expect(body.data ?? undefined).toBeUndefined()
    expect(messages(body)).toMatch(/300 aliases: at most 20 are accepted \(GRAPHQL_MAX_ALIASES\)/)
    // Within the alias cap, the page size is refused on its own.
    expect(messages((await post(aliases(3, 'Fiches(limit: 1000) { docs { id } }'))).body)).toMatch(
      /`limit` of "a0" must be an integer from 1 to 100 \(API_MAX_LIMIT\), got 1000/,
    )
  })

  it('refuses 100 aliases of Fiches(limit: 0), and limit 0 or pagination: false alone', async () => {
    const { body } = await post(aliases(100, 'Fiches(limit: 0) { docs { title summary body } }'))
    expect(body.data ?? undefined).toBeUndefined()
    expect(messages(body)).toMatch(/GRAPHQL_MAX_ALIASES/)
    expect(messages((await post('{ Fiches(limit: 0) { docs { title } } }')).body)).toMatch(/must be an integer from 1 to 100/)
    expect(messages((await post('query ($n: Int) { Fiches(limit: $n) { docs { title } } }', { n: -1 })).body)).toMatch(/got -1/)
    expect(messages((await post('{ Fiches(pagination: false) { docs { title } } }')).body)).toMatch(/may not use `pagination: false`/)
  })

  it('refuses nested joins by their cost (kit → fiches → kit → fiches…)', async () => {
    const { body } = await post('{ Fiches(limit:100){docs{kit{fiches{docs{kit{fiches{docs{kit{fiches{docs{title}}}}}}}}}}}}')
    expect(body.data ?? undefined).toBeUndefined()
    expect(messages(body)).toMatch(/exceeds the maximum complexity of 10000 \(GRAPHQL_MAX_COMPLEXITY\): its estimated cost is \d+/)
    // The same shape with small pages is fine.
    const small = await post('{ Fiches(limit: 2) { docs { kit { fiches(limit: 2) { docs { kit { title } } } } } } }')
    expect(small.body.errors).toBeUndefined()
  })

  it('applies a join default limit, and counts with count: true and limit: 0', async () => {
    const { body } = await post(
      '{ Kits { docs { fiches(limit: 2) { docs { title } hasNextPage } all: fiches { docs { title } } counted: fiches(count: true, limit: 0) { totalDocs } } } }',
    )
    expect(body.errors).toBeUndefined()
    expect(body.data.Kits.docs[0].fiches).toMatchObject({ hasNextPage: true })
    expect(body.data.Kits.docs[0].fiches.docs).toHaveLength(2)
    expect(body.data.Kits.docs[0].all.docs).toHaveLength(3)
    expect(body.data.Kits.docs[0].counted.totalDocs).toBe(3)
  })

  it('refuses a fragment chain that expands exponentially, and an overlong query', async () => {
    let fragments = 'fragment F30 on Fiche { title }\n'
    for (let i = 29; i >= 0; i--) fragments += `fragment F${i} on Fiche { ...F${i + 1} ...F${i + 1} }\n`
    const { body } = await post(`{ Fiches(limit: 1) { docs { ...F0 } } }\n${fragments}`)
    expect(messages(body)).toMatch(/expands to more than 5000 fields/)
    const long = await post(`{ Fiches { totalDocs } } # ${'x'.repeat(20_000)}`)
    expect(long.status).toBe(400)
    expect(messages(long.body)).toMatch(/at most 20000 are accepted \(GRAPHQL_MAX_QUERY_LENGTH\)/)
  })

  it('still answers the introspection query', async () => {
    const { status, body } = await post(getIntrospectionQuery())
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    expect(body.data.__schema.queryType.name).toBe('Query')
  })
})

describe('time budget', () => {
  it('answers 503 with Retry-After when a request exceeds REQUEST_TIMEOUT_MS, and keeps serving', async () => {
    const slow = await startServer('limits-budget', { env: { REQUEST_TIMEOUT_MS: '1500' } })
    try {
      // A client that sends half its body and stalls would hold the request forever.
      const stalled = await Promise.all(
        [1, 2, 3].map(
          () =>
            new Promise<Awaited<ReturnType<typeof rawPost>>>((resolve, reject) => {
              const url = new URL('/api/themes', slow.url)
              const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '100' } })
              req.on('response', (res) => {
                let body = ''
                res.on('data', (chunk) => (body += chunk))
                res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
              })
              req.on('error', reject)
              req.write('{"title": "Alim')
            }),
        ),
      )
      for (const res of stalled) {
        expect(res.status).toBe(503)
        expect(res.headers['retry-after']).toBe('5')
        expect(res.body).toMatch(/longer than 1500 ms \(REQUEST_TIMEOUT_MS\)/)
      }
      expect((await fetch(`${slow.url}/healthz`)).status).toBe(200)
    } finally {
      // The abandoned handlers end when their connections close: their late answers must not crash anything.
      expect(await slow.stop()).toBe(0)
      expect(slow.output()).not.toMatch(/ERR_HTTP_HEADERS_SENT|ERR_STREAM_WRITE_AFTER_END|Unhandled|uncaught/i)
    }
  })
})
