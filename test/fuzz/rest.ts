import fc from 'fast-check'

import type { OpenAPIDocument } from '../../src/openapi/types'
import type { Role } from '../helpers/rest'
import { specCollections } from '../openapi/validator'
import type { FuzzRequest } from './send'
import {
  anyNumber,
  anyString,
  bracketQuery,
  chance,
  count,
  dateString,
  deepNest,
  type G,
  nastyString,
  numberParam,
  pct,
  pick,
  strayId,
  weighted,
  wrongType,
} from './values'
import { text } from '../helpers/lexical'
import { TEST_PASSWORD as PASSWORD } from '../helpers/users'
import { ROLES, type World } from './world'

/**
 * REST requests derived from the committed OpenAPI spec: every path × method, each documented parameter
 * with a valid, boundary or hostile value, bodies built from the request schemas (with wrong types,
 * unknown keys, hidden ids in relationships and rich text), by every kind of caller.
 */

type Schema = Record<string, any>

interface Operation {
  method: string
  /** The spec's path template, e.g. `/api/fiches/{id}`. */
  route: string
  params: Schema[]
  /** Collection the path belongs to (`fiches`…), if any. */
  collection?: string
  json?: Schema
  multipart?: Schema
}

export interface RestContext {
  spec: OpenAPIDocument
  world: World
  operations: Operation[]
  /** `Kit` → `kits`: relationship schemas point at their collection's document schema. */
  collectionOfSchema: Map<string, string>
  schemaOfCollection: Map<string, string>
}

export function restContext(spec: OpenAPIDocument, world: World): RestContext {
  const resolve = (item: Schema): Schema => (item.$ref ? resolveRef(spec, item.$ref) : item)
  const operations: Operation[] = []
  for (const [route, item] of Object.entries(spec.paths as Record<string, Record<string, Schema>>)) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'patch', 'put', 'delete'].includes(method)) continue
      const content = op.requestBody?.content ?? {}
      operations.push({
        method: method.toUpperCase(),
        route,
        params: (op.parameters ?? []).map(resolve),
        collection: /^\/api\/([^/{}]+)/.exec(route)?.[1],
        json: content['application/json']?.schema,
        multipart: content['multipart/form-data']?.schema,
      })
    }
  }
  const collections = specCollections(spec)
  return {
    spec,
    world,
    operations,
    collectionOfSchema: new Map(collections.map(({ slug, schema }) => [schema, slug])),
    schemaOfCollection: new Map(collections.map(({ slug, schema }) => [slug, schema])),
  }
}

