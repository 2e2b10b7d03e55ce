import fs from 'node:fs'
import path from 'node:path'

import fc from 'fast-check'
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql'

import { ROOT } from '../helpers/server'
import { anyKnownId, caller, docId, type RestContext } from './rest'
import type { FuzzRequest } from './send'
import { anyNumber, anyString, chance, count, dateString, deepNest, type G, nesting, pick, strayId, weighted, wrongType } from './values'

/**
 * GraphQL operations generated from the committed full schema (`src/sdk/schema.full.graphql`): random queries and
 * mutations with random arguments (inline or as variables), aliases, nested selections through
 * relationships and joins, inline and named fragments, plus malformed documents and transports.
 */

export interface GraphQLContext {
  schema: GraphQLSchema
  rest: RestContext
  /** GraphQL type name (`Fiche`) → collection slug (`fiches`). */
  collectionOfType: Map<string, string>
}

export function graphqlContext(rest: RestContext): GraphQLContext {
  const schema = buildSchema(fs.readFileSync(path.join(ROOT, 'src/sdk/schema.full.graphql'), 'utf8'))
  const collectionOfType = new Map(rest.collectionOfSchema)
  collectionOfType.set('Webhook', 'webhooks').set('WebhookDelivery', 'webhook-deliveries')
  return { schema, rest, collectionOfType }
}

/** Per mutation root field of a request: what a non-null answer acknowledges (see ledger.ts). */
export interface GraphQLRoot {
  /** The key of the answer in `data` (the alias, or the field name). */
  key: string
  action: 'create' | 'update' | 'delete' | 'duplicate' | 'restoreVersion' | 'other'
  collection?: string
  id?: string
  locale?: string
}

const MUTATION = /^(create|update|delete|duplicate|restoreVersion)(.+)$/

/** Builds one operation and wraps it in a request (usually a JSON POST, sometimes another transport). */
export function graphqlRequest(g: G, ctx: GraphQLContext): FuzzRequest {
  const { role, headers } = caller(g, ctx.rest.world)
  const builder = new OperationBuilder(g, ctx, role)
  const mutation = chance(g, 22)
  const { document, variables, roots } = builder.build(mutation)
  const request: FuzzRequest = {
    route: `graphql ${mutation ? 'mutation' : 'query'} ${roots.map((root) => root.field).join(',')}`,
    role,
    method: 'POST',
    path: '/api/graphql',
    headers,
  }
  if (builder.usesSession) {
    const session = ctx.rest.world.spareSessions[role]
    request.headers = session ? { authorization: session } : {}
    if (!session) request.role = 'anonymous'
  }
  const payload = { query: document, ...(Object.keys(variables).length ? { variables } : {}) }
  weighted(g, [
    [
      1,
      () =>
        Object.assign(request, {
          route: 'graphql query with a where variable nested 3,000 deep',
          body: deepWhereVariables(pick(g, ['Fiches', 'Kits', 'Events']), pick(g, [1_000, 3_000])),
          headers: { ...request.headers, 'content-type': 'application/json' },
        }),
    ],
    [
      16,
      () => Object.assign(request, { body: JSON.stringify(payload), headers: { ...request.headers, 'content-type': 'application/json' } }),
    ],
    [1, () => Object.assign(request, { method: 'GET', path: `/api/graphql?query=${encodeURIComponent(document)}` })],
    [1, () => Object.assign(request, { body: document, headers: { ...request.headers, 'content-type': 'application/graphql' } })],
    [
      1,
      () =>
        Object.assign(request, {
          body: JSON.stringify([payload, payload]),
          headers: { ...request.headers, 'content-type': 'application/json' },
        }),
    ],
    [
      1,
      () =>
        Object.assign(request, {
          body: JSON.stringify({ ...payload, operationName: pick(g, ['Nope', '', null, 5]) }),
          headers: { ...request.headers, 'content-type': 'application/json' },
        }),
    ],
    [
      1,
      () =>
        Object.assign(request, {
          body: JSON.stringify({ query: mangle(g, document), variables: chance(g, 50) ? wrongType(g) : variables }),
          headers: { ...request.headers, 'content-type': 'application/json' },
        }),
    ],
  ])
  if (mutation && request.method === 'POST') {
    request.write = { kind: 'graphql', roots: roots.filter((root) => root.action !== 'other').map(({ field: _field, ...root }) => root) }
  }
  return request
}

