import { caller, docId, type RestContext, sortValue, whereValue } from './rest'
import type { FuzzRequest } from './send'
import {
  anyString,
  bracketQuery,
  chance,
  count,
  deepNest,
  type G,
  nastyString,
  pct,
  pick,
  strayId,
  urlString,
  weighted,
  wrongType,
} from './values'
import { EDITORIAL, REFERENCE } from './world'

/**
 * Raw-HTTP mutations and the routes the spec does not describe: wrong content types, truncated and
 * invalid JSON, bodies too deep or too big, odd methods, long URLs, repeated parameters, broken paths,
 * clients that vanish mid-body; Payload's own routes (versions, duplicate, bulk writes, auth flows, jobs,
 * preferences), webhooks, feeds, media files, health and the admin pages.
 */

const CONTENT = [...Object.keys(EDITORIAL), ...Object.keys(REFERENCE), 'media']
const INTERNAL = [
  'webhooks',
  'webhook-deliveries',
  'sync-changes',
  'payload-jobs',
  'payload-preferences',
  'payload-locked-documents',
  'payload-kv',
  'payload-migrations',
]

export function rawRequest(g: G, ctx: RestContext): FuzzRequest {
  return weighted(g, [
    [6, () => badBody(g, ctx)],
    [3, () => oddUrl(g, ctx)],
    [2, () => oddMethod(g, ctx)],
    [5, () => unlistedRoute(g, ctx)],
    [2, () => feed(g, ctx)],
    [2, () => mediaFile(g, ctx)],
    [1, () => page(g, ctx)],
  ])
}

/** A JSON route with a body that is not what it says, or not JSON at all. */
function badBody(g: G, ctx: RestContext): FuzzRequest {
  const { role, headers } = caller(g, ctx.world)
  const collection = pick(
    g,
    CONTENT.filter((slug) => slug !== 'media'),
  )
  const [method, path] = pick(g, [
    ['POST', `/api/${collection}`],
    ['PATCH', `/api/${collection}/${pct(docId(g, ctx, collection, 'write', role))}`],
    ['POST', '/api/graphql'],
    ['POST', '/api/users/login'],
    ['POST', '/api/users/forgot-password'],
    ['POST', '/api/users/first-register'],
  ] as const)
  const json = JSON.stringify({ title: 'Fuzz', query: '{ Fiches { docs { id } } }', email: 'admin@rtes.test', password: 'x' })
  const [contentType, body] = weighted<[string | undefined, string | Buffer]>(g, [
    [3, () => ['text/plain', json]],
    [1, () => ['application/x-www-form-urlencoded', 'title=Fuzz&query=%7B%7D']],
    [1, () => ['application/xml', '<fiche><title>x</title></fiche>']],
    [1, () => [undefined, json]],
    [1, () => ['application/json; charset=utf-16le', Buffer.from(json, 'utf16le')]],
    [1, () => ['multipart/form-data', json]],
    [
      1,
      () => [
        'application/json',
        pick(g, [
          'null',
          '[]',
          '"x"',
          '123',
          'true',
          '',
          ' ',
          '{',
          '{"title":',
          '{"title":}',
          '{"a":1}}',
          '\uFEFF{"title":"x"}',
          '{"title":"\\ud800"}',
          '{"title":1e999}',
          '{"a":1,"a":2}',
        ]),
      ],
    ],
    [1, () => ['application/json', json.slice(0, count(g, json.length - 1))]],
    [1, () => ['application/json', '['.repeat(pick(g, [100, 5_000, 100_000])) + ']'.repeat(chance(g, 50) ? 0 : 5_000)]],
    [1, () => ['application/json', JSON.stringify(deepNest(g))]],
    [
      1,
      () => [
        'application/json',
        JSON.stringify({ __proto__: { role: 'admin' }, constructor: { prototype: { isAdmin: true } } }).replace(
          '"__proto__"',
          '"__proto__"',
        ),
      ],
    ],
    [1, () => ['application/json', `{"__proto__":{"role":"admin"},"title":"Fuzz"}`]],
    [1, () => ['application/json', JSON.stringify({ title: 'x'.repeat(pick(g, [1_100_000, 2_500_000])) })]],
    [1, () => ['application/json', JSON.stringify(wrongType(g))]],
  ])
  const request: FuzzRequest = {
    route: `raw ${method} ${path.replace(/\/[^/]+$/, method === 'PATCH' ? '/{id}' : (path.match(/\/[^/]+$/)?.[0] ?? ''))} (${contentType ?? 'no content-type'})`,
    role,
    method,
    path,
    headers: { ...headers, ...(contentType ? { 'content-type': contentType } : {}) },
    body,
    dropMidBody: chance(g, 4),
  }
  if (!request.dropMidBody && (method === 'POST' || method === 'PATCH') && path.startsWith(`/api/${collection}`)) {
    request.write =
      method === 'POST' ? { kind: 'create', collection } : { kind: 'update', collection, id: decodeURIComponent(path.split('/').pop()!) }
  }
  return request
}

