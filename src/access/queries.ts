import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  getLocalizedPaths,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  type Where,
} from 'payload'

import { isEditor } from './roles'

/**
 * Queries must not reveal what the reader may not read. Payload already narrows a `where` on a related
 * document's field (`where[kit.title]`) to the related documents the reader may read, but it sorts by
 * related fields (`sort=-kit.title`) over every document, and compares relationship ids with any operator
 * (`where[kit][greater_than]=8` finds the id of a hidden kit digit by digit). So, for everyone but
 * editors, on every read (REST, GraphQL, joins, counts):
 * - a sort through or onto a relationship, upload or join whose collection the reader may not read in
 *   full is refused (400); reference collections everyone reads (themes, territories) stay sortable;
 * - on such a relationship, a `where` may only name ids (`equals`, `not_equals`, `in`, `not_in`, `all`,
 *   `exists`), and nested queries (`contains: { title: … }`) are refused: dotted paths
 *   (`where[relatedFiches.title]`) are the scoped way to filter by related fields, through one such
 *   relationship at most (past it, Payload's narrowing fails);
 * - drafts are never read: `draft=true` is ignored (it also bypasses Payload's scoping of dotted paths).
 */
export const guardQuery: CollectionBeforeOperationHook = async ({ args, operation, req, collection: config }) => {
  if (operation !== 'read' && operation !== 'count' && operation !== 'readDistinct') return args
  const query = args as QueryArgs
  if (query.overrideAccess === true || isEditor(req)) return args
  for (const path of sortPaths(query.sort)) await checkSort(req, config, path, 'sort')
  if (typeof query.field === 'string') await checkSort(req, config, query.field, 'field')
  await checkWhere(req, config, query.where, 'where')
  if (query.joins && typeof query.joins === 'object') {
    for (const [path, join] of Object.entries(query.joins)) {
      const target = join ? joinedCollection(req, config, path) : undefined
      if (!join || !target) continue
      for (const sort of sortPaths(join.sort)) await checkSort(req, target, sort, `joins[${path}][sort]`)
      await checkWhere(req, target, join.where, `joins[${path}][where]`)
    }
  }
  return query.draft ? { ...args, draft: false } : args
}

/** What the read operations' arguments may hold (find, findByID, count, findDistinct). */
interface QueryArgs {
  overrideAccess?: boolean
  draft?: boolean
  sort?: unknown
  field?: unknown
  where?: Where
  joins?: Record<string, { sort?: unknown; where?: Where } | false> | false
}

/** Operators that compare a relationship with ids the caller already knows (no ordering, no pattern). */
const ID_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in', 'all', 'exists'])

/** A 400 whose message reaches the caller (a named class: Payload shows the message of named errors). */
class RefusedQuery extends APIError {
  constructor(message: string) {
    super(message, 400, undefined, true)
    this.name = 'RefusedQuery'
  }
}

const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .filter((path): path is string => typeof path === 'string' && path.trim() !== '')
    .map((path) => path.trim().replace(/^-/, '').replace(/__/g, '.'))

/** Whether the request's user may read every document of `slug` (its read access is `true`), per request. */
async function readsAll(req: PayloadRequest, slug: string): Promise<boolean> {
  const cache = (req.context.readsAll ??= {}) as Record<string, boolean>
  if (!(slug in cache)) {
    const read = req.payload.collections[slug as CollectionSlug]?.config.access.read
    cache[slug] = Boolean(read) && (await read({ req })) === true
  }
  return cache[slug]
}

interface Step {
  /** The dotted path up to and including this segment, as the caller wrote it. */
  path: string
  /** The collection this segment's field belongs to. */
  collection: string
  /** Where the field leads when it is a relationship, upload or join. */
  leadsTo: string[]
}

/** The fields a path walks through; undefined when Payload cannot resolve it (Payload then answers). */
function resolve(req: PayloadRequest, config: SanitizedCollectionConfig, path: string): Step[] | undefined {
  let paths
  try {
    paths = getLocalizedPaths({
      collectionSlug: config.slug,
      fields: config.flattenedFields,
      incomingPath: path,
      locale: req.locale ?? undefined,
      overrideAccess: true,
      payload: req.payload,
    })
  } catch {
    return undefined
  }
  if (paths.some(({ invalid, field }) => invalid || !field)) return undefined
  // `kit.id` compares the relationship's own value, as `kit` does (Payload rewrites it so).
  if (paths.length > 1 && paths.at(-1)!.path === 'id') paths.pop()
  const segments = path.split('.')
  let consumed = 0
  return paths.map(({ collectionSlug, field, path: resolved }) => {
    consumed += resolved.split('.').filter((segment) => segment && !isLocale(req, segment)).length
    const leadsTo =
      field.type === 'join'
        ? [field.collection].flat()
        : field.type === 'relationship' || field.type === 'upload'
          ? [field.relationTo].flat()
          : []
    return { path: segments.slice(0, consumed).join('.'), collection: collectionSlug ?? config.slug, leadsTo: leadsTo.map(String) }
  })
}