const resolveRef = (spec: OpenAPIDocument, ref: string): Schema =>
  ref
    .replace(/^#\//, '')
    .split('/')
    .reduce((node: any, key) => node?.[key], spec) as Schema

/** Who calls, and with what credentials (now and then broken ones, which make the caller anonymous). */
export function caller(g: G, world: World): { role: Role; headers: Record<string, string> } {
  const role = pick(g, ROLES)
  const auth = world.auth[role]
  const header: Record<string, string> = auth ? { authorization: auth } : {}
  return weighted<{ role: Role; headers: Record<string, string> }>(g, [
    [18, () => ({ role, headers: header })],
    [1, () => ({ role, headers: auth?.startsWith('JWT ') ? { cookie: `payload-token=${auth.slice(4)}` } : header })],
    [
      1,
      () => ({
        role: 'anonymous',
        headers: {
          authorization: pick(g, [
            'JWT ',
            'JWT not.a.jwt',
            'JWT eyJhbGciOiJub25lIn0.eyJpZCI6IjEiLCJjb2xsZWN0aW9uIjoidXNlcnMiLCJyb2xlIjoiYWRtaW4ifQ.',
            'Bearer x',
            'users API-Key ',
            'users API-Key wrong-key',
            'API-Key x',
            'Basic YWRtaW46YWRtaW4=',
            `users API-Key ${'k'.repeat(5000)}`,
          ]),
        },
      }),
    ],
  ])
}

/** One request for a random operation of the spec. */
export function restRequest(g: G, ctx: RestContext): FuzzRequest {
  const op = pick(g, ctx.operations)
  const { role, headers } = caller(g, ctx.world)
  const write = op.method !== 'GET'
  const query: Record<string, unknown> = {}
  let path = op.route
  for (const param of op.params) {
    if (param.in === 'path') {
      path = path.replace(`{${param.name}}`, pct(docId(g, ctx, op.collection!, write ? 'write' : 'read', role)))
    } else if (param.in === 'query' && chance(g, 45)) {
      query[param.name] = paramValue(g, ctx, op, param)
    }
  }
  if (chance(g, 8)) Object.assign(query, payloadExtras(g))
  const request: FuzzRequest = { route: `rest ${op.method} ${op.route}`, role, method: op.method, path, headers }
  if (op.route === '/api/users/logout' || op.route === '/api/users/refresh-token') {
    // Only spare sessions end here: the fuzzer must not log its own callers out.
    const session = ctx.world.spareSessions[role]
    request.headers = session && chance(g, 80) ? { authorization: session } : {}
    if (!session) request.role = 'anonymous'
    delete query.allSessions
  }
  const qs = bracketQuery(query)
  if (qs) request.path += `?${qs}`

  if (op.json || op.multipart) {
    const multipart = op.multipart && (!op.json || chance(g, 50))
    if (multipart) {
      const { body, headers: formHeaders } = multipartBody(g, ctx, op.multipart!)
      request.body = body
      request.headers = { ...request.headers, ...formHeaders }
    } else {
      const body = op.route === '/api/users/login' ? loginBody(g, ctx.world) : bodyFor(g, ctx, op.json!, chance(g, 40))
      request.body = JSON.stringify(body)
      request.headers = { ...request.headers, 'content-type': 'application/json' }
    }
  }
  if (op.collection && ['POST', 'PATCH', 'DELETE'].includes(op.method) && isDocumentRoute(op.route)) {
    const id = op.route.endsWith('{id}') ? decodeURIComponent(request.path.split('?')[0].split('/').pop()!) : undefined
    request.write =
      op.method === 'POST'
        ? { kind: 'create', collection: op.collection }
        : {
            kind: op.method === 'PATCH' ? 'update' : 'delete',
            collection: op.collection,
            id,
            locale: typeof query.locale === 'string' ? query.locale : undefined,
          }
  }
  return request
}

/** `/api/<collection>` and `/api/<collection>/{id}`: the routes that create, update and delete documents. */
const isDocumentRoute = (route: string) => /^\/api\/[^/{}]+(\/\{id\})?$/.test(route)

/** An id for a path: readable, hidden, stray; writers of the editorial team only touch victims. */
export function docId(g: G, ctx: RestContext, collection: string, purpose: 'read' | 'write', role: Role): string {
  const { world } = ctx
  if (collection === 'users') {
    // Never the callers' own accounts for writes: the fuzzer would lock itself out.
    if (purpose === 'write') return chance(g, 85) ? pick(g, world.victimUsers).id : strayId(g)
    return chance(g, 85) ? pick(g, world.readable.users) : strayId(g)
  }
  const readable = world.readable[collection] ?? []
  const hidden = world.hidden[collection] ?? []
  if (purpose === 'write' && (role === 'editor' || role === 'admin')) {
    const victims = world.victims[collection] ?? []
    return weighted(g, [
      [victims.length ? 8 : 0, () => pick(g, victims)],
      [1, () => strayId(g)],
    ])
  }
  return weighted(g, [
    [readable.length ? 4 : 0, () => pick(g, readable)],
    [hidden.length ? 4 : 0, () => pick(g, hidden)],
    [1, () => strayId(g)],
    [1, () => anyKnownId(g, world)],
  ])
}

/** Any id the world knows, whatever its collection (ids of one collection used in another). */
export function anyKnownId(g: G, world: World): string {
  const pools = [...Object.values(world.readable), ...Object.values(world.hidden)].filter((pool) => pool.length)
  return pick(g, pick(g, pools))
}

/** A value for a documented query parameter. */
function paramValue(g: G, ctx: RestContext, op: Operation, param: Schema): unknown {
  const schemaName = op.collection ? ctx.schemaOfCollection.get(op.collection) : undefined
  const hostile = chance(g, 10)
  if (hostile)
    return weighted(g, [
      [3, () => anyString(g)],
      [1, () => wrongType(g)],
    ])
  switch (param.name) {
    case 'where':
      return schemaName ? whereValue(g, ctx, schemaName, 0) : wrongType(g)
    case 'sort':
      return schemaName ? sortValue(g, ctx, schemaName) : anyString(g)
    case 'select':
      return schemaName ? selectValue(g, ctx, resolveRef(ctx.spec, `#/components/schemas/${schemaName}Select`), 0) : wrongType(g)
    case 'since':
      return sinceValue(g, ctx.world)
    case 'collections':
      return chance(g, 70)
        ? (param.schema.items.enum as string[]).filter(() => chance(g, 40)).join(',')
        : pick(g, ['', ',', 'fiches,fiches', 'users', 'sync-changes', 'webhooks', 'FICHES', 'fiches,unknown', '*'])
    default:
      return scalarParam(g, param.schema ?? {})
  }
}

/** A value for a scalar parameter, from its schema (enum, integer bounds, boolean). */
function scalarParam(g: G, schema: Schema): string {
  if (schema.enum) {
    return chance(g, 75)
      ? String(pick(g, schema.enum as unknown[]))
      : pick(g, ['all', '*', 'xx', '', 'FR', 'en-US', 'fr,en', 'none', 'null', '__proto__'])
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    const min = schema.minimum ?? -1
    const max = schema.maximum ?? 1000
    return numberParam(g, () => pick(g, [min, max, min - 1, max + 1, g(fc.integer, { min, max: Math.min(max, min + 50) })]))
  }
  if (schema.type === 'boolean') return pick(g, ['true', 'false', '1', '0', 'yes', '', 'TRUE', 'null'])
  return anyString(g)
}

/** Filters from the collection's `<Schema>Where`: known and unknown fields, random operators, nesting. */
export function whereValue(g: G, ctx: RestContext, schemaName: string, depth: number): unknown {
  const schema = resolveRef(ctx.spec, `#/components/schemas/${schemaName}Where`)
  const fields = Object.keys(schema.properties ?? {}).filter((key) => !['and', 'or'].includes(key))
  const clause = (): Record<string, unknown> => {
    const field = chance(g, 85) && fields.length ? pick(g, fields) : pick(g, EXTRA_WHERE_FIELDS)
    const fieldSchema = schema.properties?.[field]
    const operators = fieldSchema ? Object.keys(resolveIfRef(ctx.spec, fieldSchema).properties ?? {}) : []
    const condition: Record<string, unknown> = {}
    for (let i = 0; i <= count(g, 1); i++) {
      const operator = chance(g, 80) && operators.length ? pick(g, operators) : pick(g, OPERATORS)
      condition[operator] = operatorValue(
        g,
        ctx,
        field,
        operator,
        fieldSchema && resolveIfRef(ctx.spec, fieldSchema).properties?.[operator],
      )
    }
    return { [field]: chance(g, 3) ? anyString(g) : condition }
  }
  const maxDepth = chance(g, 3) ? 12 : 3
  return weighted(g, [
    [6, clause],
    [
      depth < maxDepth ? 3 : 0,
      () => ({
        [pick(g, ['and', 'or', 'AND', 'Or'])]: Array.from({ length: 1 + count(g, 2) }, () => whereValue(g, ctx, schemaName, depth + 1)),
      }),
    ],
    [1, () => ({ ...clause(), ...clause() })],
    [depth === 0 ? 1 : 0, () => deepNest(g)],
  ])
}

const resolveIfRef = (spec: OpenAPIDocument, schema: Schema): Schema => (schema.$ref ? resolveRef(spec, schema.$ref) : schema)

const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'like',
  'not_like',
  'contains',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'near',
  'within',
  'intersects',
  'regex',
  '$where',
  'eq',
  '',
]
const EXTRA_WHERE_FIELDS = [
  'password',
  'hash',
  'salt',
  'apiKey',
  'apiKeyIndex',
  'email',
  'sessions.id',
  'resetPasswordToken',
  'loginAttempts',
  'lockUntil',
  'signingSecret',
  'kit.fiches.title',
  'kit.kit.title',
  'themes.title.en',
  'title.en',
  'documents.file.filename',
  'documents.file.visibility',
  'cover.visibility',
  'deniche.keyFigures.label',
  'version.title',
  'parent',
  '_status',
  'visibility',
  'a.b.c.d.e',
  '__proto__',
  'constructor.prototype',
  'id.id',
  '',
  '.',
]