/** `where` nested `levels` ANDs deep, as a variable; written as text (deeper than `JSON.stringify` goes). */
function deepWhereVariables(list: string, levels: number): string {
  const type = `${list.replace(/s$/, '')}_where`
  const query = `query Deep($w: ${type}) { ${list}(where: $w) { docs { id } } }`
  return `{"query":${JSON.stringify(query)},"variables":{"w":${'{"AND":['.repeat(levels)}{}${']}'.repeat(levels)}}}`
}

/** Breaks a document: truncation, stray braces, unknown fields, directive and comment noise. */
function mangle(g: G, document: string): string {
  return weighted(g, [
    [2, () => document.slice(0, count(g, document.length))],
    [1, () => `${document}}`],
    [1, () => document.replace('{', '{ unknownField ')],
    [1, () => document.replace('{', '{ __typename @skip(if: "x") ')],
    [1, () => `# ${anyString(g)}\n${document}`],
    [1, () => `${document} ${document}`],
    [1, () => anyString(g)],
    [1, () => `{${'{'.repeat(500)}`],
  ])
}

class OperationBuilder {
  private readonly variables: Record<string, unknown> = {}
  private readonly declarations: string[] = []
  private readonly fragments: string[] = []
  /** Set when `logoutUser`/`refreshTokenUser` is called: the request then uses a spare session. */
  usesSession = false

  constructor(
    private readonly g: G,
    private readonly ctx: GraphQLContext,
    private readonly role: string,
  ) {}

  build(mutation: boolean): { document: string; variables: Record<string, unknown>; roots: (GraphQLRoot & { field: string })[] } {
    const { g } = this
    const rootType = mutation ? this.ctx.schema.getMutationType()! : this.ctx.schema.getQueryType()!
    const fields = Object.values(rootType.getFields())
    const roots: (GraphQLRoot & { field: string })[] = []
    const selections: string[] = []
    const hostileAliases = chance(g, 1)
    const rootCount = hostileAliases ? pick(g, [50, 300]) : 1 + count(g, 2)
    const repeated = hostileAliases ? pick(g, fields) : undefined
    for (let i = 0; i < rootCount; i++) {
      const field = repeated ?? pick(g, fields)
      const alias = hostileAliases || i > 0 || chance(g, 15) ? `a${i}` : undefined
      const { text, id, locale } = this.field(field, 0, mutation)
      selections.push(alias ? `${alias}: ${text}` : text)
      const match = MUTATION.exec(field.name)
      if (['logoutUser', 'refreshTokenUser'].includes(field.name)) this.usesSession = true
      roots.push({
        key: alias ?? field.name,
        field: field.name,
        action: mutation && match ? (match[1] as GraphQLRoot['action']) : 'other',
        collection: match ? this.ctx.collectionOfType.get(match[2]) : undefined,
        id,
        locale,
      })
    }
    const name = chance(g, 30) ? ` Op${count(g, 9)}` : ''
    const vars = this.declarations.length ? `(${this.declarations.join(', ')})` : ''
    const head = mutation || vars || name ? `${mutation ? 'mutation' : 'query'}${name}${vars} ` : ''
    const document = `${head}{ ${selections.join(' ')} }${this.fragments.map((fragment) => `\n${fragment}`).join('')}`
    return { document, variables: this.variables, roots }
  }

