import type { PayloadRequest } from 'payload'

/**
 * The named query parameters of a custom endpoint, each given at most once as a string (`?q=a&q=b` and
 * `?q[x]=1` are not strings), or the message naming the first one that is not.
 */
export function queryStrings<Name extends string>(
  req: PayloadRequest,
  names: readonly Name[],
): { values: Partial<Record<Name, string>> } | { problem: string } {
  const query = req.query ?? {}
  const values: Partial<Record<Name, string>> = {}
  for (const name of names) {
    const value = query[name]
    if (value === undefined) continue
    if (typeof value !== 'string') return { problem: `\`${name}\` must be given once, as a string.` }
    values[name] = value
  }
  return { values }
}
