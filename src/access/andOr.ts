import type { CollectionBeforeOperationHook, Where } from 'payload'
import { isNestedRelationshipQuery } from 'payload/shared'

/**
 * Payload's database adapters read `and` and `or` at one level of a `where` as alternatives: on SQLite
 * `{ and: [a, b], or: [c, d] }` keeps only the last of the two (a partner got 50 results instead of 4),
 * and on MongoDB they are merged with the field conditions of that level in an order-dependent way. So
 * every level that holds more than one of `and`, `or` and field conditions is rewritten as a single `and`
 * of its parts — what the query means — before Payload validates and runs it. Keys are matched without
 * case, as Payload does (GraphQL sends `AND` / `OR`).
 */
export function combineAndOr(where: Where): Where {
  const parts: Where[] = []
  const fields: Record<string, unknown> = {}
  let combinators = 0
  for (const [key, value] of Object.entries(where)) {
    const combinator = key.toLowerCase()
    if ((combinator === 'and' || combinator === 'or') && Array.isArray(value)) {
      combinators++
      const items = value.map((item: unknown) => (isWhere(item) ? combineAndOr(item) : item)) as Where[]
      if (combinator === 'and') parts.push(...items)
      else parts.push({ or: items })
    } else fields[key] = isWhere(value) ? nestedQueries(value) : value
  }
  const hasFields = Object.keys(fields).length > 0
  if (combinators === 0) return fields as Where
  if (combinators === 1 && !hasFields) return parts.length === 1 && 'or' in parts[0] ? parts[0] : { and: parts }
  return { and: [...(hasFields ? [fields as Where] : []), ...parts] }
}

/** A path's operators, with nested relationship queries (`contains: { … }`) combined the same way. */
function nestedQueries(operators: Where): Where {
  const out: Record<string, unknown> = {}
  for (const [operator, value] of Object.entries(operators)) {
    out[operator] = operator === 'contains' && isNestedRelationshipQuery(value) ? combineAndOr(value) : value
  }
  return out as Where
}

const isWhere = (value: unknown): value is Where => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Applies `combineAndOr` to every operation's `where`, and to the `where` of its joins. */
export const combineAndOrHook: CollectionBeforeOperationHook = ({ args }) => {
  const query = args as { where?: unknown; joins?: unknown }
  const next: Record<string, unknown> = { ...args }
  if (isWhere(query.where)) next.where = combineAndOr(query.where)
  if (isWhere(query.joins)) {
    next.joins = Object.fromEntries(
      Object.entries(query.joins).map(([path, join]) => [
        path,
        isWhere(join) && isWhere(join.where) ? { ...join, where: combineAndOr(join.where as Where) } : join,
      ]),
    )
  }
  return next as typeof args
}
