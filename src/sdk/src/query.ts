import { stringify } from 'qs-esm'

/**
 * Query strings as Payload parses them (with `qs`): nested brackets for `where` and `select`
 * (`where[or][0][title][like]=x`), indexed arrays (`where[id][in][0]=a`), dates as ISO strings.
 * Undefined values are left out.
 */
export const serializeQuery = (query: Record<string, unknown>): string => stringify(query, { encodeValuesOnly: true })