function operatorValue(g: G, ctx: RestContext, field: string, operator: string, schema: Schema | undefined): unknown {
  if (chance(g, 12)) return wrongType(g)
  switch (operator) {
    case 'in':
    case 'not_in':
    case 'all': {
      const items = Array.from({ length: count(g, 3) }, () => scalarFor(g, ctx, field, schema?.oneOf?.[0]?.items))
      return chance(g, 60) ? items : items.join(',')
    }
    case 'exists':
      return pick(g, ['true', 'false', '1', 'yes', ''])
    case 'near':
      return pick(g, ['1,2', '1,2,1000', '1,2,1000,0', 'abc', '', '10,20,-5', '1e309,1'])
    case 'within':
    case 'intersects':
      return pick(g, [
        {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 1],
              [0, 1],
              [0, 0],
            ],
          ],
        },
        'abc',
        { type: 'Point' },
        [],
      ])
    default:
      return scalarFor(g, ctx, field, schema)
  }
}

/** A comparison value fitting the field: dates for dates, ids for ids, numbers, text (often hostile). */
function scalarFor(g: G, ctx: RestContext, field: string, schema: Schema | undefined): unknown {
  if (/(^|\.)id$|^kit$|themes$|territories$|partners$|cover$|logo$|file$/.test(field))
    return chance(g, 70) ? anyKnownId(g, ctx.world) : strayId(g)
  if (/At$|date|start|end|Since/i.test(field)) return dateString(g)
  if (schema?.type === 'number') return numberParam(g, () => anyNumber(g))
  if (schema?.type === 'boolean') return pick(g, ['true', 'false', 'maybe'])
  if (schema?.enum) return chance(g, 70) ? pick(g, schema.enum as string[]) : anyString(g)
  if (/slug/.test(field) && chance(g, 60)) return pick(g, ctx.world.slugs)
  return chance(g, 50) ? pick(g, ['a', 'ESS', 'économie', 'fiche', 'canari', 'fz', '%', '_', '*']) : anyString(g)
}

