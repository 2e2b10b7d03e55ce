/**
 * `where` filters the database adapter cannot run are refused with a 400 naming the filter, before
 * the query is built. Payload checks that a path exists and that an operator is one of its own, not
 * that the operator fits the field or the value fits the operator: `where[title][near]=abc`,
 * `where[firstPublishedAt][greater_than]=notadate`, a list given to a one-value operator
 * (`where[title][contains][0]=a&where[title][contains][1]=b`) or an object to a list operator
 * (`where[id][not_in][toString]=x`) used to reach the database and fail with a 500.
 * The hook runs for every operation that takes a `where` (REST, GraphQL, Local API alike: find, count,
 * versions, bulk update and delete), including the `where` of REST `joins`.
 */
import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type CollectionSlug,
  type FlattenedField,
  type Payload,
  type Where,
} from 'payload'

import { isIsoDate } from '../fields/dates'

const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const DATE_OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const BOOLEANS: unknown[] = [true, false, 'true', 'false']

type Scalar = string | number | boolean | null
const isScalar = (value: unknown): value is Scalar =>
  value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export class InvalidWhereError extends APIError {
  constructor(problems: { path: string; message: string }[]) {
    super(
      `Filtre invalide (invalid where filter): ${problems.map(({ path, message }) => `${path}: ${message}`).join(' ; ')}`,
      400,
      { errors: problems },
      true,
    )
  }
}

/** What is wrong with `operator` and `value` on `field`, or undefined when the adapter can run it. */
export function whereProblem(field: FlattenedField | undefined, operator: string, value: unknown, database: string): string | undefined {
  if (GEO_OPERATORS.has(operator) && field?.type !== 'point') {
    return `l’opérateur « ${operator} » ne s’applique qu’aux champs géographiques (the ${operator} operator only applies to point fields)`
  }
  const shape = shapeProblem(field, operator, value)
  if (shape) return shape
  if (operator === 'all' && database !== 'mongoose') {
    return 'l’opérateur « all » n’est pas disponible sur cette base ; utiliser « in » (the all operator is not supported by this database; use in)'
  }
  if (field?.type === 'date') {
    if (!DATE_OPERATORS.has(operator)) {
      return `une date se compare avec equals, in, greater_than, less_than… pas avec « ${operator} » (dates cannot be filtered with ${operator})`
    }
    if (operator !== 'exists' && !listOf(operator, value).every(isIsoDate)) {
      return 'date attendue au format ISO 8601, AAAA-MM-JJ ou AAAA-MM-JJTHH:MM:SSZ (expected an ISO 8601 date, YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)'
    }
  }
  if ((field?.type === 'relationship' || field?.type === 'upload') && LIST_OPERATORS.has(operator)) {
    if (listOf(operator, value).some((item) => item === null || item === 'null' || item === '')) {
      return 'un identifiant vide ne désigne aucun document ; utiliser exists=false (an empty id matches nothing; use exists=false)'
    }
  }
  return undefined
}

/**
 * What is wrong with the form of `value` for `operator` (the database binds single values only): one
 * value for comparisons, a value or a list of values for in/not_in/all, true or false for exists.
 * Lists and objects are accepted only where Payload turns them into a query of its own.
 */
function shapeProblem(field: FlattenedField | undefined, operator: string, value: unknown): string | undefined {
  if (field?.type === 'point') return undefined // coordinates and GeoJSON: Payload reads these itself
  if (operator === 'exists') {
    return BOOLEANS.includes(value) ? undefined : `true ou false attendu (the exists operator takes true or false, got ${describe(value)})`
  }
  if (LIST_OPERATORS.has(operator)) {
    if (isScalar(value) || (Array.isArray(value) && value.every(isScalar))) return undefined
    return `une valeur ou une liste de valeurs attendue (the ${operator} operator takes a value or a list of values, got ${describe(value)})`
  }
  if (isScalar(value)) return undefined
  if (Array.isArray(value) && value.every(isScalar) && takesList(field, operator)) return undefined
  if (isPlainObject(value) && (nestedWhereTarget(field, operator, value) || isPolymorphicValue(field, operator, value))) return undefined
  return `une seule valeur attendue (the ${operator} operator takes a single value, got ${describe(value)})`
}

/** One-value operators that Payload also runs with a list: relationship equals (as in), hasMany text/number contains. */
function takesList(field: FlattenedField | undefined, operator: string): boolean {
  if (field?.type === 'relationship' || field?.type === 'upload') return operator === 'equals' || operator === 'not_equals'
  return operator === 'contains' && (field?.type === 'text' || field?.type === 'number') && Boolean(field.hasMany)
}

/** `contains` with a nested `where` on a hasMany relationship or a join: the collection it applies to. */
function nestedWhereTarget(field: FlattenedField | undefined, operator: string, value: unknown): string | undefined {
  if (operator !== 'contains' || !isPlainObject(value) || !field) return undefined
  if (field.type === 'join') return typeof field.collection === 'string' ? field.collection : undefined
  if ((field.type === 'relationship' || field.type === 'upload') && field.hasMany && typeof field.relationTo === 'string')
    return field.relationTo
  return undefined
}

/** `{ relationTo, value }` for equals on a relationship to several collections. */
function isPolymorphicValue(field: FlattenedField | undefined, operator: string, value: Record<string, unknown>): boolean {
  return (
    (field?.type === 'relationship' || field?.type === 'upload') &&
    Array.isArray(field.relationTo) &&
    operator === 'equals' &&
    typeof value.relationTo === 'string' &&
    isScalar(value.value)
  )
}