  /** A field with arguments and, for object types, a selection set. */
  private field(
    field: GraphQLField<unknown, unknown>,
    depth: number,
    mutationRoot = false,
  ): { text: string; id?: string; locale?: string } {
    const { g } = this
    let id: string | undefined
    let locale: string | undefined
    const args: string[] = []
    for (const arg of field.args) {
      const required = isNonNullType(arg.type)
      if (!(required ? chance(g, 97) : chance(g, 35))) continue
      const value = this.argumentValue(field, arg, depth === 0 && mutationRoot)
      if (arg.name === 'id' && typeof value === 'string') id = value
      if (arg.name === 'locale' && typeof value === 'string') locale = value
      args.push(`${arg.name}: ${this.literalOrVariable(arg.type, value)}`)
    }
    if (chance(g, 2)) args.push(`${pick(g, ['unknownArg', 'overrideAccess', 'depth'])}: ${pick(g, ['true', '1', '"x"'])}`)
    const named = namedType(field.type)
    const selection =
      isObjectType(named) || isInterfaceType(named) || isUnionType(named) ? ` ${this.selectionSet(named, depth + 1, mutationRoot)}` : ''
    return { text: `${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection}`, id, locale }
  }

  /** Sub-fields of an object type, sometimes through fragments; ids always asked of mutation results. */
  private selectionSet(type: GraphQLNamedType, depth: number, wantId: boolean): string {
    const { g } = this
    if (isUnionType(type)) {
      const members = type.getTypes()
      return `{ __typename ${members
        .filter(() => chance(g, 60))
        .map((member) => `... on ${member.name} ${this.selectionSet(member, depth, wantId)}`)
        .join(' ')} }`
    }
    const object = type as GraphQLObjectType
    const fields = Object.values(object.getFields())
    const maxDepth = chance(g, 4) ? 14 : 4
    const scalars = fields.filter((field) => !hasSelection(field))
    const nested = fields.filter(hasSelection)
    const chosen = new Set<GraphQLField<unknown, unknown>>()
    if (wantId && object.getFields().id) chosen.add(object.getFields().id)
    for (let i = 0; i <= count(g, 3); i++) if (scalars.length) chosen.add(pick(g, scalars))
    if (depth < maxDepth) for (let i = 0; i < count(g, 2); i++) if (nested.length) chosen.add(pick(g, nested))
    if (!chosen.size) return '{ __typename }'
    const parts = [...chosen].map((field) => {
      const text = this.field(field, depth).text
      return chance(g, 5) ? `x${count(g, 99)}: ${text}` : text
    })
    if (chance(g, 5)) parts.push(pick(g, ['__typename', 'doesNotExist', '__schema { types { name } }']))
    if (chance(g, 10)) {
      const name = `F${this.fragments.length}`
      this.fragments.push(`fragment ${name} on ${object.name} { ${parts.join(' ')} }`)
      return `{ ...${name}${wantId && object.getFields().id ? ' id' : ''} }`
    }
    if (chance(g, 5)) return `{ ... on ${object.name} { ${parts.join(' ')} } }`
    return `{ ${parts.join(' ')} }`
  }

  /** A JS value for an argument (ids from the world for `id`, inputs built from their types). */
  private argumentValue(field: GraphQLField<unknown, unknown>, arg: GraphQLArgument, mutationRoot: boolean): unknown {
    const { g, ctx } = this
    if (arg.name === 'id' && chance(g, 90)) {
      const match = /^(?:create|update|delete|duplicate|restoreVersion|version|docAccess|unlock)?(.+?)s?$/.exec(field.name)
      const collection = ctx.collectionOfType.get(match?.[1] ?? '') ?? ctx.collectionOfType.get(field.name)
      if (field.name.startsWith('restoreVersion') || field.name.startsWith('version')) return strayId(g)
      if (collection === 'webhooks') return ctx.rest.world.webhookIds[0]
      if (collection) return docId(g, ctx.rest, collection, mutationRoot ? 'write' : 'read', this.role as never)
      return chance(g, 50) ? anyKnownId(g, ctx.rest.world) : strayId(g)
    }
    return this.inputValue(arg.type, arg.name, 0)
  }

