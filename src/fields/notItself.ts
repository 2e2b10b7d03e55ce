import type { FilterOptions, Where } from 'payload'

/**
 * A relationship's `filterOptions` that leaves out the document itself (a territory is not its own parent,
 * a kit not its own previous edition), plus `where`. On create there is no id yet: a `not_equals:
 * undefined` there reached the database and refused every value with a 400.
 */
export const notItself =
  (where?: Where): FilterOptions =>
  ({ id }) => {
    const conditions: Where[] = [...(where ? [where] : []), ...(id ? [{ id: { not_equals: id } }] : [])]
    return conditions.length ? { and: conditions } : true
  }