/** Long, broken or ambiguous URLs on real routes, and repeated query parameters. */
function oddUrl(g: G, ctx: RestContext): FuzzRequest {
  const { role, headers } = caller(g, ctx.world)
  const collection = pick(g, CONTENT)
  const id = docId(g, ctx, collection, 'read', role)
  const repeated = pick(g, [
    'limit=1&limit=2',
    'depth=0&depth=10',
    'limit=5&limit[]=6',
    'where[title][like]=a&where=abc',
    'where=abc&where[title][like]=a',
    'sort=title&sort[]=-slug&sort[x]=1',
    'locale=fr&locale=en&locale=all',
    'draft=true&draft=false',
    'page=1&page=-1&page=abc',
    'select[title]=true&select=title',
    'where[and][0][title][equals]=a&where[and]=x',
    'where[or][1001][title][equals]=a',
    `${'a[b]'.repeat(30)}=1`,
  ])
  const [label, path] = weighted<[string, string]>(g, [
    [3, () => ['repeated params', `/api/${collection}?${repeated}`]],
    [1, () => ['8k url', `/api/${collection}?where[title][like]=${'a'.repeat(8_000)}`]],
    [1, () => ['64k url', `/api/${collection}?q=${'a'.repeat(64_000)}`]],
    [1, () => ['2000 params', `/api/${collection}?${Array.from({ length: 2_000 }, (_, i) => `p${i}=${i}`).join('&')}`]],
    [
      1,
      () => ['1000 or', `/api/${collection}?${Array.from({ length: 1_000 }, (_, i) => `where[or][${i}][slug][equals]=s${i}`).join('&')}`],
    ],
    [1, () => ['deep where', `/api/${collection}?where${'[and][0]'.repeat(pick(g, [6, 20, 200]))}[title][equals]=x`]],
    [1, () => ['bad escapes', `/api/${collection}?where[title][equals]=${pick(g, ['%', '%zz', '%E0%A4%A', '%C0%AF', '%00', '%FF%FE'])}`]],
    [
      3,
      () => [
        'odd path',
        pick(g, [
          `/api/${collection}/`,
          `/api//${collection}`,
          `/api/${collection}/${pct(id)}/`,
          `/api/${collection}/${pct(id)}/extra`,
          `/api/${collection}/%00`,
          `/api/${collection}/..%2fusers`,
          `/api/${collection}/%2e%2e/users`,
          `/api/${collection.toUpperCase()}`,
          `/api/${collection};x=1`,
          `/api/${pct(collection).replace(/^./, (c) => `%${c.charCodeAt(0).toString(16)}`)}`,
          `/api/${collection}/${'a'.repeat(5_000)}`,
          `/api/${collection}/${pct(id)}%20`,
          `/api/${collection}/${pct(nastyString(g))}`,
          `/api/${pct(urlString(g))}`,
          '/api/',
          '/api',
          `/api/${collection}/count/extra`,
          `/API/${collection}`,
          `/%61pi/${collection}`,
        ]),
      ],
    ],
  ])
  return { route: `raw GET /api/<collection> (${label})`, role, method: 'GET', path, headers }
}