/** `sort`: documented fields, related paths (`kit.title`), several at once, or nonsense. */
export function sortValue(g: G, ctx: RestContext, schemaName: string): unknown {
  const sortSchema = resolveRef(ctx.spec, `#/components/schemas/${schemaName}Sort`)
  const documented = (sortSchema.oneOf?.[0]?.enum as string[] | undefined) ?? ['id']
  const related = Object.keys(resolveRef(ctx.spec, `#/components/schemas/${schemaName}Where`).properties ?? {}).filter((key) =>
    key.includes('.'),
  )
  const one = () =>
    weighted(g, [
      [5, () => pick(g, documented)],
      [related.length ? 3 : 0, () => `${chance(g, 50) ? '-' : ''}${pick(g, related)}`],
      [
        1,
        () =>
          pick(g, [
            '',
            '-',
            '--title',
            '+title',
            'nonexistent',
            '__proto__',
            'password',
            'hash',
            'kit.fiches',
            'title.fr',
            'TITLE',
            ' title',
            'id,id',
          ]),
      ],
      [1, () => anyString(g)],
    ])
  const many = Array.from({ length: 1 + count(g, 3) }, one)
  return weighted<unknown>(g, [
    [5, () => many[0]],
    [2, () => many.join(',')],
    [1, () => many],
  ])
}

/** `select`: subsets of the `<Schema>Select` tree, wrong values, unknown or very deep keys. */
function selectValue(g: G, ctx: RestContext, schema: Schema, depth: number): unknown {
  const properties = Object.keys(schema.properties ?? {})
  if (!properties.length || chance(g, 5)) return pick(g, ['true', 'false', 'title', '', '1'])
  const out: Record<string, unknown> = {}
  for (const key of properties) {
    if (!chance(g, 20)) continue
    const child = schema.properties[key]
    const nested = child.oneOf?.find((branch: Schema) => branch.type === 'object')
    out[key] =
      nested && depth < 3 && chance(g, 40) ? selectValue(g, ctx, nested, depth + 1) : pick(g, ['true', 'false', 'true', '0', 'yes'])
  }
  if (chance(g, 10)) out[pick(g, ['password', 'hash', 'salt', 'apiKey', 'sessions', 'signingSecret', 'unknown', '__proto__'])] = 'true'
  if (chance(g, 3)) {
    let deep: unknown = 'true'
    for (let i = 0; i < 15; i++) deep = { a: deep }
    out.deep = deep
  }
  return out
}

