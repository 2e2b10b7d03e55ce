import { stringify } from 'qs-esm'

/**
 * Query strings as Payload parses them (with `qs`): nested brackets for `where` and `select`
 * (`where[or][0][title][like]=x`), indexed arrays (`where[id][in][0]=a`), dates as ISO strings, and
 * several sort keys comma-separated (`sort=series,-number`, the spec's form style). Undefined values are
 * left out.
 */
export function serializeQuery(query: Record<string, unknown>): string {
  const sort = Array.isArray(query.sort) ? { sort: query.sort.join(',') } : {}
  return stringify({ ...query, ...sort }, { encodeValuesOnly: true })
}