/** Methods the routes do not expect, including ones Node itself refuses. */
function oddMethod(g: G, ctx: RestContext): FuzzRequest {
  const { role, headers } = caller(g, ctx.world)
  const collection = pick(g, CONTENT)
  const method = pick(g, [
    'PUT',
    'OPTIONS',
    'HEAD',
    'TRACE',
    'PROPFIND',
    'MKCOL',
    'LINK',
    'QUERY',
    'PURGE',
    'CONNECT',
    'BREW',
    'DELETE',
    'PATCH',
  ])
  const path = pick(g, [
    `/api/${collection}`,
    `/api/${collection}/${pct(docId(g, ctx, collection, 'read', role))}`,
    '/api/graphql',
    '/api/sync',
    '/healthz',
    `/feeds/fiches.rss`,
    '/api/users/login',
    '/admin',
  ])
  // DELETE and PATCH are only fuzzed here on routes that do not delete or update documents.
  const safe = !(
    ['DELETE', 'PATCH'].includes(method) &&
    /^\/api\/[^/]+(\/[^/]+)?$/.test(path) &&
    !path.startsWith('/api/graphql') &&
    !path.startsWith('/api/sync') &&
    !path.startsWith('/api/users/login')
  )
  return {
    route: `raw ${method} ${path.replace(/^\/api\/[^/]+\/[^/]+$/, '/api/<collection>/{id}').replace(/^\/api\/(?!graphql|sync|users)[^/]+$/, '/api/<collection>')}`,
    role,
    method: safe ? method : 'OPTIONS',
    path,
    headers: {
      ...headers,
      ...(chance(g, 30)
        ? { origin: pick(g, ['https://evil.example', 'null', 'http://127.0.0.1']), 'access-control-request-method': 'DELETE' }
        : {}),
    },
    body: chance(g, 20) && method !== 'HEAD' && method !== 'CONNECT' ? '{"title":"x"}' : undefined,
  }
}