/** A `since` for `/api/sync`: tokens issued to this or another caller, tampered ones, garbage. */
function sinceValue(g: G, world: World): string {
  const tokens = Object.values(world.syncTokens).filter((token): token is string => Boolean(token))
  const token = pick(g, tokens)
  return weighted(g, [
    [5, () => token],
    [1, () => token.slice(0, Math.max(0, token.length - 1 - count(g, 8)))],
    [1, () => token.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'))],
    [1, () => `${token}.${token}`],
    [1, () => Buffer.from(JSON.stringify({ seq: -1, c: ['fiches'], a: 'editor' })).toString('base64url')],
    [1, () => anyString(g)],
  ])
}

/** Parameters Payload reads although the spec does not document them. */
function payloadExtras(g: G): Record<string, unknown> {
  const extras: Record<string, unknown> = {}
  for (let i = 0; i <= count(g, 2); i++) {
    const [key, value] = pick(g, [
      ['pagination', pick(g, ['false', 'true', 'no'])],
      ['trash', 'true'],
      ['joins', { fiches: { limit: pick(g, ['0', '1000000', '-1', 'x']), sort: '-title' } }],
      ['joins', 'false'],
      ['populate', { kits: { title: 'true' } }],
      ['autosave', 'true'],
      ['publishSpecificLocale', 'en'],
      ['fallbackLocale', 'none'],
      ['overrideAccess', 'true'],
      ['showHiddenFields', 'true'],
      ['disableErrors', 'true'],
      ['data', '{"title":"x"}'],
    ] as [string, unknown][])
    extras[key] = value
  }
  return extras
}

/** A login attempt: known and unknown accounts, right and wrong passwords, wrong types. */
function loginBody(g: G, world: World): unknown {
  const email = pick(g, [
    'admin@rtes.test',
    'editor@rtes.test',
    'member@rtes.test',
    ...world.victimUsers.map((user) => user.email),
    'nobody@rtes.test',
    'ADMIN@RTES.TEST',
    '',
  ])
  return weighted(g, [
    [4, () => ({ email, password: chance(g, 50) ? PASSWORD : anyString(g) })],
    [1, () => ({ email: wrongType(g), password: wrongType(g) })],
    [1, () => ({ email, password: PASSWORD, [anyString(g)]: wrongType(g) })],
    [1, () => wrongType(g)],
  ])
}

/**
 * A JSON body from a request schema: each property present or not, relationships to readable, hidden or
 * stray ids, rich text with nodes pointing at hidden documents. A `clean` body has plausible values of
 * the right types (so that some writes are accepted, and checked at the end); otherwise any value may be
 * of the wrong type, unknown keys appear, and strings and numbers are hostile.
 */
export function bodyFor(g: G, ctx: RestContext, schema: Schema, clean: boolean, depth = 0, name = ''): unknown {
  if (!clean && chance(g, depth === 0 ? 4 : 8)) return wrongType(g)
  if (schema.$ref) {
    const target = schema.$ref.split('/').pop() as string
    const collection = ctx.collectionOfSchema.get(target)
    if (collection) return relationValue(g, ctx, collection, clean)
    return bodyFor(g, ctx, resolveRef(ctx.spec, schema.$ref), clean, depth, name)
  }
  if (schema.oneOf) {
    // A relationship is `oneOf: [id, populated document]`: clean bodies always send an id.
    const relation =
      clean && (schema.oneOf as Schema[]).find((branch) => branch.$ref && ctx.collectionOfSchema.has(branch.$ref.split('/').pop()))
    return bodyFor(g, ctx, relation || pick(g, schema.oneOf as Schema[]), clean, depth, name)
  }
  if (name === 'body' || schema.properties?.root) return richText(g, ctx, clean)
  if (schema.enum)
    return clean || chance(g, 85)
      ? pick(
          g,
          (schema.enum as unknown[]).filter((value) => !clean || value !== null),
        )
      : anyString(g)
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]) as (string | undefined)[]
  const type = pick(g, clean && types.length > 1 ? types.filter((t) => t !== 'null') : types)
  switch (type) {
    case 'null':
      return null
    case 'boolean':
      return clean || chance(g, 85) ? pick(g, [true, false]) : pick(g, ['true', 0, 1])
    case 'integer':
    case 'number':
      return clean || chance(g, 60) ? g(fc.integer, { min: 2003, max: 2099 }) : anyNumber(g)
    case 'string':
      return clean ? cleanString(g, name) : hostileString(g, name)
    case 'array': {
      if (depth > 4) return []
      const length = clean ? count(g, 2) : chance(g, 3) ? pick(g, [100, 1_000]) : count(g, 3)
      return Array.from({ length }, () => bodyFor(g, ctx, schema.items ?? {}, clean, depth + 1, name))
    }
    case 'object':
    default: {
      if (depth > 5 || !schema.properties) return clean || chance(g, 50) ? {} : { [anyString(g)]: anyString(g) }
      const out: Record<string, unknown> = {}
      const required = new Set<string>(schema.required ?? [])
      for (const [key, child] of Object.entries(schema.properties as Record<string, Schema>)) {
        if (child.readOnly || (clean && UPLOAD_OWNED.has(key))) continue
        if (chance(g, required.has(key) ? (clean ? 97 : 85) : clean ? 25 : 35)) out[key] = bodyFor(g, ctx, child, clean, depth + 1, key)
      }
      if (!clean && chance(g, 5))
        out[
          pick(g, [
            'id',
            'createdAt',
            'updatedAt',
            '__proto__',
            'constructor',
            'hash',
            'salt',
            'loginAttempts',
            'lockUntil',
            'sessions',
            'signingSecret',
            anyString(g),
          ])
        ] = wrongType(g)
      return out
    }
  }
}

