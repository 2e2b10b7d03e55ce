/**
 * `where` filters the database adapter cannot run are refused with a 400 naming the filter, before
 * the query is built. Payload checks that a path exists and that an operator is one of its own, not
 * that the operator fits the field or the value fits the type: `where[title][near]=abc` or
 * `where[firstPublishedAt][greater_than]=notadate` used to reach the database and fail with a 500.
 * The hook runs for every operation that takes a `where` (REST, GraphQL, Local API alike).
 */
import { APIError, type CollectionBeforeOperationHook, type CollectionConfig, type FlattenedField, type Payload, type Where } from 'payload'

import { isIsoDate } from '../fields/dates'

const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const DATE_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])

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

function problems(payload: Payload, fields: FlattenedField[], where: Where, prefix = 'where'): { path: string; message: string }[] {
  const found: { path: string; message: string }[] = []
  for (const [key, constraint] of Object.entries(where ?? {})) {
    if ((key === 'and' || key === 'or') && Array.isArray(constraint)) {
      constraint.forEach((item, index) => found.push(...problems(payload, fields, item as Where, `${prefix}[${key}][${index}]`)))
      continue
    }
    if (!constraint || typeof constraint !== 'object' || Array.isArray(constraint)) continue // Payload answers these
    // Version queries name fields under `version.`.
    const field = resolvePath(payload, fields, key) ?? resolvePath(payload, fields, key.replace(/^version\./, ''))
    for (const [operator, value] of Object.entries(constraint)) {
      const message = whereProblem(field, operator, value, payload.db.name)
      if (message) found.push({ path: `${prefix}[${key}][${operator}]`, message })
    }
  }
  return found
}

export const validateWhere: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const where = (args as { where?: Where }).where
  if (!where || typeof where !== 'object') return args
  const found = problems(req.payload, collection.flattenedFields, where)
  if (found.length) throw new InvalidWhereError(found)
  return args
}

/** Adds `validateWhere` in front of every collection's own beforeOperation hooks. */
export function withWhereValidation(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [validateWhere, ...(collection.hooks?.beforeOperation ?? [])] },
  }))
}