/** Payload routes that the spec leaves out, and the project's own internal collections. */
function unlistedRoute(g: G, ctx: RestContext): FuzzRequest {
  const { role, headers } = caller(g, ctx.world)
  const collection = pick(g, CONTENT)
  const privileged = role === 'editor' || role === 'admin'
  const id = docId(g, ctx, collection, 'read', role)
  const writeId = docId(g, ctx, collection, 'write', role)
  const json = (value: unknown) => ({ body: JSON.stringify(value), headers: { ...headers, 'content-type': 'application/json' } })
  const internal = pick(g, INTERNAL)
  const victimsOnly = { id: { in: ctx.world.victims[collection] ?? [] } }
  const schemaName = ctx.schemaOfCollection.get(collection)
  const randomWhere = () => (schemaName ? whereValue(g, ctx, schemaName, 0) : { id: { exists: 'true' } })
  const choice = weighted<{ route: string; method: string; path: string; extra?: Partial<FuzzRequest> }>(g, [
    [
      3,
      () => ({
        route: 'GET /api/<collection>/versions',
        method: 'GET',
        path: `/api/${collection}/versions?${bracketQuery({ where: chance(g, 50) ? { parent: { equals: id } } : randomWhere(), limit: pick(g, ['5', '0', '1000']), depth: pick(g, ['0', '2']), sort: schemaName ? sortValue(g, ctx, schemaName) : '-updatedAt' })}`,
      }),
    ],
    [1, () => ({ route: 'GET /api/<collection>/versions/{id}', method: 'GET', path: `/api/${collection}/versions/${pct(strayId(g))}` })],
    [1, () => ({ route: 'POST /api/<collection>/versions/{id}', method: 'POST', path: `/api/${collection}/versions/${pct(strayId(g))}` })],
    [
      2,
      () => ({
        route: 'POST /api/<collection>/{id}/duplicate',
        method: 'POST',
        path: `/api/${collection}/${pct(writeId)}/duplicate`,
        extra: { write: { kind: 'create', collection } },
      }),
    ],
    [1, () => ({ route: 'GET /api/<collection>/access/{id}', method: 'GET', path: `/api/${collection}/access/${pct(id)}` })],
    [1, () => ({ route: 'GET /api/access', method: 'GET', path: '/api/access' })],
    [
      2,
      () => ({
        route: 'PATCH /api/<collection> (bulk)',
        method: 'PATCH',
        path: `/api/${collection}?${bracketQuery({ where: privileged ? { and: [victimsOnly, randomWhere()] } : randomWhere(), depth: '0' })}`,
        extra: {
          ...json({ [collection === 'partners' ? 'region' : 'summary']: `Fuzz bulk ${count(g, 99)}` }),
          write: { kind: 'update', collection },
        },
      }),
    ],
    [
      1,
      () => ({
        route: 'DELETE /api/<collection> (bulk)',
        method: 'DELETE',
        path: `/api/${collection}?${bracketQuery({ where: privileged ? { and: [victimsOnly, randomWhere()] } : randomWhere() })}`,
        extra: { write: { kind: 'delete', collection } },
      }),
    ],
    [
      2,
      () => ({
        route: `GET /api/<internal>`,
        method: 'GET',
        path: `/api/${internal}?${bracketQuery({ limit: pick(g, ['5', '0']), depth: '1', where: chance(g, 30) ? { id: { exists: 'true' } } : undefined })}`,
      }),
    ],
    [1, () => ({ route: `GET /api/<internal>/{id}`, method: 'GET', path: `/api/${internal}/${pct(strayId(g))}` })],
    [
      1,
      () => ({
        route: `POST /api/<internal>`,
        method: 'POST',
        path: `/api/${internal}`,
        extra: json({ input: {}, taskSlug: 'deliverWebhook', key: 'k', value: {}, user: { relationTo: 'users', value: anyString(g) } }),
      }),
    ],
    [1, () => ({ route: `DELETE /api/<internal>/{id}`, method: 'DELETE', path: `/api/${internal}/${pct(strayId(g))}` })],
    [1, () => ({ route: 'GET /api/webhooks/{id}', method: 'GET', path: `/api/webhooks/${pct(ctx.world.webhookIds[0])}` })],
    [
      1,
      () => ({
        route: 'PATCH /api/webhooks/{id}',
        method: 'PATCH',
        path: `/api/webhooks/${pct(ctx.world.webhookIds[0])}`,
        extra: json({ name: anyString(g), secret: chance(g, 50) ? 'short' : wrongType(g), active: chance(g, 50) }),
      }),
    ],
    [1, () => ({ route: 'DELETE /api/webhooks/{id}', method: 'DELETE', path: `/api/webhooks/${pct(ctx.world.webhookIds[0])}` })],
    [
      1,
      () => ({
        route: 'POST /api/payload-jobs/run',
        method: pick(g, ['GET', 'POST']),
        path: `/api/payload-jobs/run?${bracketQuery({ queue: pick(g, ['webhooks', 'default', anyString(g)]), limit: pick(g, ['1', '1000000', '-1']) })}`,
      }),
    ],
    [1, () => ({ route: 'GET /api/payload-jobs/handle-schedules', method: 'GET', path: '/api/payload-jobs/handle-schedules' })],
    [
      1,
      () => ({
        route: 'POST /api/users/forgot-password',
        method: 'POST',
        path: '/api/users/forgot-password',
        extra: json({ email: pick(g, ['member@rtes.test', 'nobody@rtes.test', wrongType(g)]) }),
      }),
    ],
    [
      1,
      () => ({
        route: 'POST /api/users/reset-password',
        method: 'POST',
        path: '/api/users/reset-password',
        extra: json({ token: anyString(g), password: anyString(g) }),
      }),
    ],
    [
      1,
      () => ({
        route: 'POST /api/users/unlock',
        method: 'POST',
        path: '/api/users/unlock',
        extra: json({ email: pick(g, ['victim-0@fuzz.test', 'admin@rtes.test', wrongType(g)]) }),
      }),
    ],
    [
      1,
      () => ({
        route: 'POST /api/users/first-register',
        method: 'POST',
        path: '/api/users/first-register',
        extra: json({ email: `intruder-${count(g, 99)}@fuzz.test`, password: 'intruder-password', role: 'admin' }),
      }),
    ],
    [1, () => ({ route: 'GET /api/users/init', method: 'GET', path: '/api/users/init' })],
    [1, () => ({ route: 'POST /api/users/verify/{token}', method: 'POST', path: `/api/users/verify/${pct(urlString(g))}` })],
    [
      1,
      () => ({
        route: 'POST /api/users/{id}/api-key/reveal',
        method: 'POST',
        path: `/api/users/${pct(pick(g, ctx.world.readable.users))}/api-key/reveal`,
      }),
    ],
    [1, () => ({ route: 'GET /api/graphql-playground', method: 'GET', path: '/api/graphql-playground' })],
    [
      1,
      () => ({
        route: 'GET /api/docs',
        method: 'GET',
        path: pick(g, [
          '/api/docs',
          '/api/docs/',
          '/api/docs/swagger-ui.css',
          '/api/docs/../../package.json',
          '/api/docs/%2e%2e/%2e%2e/package.json',
        ]),
      }),
    ],
    [1, () => ({ route: 'GET /healthz /readyz', method: 'GET', path: pick(g, ['/healthz', '/readyz', '/healthz?x=1', '/readyz/']) })],
  ])
  const request: FuzzRequest = { route: `raw ${choice.route}`, role, method: choice.method, path: choice.path, headers, ...choice.extra }
  return request
}