/** Set by Payload from the uploaded file (or session bookkeeping): left out of clean bodies. */
const UPLOAD_OWNED = new Set([
  'url',
  'thumbnailURL',
  'filename',
  'mimeType',
  'filesize',
  'width',
  'height',
  'sizes',
  'focalX',
  'focalY',
  'sessions',
  'apiKey',
  'enableAPIKey',
])

function cleanString(g: G, name: string): string {
  const n = count(g, 1_000_000)
  if (/At$|date|start|end|Since/i.test(name))
    return pick(g, ['2021-11-19', '2021-11-19T10:00:00.000Z', '2019-03-01T08:30:00.000Z', '2024-06-30'])
  if (name === 'email') return `fuzz-${n}@fuzz.test`
  if (name === 'password') return PASSWORD
  if (/url|website|replay/i.test(name)) return `https://www.rtes.fr/fuzz/${n}`
  if (name === 'slug') return `fuzz-${n}`
  return `Fuzz ${pick(g, ['économie', 'solidaire', 'territoire', 'coopération', 'ESS'])} ${n}`
}

function hostileString(g: G, name: string): string {
  if (chance(g, 25)) return anyString(g)
  if (/At$|date|start|end|Since/i.test(name)) return dateString(g)
  if (name === 'email') return pick(g, ['someone@example.org', 'x@y', 'not-an-email', `fuzz-${count(g, 1000)}@fuzz.test`])
  if (name === 'password') return pick(g, [PASSWORD, 'short', 'x'.repeat(1000)])
  if (/url|website|replay/i.test(name))
    return pick(g, [
      'https://www.rtes.fr/',
      'http://127.0.0.1:9/',
      'javascript:alert(1)',
      'ftp://x',
      'file:///etc/passwd',
      'https://xn--e1afmkfd.xn--p1ai/',
    ])
  if (name === 'slug') return chance(g, 50) ? `fuzz-${g(fc.string, { unit: 'grapheme-ascii', maxLength: 12 })}` : anyString(g)
  if (name === 'apiKey') return g(fc.uuid)
  return chance(g, 60) ? `Fuzz ${g(fc.string, { unit: 'grapheme', maxLength: 20 })}` : nastyString(g)
}

/** A relationship value: an id (readable, hidden, stray), a populated-looking object, or junk. */
function relationValue(g: G, ctx: RestContext, collection: string, clean: boolean): unknown {
  const ids = [...(ctx.world.readable[collection] ?? []), ...(ctx.world.hidden[collection] ?? [])]
  if (clean) return ids.length ? pick(g, ids) : null
  return weighted<unknown>(g, [
    [ids.length ? 6 : 0, () => pick(g, ids)],
    [1, () => strayId(g)],
    [1, () => anyKnownId(g, ctx.world)],
    [1, () => ({ id: ids.length ? pick(g, ids) : strayId(g), title: 'populated' })],
    [1, () => ({ relationTo: collection, value: ids.length ? pick(g, ids) : strayId(g) })],
  ])
}