  private inputValue(type: GraphQLInputType, name: string, depth: number): unknown {
    const { g, ctx } = this
    if (chance(g, 4)) return wrongType(g)
    if (isNonNullType(type)) return this.inputValue(type.ofType, name, depth)
    if (isListType(type)) return depth > 6 ? [] : Array.from({ length: count(g, 3) }, () => this.inputValue(type.ofType, name, depth + 1))
    if (isEnumType(type)) return chance(g, 90) ? { enum: pick(g, type.getValues()).name } : { enum: pick(g, ['nope', 'ADMIN', 'null']) }
    if (isInputObjectType(type)) {
      const maxDepth = chance(g, 3) ? 12 : 4
      if (depth > maxDepth) return {}
      const out: Record<string, unknown> = {}
      const fields = Object.values(type.getFields())
      for (const child of fields) {
        const required = isNonNullType(child.type)
        if (required ? chance(g, 95) : chance(g, fields.length > 12 ? 8 : 30))
          out[child.name] = this.inputValue(child.type, child.name, depth + 1)
      }
      if ((type.name.endsWith('_where') || type.name.endsWith('_where_and') || type.name.endsWith('_where_or')) && chance(g, 4)) {
        // Very deep AND nesting, as through variables.
        let nested: Record<string, unknown> = {}
        for (let i = 0; i < pick(g, [20, 100, 1_000]); i++) nested = { AND: [nested] }
        return nested
      }
      return out
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'Int':
          return chance(g, 80) ? g(fc.integer, { min: -2, max: 200 }) : pick(g, [2 ** 31, -(2 ** 31) - 1, 1e6, 0])
        case 'Float':
          return anyNumber(g)
        case 'Boolean':
          return chance(g, 90) ? pick(g, [true, false]) : 'true'
        case 'DateTime':
          return dateString(g)
        case 'EmailAddress':
          return pick(g, ['admin@rtes.test', 'x@y', 'not-an-email', 'fuzz@fuzz.test'])
        case 'JSON':
        case 'JSONObject':
          return chance(g, 80) ? { root: { type: 'root', children: [], direction: null, format: '', indent: 0, version: 1 } } : deepNest(g)
        default:
          if (/^(kit|themes|territories|partners|file|cover|logo|relatedFiches|relatedKits|organisers|parent|webhook|user)$/.test(name))
            return anyKnownId(g, ctx.rest.world)
          if (/slug/.test(name) && chance(g, 50)) return pick(g, ctx.rest.world.slugs)
          if (/At$|date|start|end/i.test(name)) return dateString(g)
          if (name === 'sort') return pick(g, ['title', '-kit.title', 'kit.visibility', '-createdAt', 'nope', ''])
          return chance(g, 50) ? `Fuzz ${count(g, 999)}` : anyString(g)
      }
    }
    return null
  }

  /** The value inline (as a GraphQL literal) or as a variable of the argument's type. */
  private literalOrVariable(type: GraphQLInputType, value: unknown): string {
    const { g } = this
    // Values nested deeper than a literal should be written go as variables, as they are (plain JSON).
    const deep = nesting(value, 100) >= 100
    if (deep || chance(g, 30)) {
      const name = `v${this.declarations.length}`
      this.declarations.push(`$${name}: ${chance(g, 95) ? String(type) : pick(g, ['String', 'Int!', '[String]', 'Nope'])}`)
      this.variables[name] = deep ? value : toJson(value)
      return `$${name}`
    }
    return literal(value)
  }
}

const namedType = (type: unknown): GraphQLNamedType => {
  let current = type as { ofType?: unknown }
  while (current.ofType) current = current.ofType
  return current as unknown as GraphQLNamedType
}

const hasSelection = (field: GraphQLField<unknown, unknown>) => {
  const named = namedType(field.type)
  return isObjectType(named) || isInterfaceType(named) || isUnionType(named)
}

/** A GraphQL literal for a JS value (`{ enum: 'x' }` stands for an enum value). */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (Object.keys(record).length === 1 && typeof record.enum === 'string') return record.enum
    return `{ ${Object.entries(record)
      .map(([key, item]) => `${/^[_A-Za-z][_0-9A-Za-z]*$/.test(key) ? key : 'badKey'}: ${literal(item)}`)
      .join(', ')} }`
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0'
  if (typeof value === 'string') return JSON.stringify(value)
  return String(value)
}

/** Variables are JSON: enum markers become their names. */
function toJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toJson)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (Object.keys(record).length === 1 && typeof record.enum === 'string') return record.enum
    return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, toJson(item)]))
  }
  return value
}