const describe = (value: unknown): string =>
  Array.isArray(value)
    ? value.every(isScalar)
      ? 'a list'
      : 'a list holding lists or objects'
    : isPlainObject(value)
      ? 'an object'
      : value === undefined
        ? 'nothing'
        : JSON.stringify(value).slice(0, 40)

/** The values of a list operator (an array, or comma-separated in a query string), else the value itself. */
function listOf(operator: string, value: unknown): unknown[] {
  if (!LIST_OPERATORS.has(operator)) return [value]
  if (Array.isArray(value)) return value
  return typeof value === 'string' ? value.split(',') : [value]
}

/** The field a dotted path names, following groups, arrays and (single-collection) relationships. */
function resolvePath(payload: Payload, fields: FlattenedField[], path: string): FlattenedField | undefined {
  let current: FlattenedField[] | undefined = fields
  let field: FlattenedField | undefined
  for (const segment of path.split('.')) {
    field = current?.find((candidate) => candidate.name === segment)
    if (!field) return undefined
    current =
      'flattenedFields' in field
        ? field.flattenedFields
        : (field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string'
          ? payload.collections[field.relationTo]?.config.flattenedFields
          : undefined
  }
  return field
}

type Problem = { path: string; message: string }

function problems(payload: Payload, fields: FlattenedField[], where: Where, prefix = 'where', versions = false): Problem[] {
  const found: Problem[] = []
  for (const [key, constraint] of Object.entries(where ?? {})) {
    // Payload reads `and`/`or` whatever their case.
    if (/^(and|or)$/i.test(key)) {
      if (!Array.isArray(constraint)) {
        found.push({
          path: `${prefix}[${key}]`,
          message: `une liste de conditions attendue (${key} takes a list of conditions: ${prefix}[${key}][0][field][operator]=…)`,
        })
        continue
      }
      constraint.forEach((item, index) => {
        const path = `${prefix}[${key}][${index}]`
        if (isPlainObject(item)) found.push(...problems(payload, fields, item, path, versions))
        else
          found.push({
            path,
            message: `une condition attendue (each item of ${key} is an object of conditions: ${path}[field][operator]=…)`,
          })
      })
      continue
    }
    if (!constraint || typeof constraint !== 'object' || Array.isArray(constraint)) continue // Payload answers these
    if (versions && key === 'version') {
      // The group holding the document's fields, as a whole: Payload accepts the path, the adapter fails (500).
      found.push({
        path: `${prefix}[${key}]`,
        message: 'nommer un champ de la version, par exemple version.title (filter on a field of the version, e.g. version.title)',
      })
      continue
    }
    // Version queries name fields under `version.`.
    const field = resolvePath(payload, fields, key) ?? resolvePath(payload, fields, key.replace(/^version\./, ''))
    for (const [operator, value] of Object.entries(constraint)) {
      const path = `${prefix}[${key}][${operator}]`
      const nested = nestedWhereTarget(field, operator, value)
      const related = nested && payload.collections[nested as CollectionSlug]?.config.flattenedFields
      if (related) {
        found.push(...problems(payload, related, value as Where, path))
        continue
      }
      const message = whereProblem(field, operator, value, payload.db.name)
      if (message) found.push({ path, message })
    }
  }
  return found
}

/** The `where` of each join (`joins[<join field>][where]`, REST), checked against the joined collection. */
function joinProblems(payload: Payload, fields: FlattenedField[], joins: unknown): Problem[] {
  if (!isPlainObject(joins)) return []
  return Object.entries(joins).flatMap(([name, join]) => {
    const where = isPlainObject(join) ? join.where : undefined
    if (!isPlainObject(where)) return []
    const field = resolvePath(payload, fields, name)
    const target = field?.type === 'join' && typeof field.collection === 'string' ? payload.collections[field.collection] : undefined
    return target ? problems(payload, target.config.flattenedFields, where as Where, `joins[${name}][where]`) : []
  })
}

/** Problems of the `where` and `joins[…][where]` of a query on a collection with these fields. */
function queryProblems(
  payload: Payload,
  fields: FlattenedField[],
  { where, joins }: { where?: unknown; joins?: unknown },
  versions = false,
): Problem[] {
  return [
    ...(isPlainObject(where) ? problems(payload, fields, where as Where, 'where', versions) : []),
    ...joinProblems(payload, fields, joins),
  ]
}

export const validateWhere: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const found = queryProblems(req.payload, collection.flattenedFields, args as { where?: unknown; joins?: unknown })
  if (found.length) throw new InvalidWhereError(found)
  return args
}

/**
 * The same check for a REST query string (`where`, `joins`, as Payload parses them) on any collection,
 * Payload's own included (preferences, locked documents, jobs), which the hook above does not reach.
 */
export function invalidRestWhere(
  payload: Payload,
  collection: string,
  query: Record<string, unknown>,
  { versions = false }: { versions?: boolean } = {},
): InvalidWhereError | null {
  const config = payload.collections[collection as CollectionSlug]?.config
  if (!config) return null
  let where = query.where
  if (typeof where === 'string') {
    try {
      where = JSON.parse(where)
    } catch {
      return null // refused earlier (src/server/queryLimits.ts)
    }
  }
  const found = queryProblems(payload, config.flattenedFields, { where, joins: query.joins }, versions)
  return found.length ? new InvalidWhereError(found) : null
}

/** Adds `validateWhere` in front of every collection's own beforeOperation hooks. */
export function withWhereValidation(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [validateWhere, ...(collection.hooks?.beforeOperation ?? [])] },
  }))
}