/** A Lexical editor state: valid paragraphs, nodes pointing at any document, or broken structures. */
export function richText(g: G, ctx: RestContext, clean: boolean): unknown {
  const block = { format: '', indent: 0, version: 1, direction: 'ltr' }
  const collections = [...ctx.collectionOfSchema.values()].filter((slug) => slug !== 'users')
  const target = () => {
    const collection = pick(g, collections)
    return { collection, id: relationValue(g, ctx, collection, clean) }
  }
  const node = (): unknown =>
    weighted(g, [
      [4, () => ({ type: 'paragraph', ...block, textFormat: 0, children: [text(clean ? 'Un paragraphe.' : anyString(g))] })],
      [
        2,
        () => ({
          type: 'relationship',
          format: '',
          version: 2,
          ...(({ collection, id }) => ({ relationTo: collection, value: id }))(target()),
        }),
      ],
      [
        2,
        () => ({ type: 'upload', format: '', version: 3, relationTo: 'media', value: relationValue(g, ctx, 'media', clean), fields: null }),
      ],
      [
        2,
        () => {
          const { collection, id } = target()
          return {
            type: 'link',
            ...block,
            version: 3,
            fields: { linkType: 'internal', newTab: false, doc: { relationTo: collection, value: id } },
            children: [text('lien')],
          }
        },
      ],
      [clean ? 0 : 1, () => ({ type: pick(g, ['block', 'unknown', 'heading', 'list', '']), ...block, children: chance(g, 50) ? [] : 'x' })],
      [clean ? 0 : 1, () => wrongType(g)],
    ])
  const valid = () => ({ root: { type: 'root', ...block, children: Array.from({ length: 1 + count(g, 4) }, node) } })
  if (clean) return valid()
  return weighted(g, [
    [6, valid],
    [1, () => ({ root: wrongType(g) })],
    [1, () => ({ root: { type: 'root', children: [deepNest(g)] } })],
    [1, () => wrongType(g)],
  ])
}

/** A multipart body for an upload: a real PNG, an empty or mislabeled file, odd file names, bad `_payload`. */
function multipartBody(g: G, ctx: RestContext, schema: Schema): { body: Buffer; headers: Record<string, string> } {
  const boundary = `----fuzz${count(g, 1_000_000)}`
  const payloadSchema = schema.properties?._payload?.contentSchema ?? {}
  const parts: Buffer[] = []
  const part = (headers: string, content: Buffer | string) =>
    parts.push(Buffer.from(`--${boundary}\r\n${headers}\r\n\r\n`), Buffer.from(content), Buffer.from('\r\n'))
  if (chance(g, 90)) {
    const filename = pick(g, [
      'image.png',
      'a\u0000b.png',
      '../../evil.png',
      'é t é.png',
      '.png',
      '',
      'x'.repeat(300) + '.png',
      'shell.php.png',
      'a"b.png',
      '%00.png',
    ])
    const [type, content] = pick(g, [
      ['image/png', PNG_BYTES],
      ['image/png', Buffer.alloc(0)],
      ['image/png', Buffer.from('not a png')],
      ['application/pdf', Buffer.from('%PDF-1.4\n%%EOF\n')],
      ['text/x-shellscript', Buffer.from('#!/bin/sh\n')],
      ['image/svg+xml', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    ] as [string, Buffer][])
    part(`Content-Disposition: form-data; name="file"; filename="${filename.replace(/\r|\n/g, '')}"\r\nContent-Type: ${type}`, content)
  }
  if (chance(g, 85)) {
    const data = chance(g, 85) ? JSON.stringify(bodyFor(g, ctx, payloadSchema, chance(g, 50))) : pick(g, ['{', 'null', '[]', '"x"', ''])
    part('Content-Disposition: form-data; name="_payload"', data)
  }
  if (chance(g, 10)) part('Content-Disposition: form-data; name="alt"', anyString(g))
  parts.push(Buffer.from(chance(g, 90) ? `--${boundary}--\r\n` : `--${boundary}`))
  return { body: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}

const PNG_BYTES = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