/** RSS, Atom and JSON feeds with valid and hostile filters. */
function feed(g: G, ctx: RestContext): FuzzRequest {
  const { role, headers } = caller(g, ctx.world)
  const collection = pick(g, [
    'fiches',
    'kits',
    'press-articles',
    'events',
    'advocacy-contributions',
    'partners',
    'users',
    'themes',
    urlString(g),
  ])
  const format = pick(g, ['rss', 'atom', 'json', 'xml', 'RSS', ''])
  const query: Record<string, unknown> = {}
  if (chance(g, 40)) query.theme = chance(g, 60) ? pick(g, ctx.world.slugs) : urlString(g)
  if (chance(g, 30)) query.territory = chance(g, 60) ? pick(g, ctx.world.slugs) : urlString(g)
  if (chance(g, 30)) query.series = pick(g, ['deniche', 'kit', 'reperess', 'nope', ''])
  if (chance(g, 30)) query.locale = pick(g, ['fr', 'en', 'all', 'xx'])
  if (chance(g, 10)) query.theme = wrongType(g)
  const qs = bracketQuery(query)
  return {
    route: 'raw GET /feeds/<collection>.<format>',
    role,
    method: 'GET',
    path: `/feeds/${pct(collection)}.${pct(format)}${qs ? `?${qs}` : ''}`,
    headers: { ...headers, ...(chance(g, 10) ? { 'if-none-match': pick(g, ['*', '"x"', 'W/"abc"', '']) } : {}) },
  }
}

/** Uploaded files: public, members-only, missing, traversal attempts, image sizes. */
function mediaFile(g: G, ctx: RestContext): FuzzRequest {
  const { role, headers } = caller(g, ctx.world)
  const filename = weighted(g, [
    [4, () => pick(g, ctx.world.filenames)],
    [1, () => pick(g, ctx.world.filenames).replace(/\.png$/, '-320x320.png')],
    [1, () => `missing-${count(g, 999)}.png`],
    [1, () => pick(g, ['../../../etc/passwd', '..%2f..%2fpackage.json', '%00.png', '.', '..', '', 'a'.repeat(2_000)])],
    [1, () => urlString(g)],
  ])
  // Names with `%` are sent as they are (already-encoded attempts), anything else a URL cannot carry encoded.
  const encoded = filename.includes('%') ? filename.replace(/[^\x21-\x7e]/gu, (char) => pct(char)) : pct(filename)
  return {
    route: 'raw GET /api/media/file/{filename}',
    role,
    method: pick(g, ['GET', 'GET', 'GET', 'HEAD']),
    path: `/api/media/file/${encoded}`,
    headers: { ...headers, ...(chance(g, 10) ? { range: pick(g, ['bytes=0-10', 'bytes=-1', 'bytes=100-50', 'bytes=x']) } : {}) },
  }
}

/** Admin pages and the site root (server-rendered by Next). */
function page(g: G, ctx: RestContext): FuzzRequest {
  const { role, headers } = caller(g, ctx.world)
  const collection = pick(g, CONTENT)
  const path = pick(g, [
    '/',
    '/admin',
    '/admin/login',
    `/admin/collections/${collection}`,
    `/admin/collections/${collection}/${pct(docId(g, ctx, collection, 'read', role))}`,
    '/admin/nope',
    '/favicon.ico',
    '/robots.txt',
    '/_next/static/nope.js',
    '/_next/image?url=%2Fapi%2Fmedia%2Ffile%2Fx.png&w=64&q=75',
  ])
  return {
    route: `raw GET ${path.replace(/\/collections\/[^/]+\/[^/]+$/, '/collections/<collection>/{id}').replace(/\/collections\/[^/]+$/, '/collections/<collection>')}`,
    role,
    method: 'GET',
    path,
    headers,
  }
}