const isLocale = (req: PayloadRequest, segment: string) =>
  Boolean(req.payload.config.localization && req.payload.config.localization.localeCodes.includes(segment))

/** The first relationship (or join) along the path that leads to documents the reader may not all read. */
async function firstHiddenHop(req: PayloadRequest, steps: Step[]): Promise<{ step: Step; collection: string } | undefined> {
  for (const step of steps) {
    for (const collection of step.leadsTo) if (!(await readsAll(req, collection))) return { step, collection }
  }
  return undefined
}

async function checkSort(req: PayloadRequest, config: SanitizedCollectionConfig, path: string, param: string): Promise<void> {
  const steps = resolve(req, config, path)
  const hidden = steps && (await firstHiddenHop(req, steps))
  if (!hidden) return
  throw new RefusedQuery(
    `\`${param}\` by "${path}" is not allowed: it orders by ${hidden.collection} (through "${hidden.step.path}"), ` +
      `some of which you may not read. Sort by this collection's own fields; filter with where[${path}] instead.`,
  )
}

async function checkWhere(req: PayloadRequest, config: SanitizedCollectionConfig, where: unknown, param: string): Promise<void> {
  if (!where || typeof where !== 'object') return
  for (const [key, condition] of Object.entries(where as Record<string, unknown>)) {
    if (key === 'and' || key === 'or') {
      for (const nested of Array.isArray(condition) ? condition : []) await checkWhere(req, config, nested, param)
      continue
    }
    const steps = resolve(req, config, key.replace(/__/g, '.'))
    const last = steps?.at(-1)
    if (!steps || !last || !condition || typeof condition !== 'object') continue
    // Paths through relationships are narrowed by Payload to readable documents, but past the first such
    // relationship its narrowing fails (500) or cannot be relied on: one crossing at most.
    const crossed: string[] = []
    for (const step of steps.slice(0, -1)) {
      for (const collection of step.leadsTo) if (!(await readsAll(req, collection))) crossed.push(`"${step.path}" (${collection})`)
    }
    if (crossed.length > 1) {
      throw new RefusedQuery(
        `\`${param}[${key}]\` is not allowed: it goes through ${crossed.join(' and ')}, documents you may not all read; ` +
          'a filter may go through one such relationship only.',
      )
    }
    // What remains is the relationship's own value: the ids of the related documents.
    let hidden: string | undefined
    for (const collection of last.leadsTo) if (!(await readsAll(req, collection))) hidden ??= collection
    if (!hidden) continue
    for (const [operator, operand] of Object.entries(condition as Record<string, unknown>)) {
      if (operand !== null && typeof operand === 'object' && !Array.isArray(operand)) {
        throw new RefusedQuery(
          `\`${param}[${key}][${operator}]\` with a nested query is not allowed: it would match ${hidden} you may not read. ` +
            `Use a dotted path instead (${param}[${key}.<field>]), which only matches documents you may read.`,
        )
      }
      if (!ID_OPERATORS.has(operator)) {
        throw new RefusedQuery(
          `\`${param}[${key}][${operator}]\` is not allowed: "${key}" holds ids of ${hidden}, some of which you may not read. ` +
            `Compare it with ids (${[...ID_OPERATORS].join(', ')}) or filter by a field of the related documents (${param}[${key}.<field>]).`,
        )
      }
    }
  }
}

/** The collection config behind a join field's path (`joins[<path>]`). */
function joinedCollection(req: PayloadRequest, config: SanitizedCollectionConfig, path: string): SanitizedCollectionConfig | undefined {
  const field = resolve(req, config, path)?.at(-1)
  const slug = field?.leadsTo.length === 1 ? field.leadsTo[0] : undefined
  return slug ? req.payload.collections[slug as CollectionSlug]?.config : undefined
}
