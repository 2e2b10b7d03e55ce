import type { RequestHandler } from 'express'
import * as qs from 'qs-esm'

import { nestedDeeperThan } from '../utilities/jsonBody'
import { refuse } from './reply'

export interface QueryBounds {
  /** Largest `limit` (API_MAX_LIMIT), also for `joins[<field>][limit]`. */
  maxLimit: number
  /** Largest `depth` (API_MAX_DEPTH). */
  maxDepth: number
  /** Most conditions in one `where` (API_MAX_WHERE_CONDITIONS). */
  maxWhereConditions: number
}

/** Payload's own parsing of the query string (createPayloadRequest), so we judge what it will see. */
const QS_OPTIONS = { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true } as const
const MAX_PARAMETERS = 1000
const MAX_PAGE = 1_000_000

export const limitRange = (maxLimit: number) => `an integer from 1 to ${maxLimit} (API_MAX_LIMIT)`

/**
 * Checks the list parameters of a REST query string; returns what is wrong, or null. On reads, `limit=0`
 * and `pagination=false` without a `limit` (which make Payload return every document) are refused, as are values beyond
 * the bounds (a 400 saying the range rather than a silently shorter page); always, `depth` beyond its
 * bound, `where` clauses with too many conditions and keys nested deeper than Payload parses.
 */
export function checkQuery(search: string, bounds: QueryBounds, { read = true }: { read?: boolean } = {}): string | null {
  if (!search || search === '?') return null
  if (search.split('&').length > MAX_PARAMETERS) return `The query string has more than ${MAX_PARAMETERS} parameters.`
  const query = parseQuery(search)
  if (hasOverflow(query)) return `The query string nests brackets more than ${QS_OPTIONS.depth} levels deep.`

  const problems = [
    // Bulk updates and deletes (editors, from the admin) act on every match with `limit=0`.
    read ? integer('limit', query.limit, 1, bounds.maxLimit, limitRange(bounds.maxLimit)) : null,
    read ? integer('page', query.page, 1, MAX_PAGE, `a positive integer (at most ${MAX_PAGE})`) : null,
    // `pagination=false` skips counting `totalDocs` (the SDK's `iterate` uses it); without a `limit` Payload
    // would return every match, so it needs one.
    read && query.pagination !== undefined && query.pagination !== 'true' && !(query.pagination === 'false' && query.limit !== undefined)
      ? `\`pagination=false\` needs a \`limit\` (${limitRange(bounds.maxLimit)}): page through results with \`limit\` and \`page\`.`
      : null,
    integer('depth', query.depth, 0, bounds.maxDepth, `an integer from 0 to ${bounds.maxDepth} (API_MAX_DEPTH)`),
    where('where', query.where, bounds.maxWhereConditions),
    joins(query.joins, bounds),
  ]
  return problems.find(Boolean) ?? null
}

const parseQuery = (search: string) => qs.parse(search, QS_OPTIONS) as Record<string, unknown>

function integer(name: string, value: unknown, min: number, max: number, range: string): string | null {
  if (value === undefined) return null
  const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN
  if (number >= min && number <= max) return null
  return `\`${name}\` must be ${range} (got ${JSON.stringify(value)}).`
}

function joins(value: unknown, bounds: QueryBounds): string | null {
  if (value === undefined || value === 'false') return null
  if (!isObject(value)) return '`joins` must be an object keyed by join field (`joins[<field>][limit]=…`).'
  for (const [field, join] of Object.entries(value)) {
    if (join === 'false' || join === false) continue
    if (!isObject(join)) return `\`joins[${field}]\` must be "false" or an object (\`limit\`, \`page\`, \`sort\`, \`where\`).`
    const problem =
      integer(`joins[${field}][limit]`, join.limit, 1, bounds.maxLimit, limitRange(bounds.maxLimit)) ??
      integer(`joins[${field}][page]`, join.page, 1, MAX_PAGE, 'a positive integer') ??
      where(`joins[${field}][where]`, join.where, bounds.maxWhereConditions)
    if (problem) return problem
  }
  return null
}

/** `where` as brackets or as a JSON string (Payload accepts both); counts operator entries. */
function where(name: string, value: unknown, max: number): string | null {
  if (value === undefined) return null
  let clause = value
  if (typeof value === 'string') {
    try {
      clause = JSON.parse(value)
    } catch {
      return `\`${name}\` must be brackets (\`${name}[field][equals]=…\`) or a JSON object.`
    }
    if (nestedDeeperThan(clause, QS_OPTIONS.depth)) return `\`${name}\` nests more than ${QS_OPTIONS.depth} levels deep.`
  }
  if (!isObject(clause)) return `\`${name}\` must be an object of conditions (\`${name}[field][operator]=value\`).`
  const count = countConditions(clause)
  return count > max ? `\`${name}\` has ${count} conditions: at most ${max} are accepted (API_MAX_WHERE_CONDITIONS).` : null
}

function countConditions(clause: Record<string, unknown>): number {
  let count = 0
  for (const [key, value] of Object.entries(clause)) {
    if (/^(and|or)$/i.test(key)) {
      const parts = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : []
      for (const part of parts) count += isObject(part) ? countConditions(part) : 1
    } else {
      count += isObject(value) ? Math.max(1, Object.keys(value).length) : 1
    }
  }
  return count
}

/** Beyond its depth, qs keeps the rest of a key as one literal `[a][b]…` key. */
function hasOverflow(value: unknown): boolean {
  if (!isObject(value) && !Array.isArray(value)) return false
  return Object.entries(value).some(([key, child]) => key.startsWith('[') || hasOverflow(child))
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Checks the filters of a query on `collection`; answers with the error to send (Payload's error format), or null. */
export type WhereCheck = (
  collection: string,
  query: Record<string, unknown>,
  route: { versions: boolean },
) => { name: string; message: string; data?: unknown } | null

/**
 * Applies `checkQuery` to Payload's collection routes (`/api/<collection>…`), not to custom endpoints,
 * then `checkWhere` (src/query/where.ts) to their filters.
 */
export function queryLimits(api: string, collections: string[], bounds: QueryBounds, checkWhere?: WhereCheck): RequestHandler {
  const route = new RegExp(`^${api}/(${collections.map(escape).join('|')})(/versions)?(?:/|$)`)
  return (req, res, next) => {
    const at = req.originalUrl.indexOf('?')
    const match = at < 0 ? null : route.exec(req.path)
    const collection = match?.[1]
    if (!collection) return next()
    const search = req.originalUrl.slice(at)
    const problem = checkQuery(search, bounds, { read: req.method === 'GET' || req.method === 'HEAD' })
    if (problem) return refuse(res, 400, problem)
    const invalid = checkWhere?.(collection, parseQuery(search), { versions: Boolean(match?.[2]) })
    if (invalid)
      return void res
        .status(400)
        .set('Cache-Control', 'no-store')
        .json({ errors: [{ name: invalid.name, data: invalid.data, message: invalid.message }] })
    next()
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
