import { createHash } from 'node:crypto'

import { getOperationAST, parse } from 'graphql'
import { LRUCache } from 'lru-cache'

/**
 * GraphQL over GET, so that queries can be cached like REST reads (ETag, 304, CDNs; see
 * src/server/httpCache.ts). Payload answers POST only; this turns a GET into the same POST:
 *
 * - `GET /api/graphql?query=…&variables=<JSON>&operationName=…` (GraphQL over HTTP);
 * - persisted queries: `?id=<sha256 hex of the query>` or Apollo's automatic persisted queries
 *   (`extensions={"persistedQuery":{"version":1,"sha256Hash":"…"}}`). A hash sent with its query is
 *   remembered (checked, per server process); a hash alone that this process does not know is answered
 *   with the `PERSISTED_QUERY_NOT_FOUND` error, and the client sends the query along once.
 *
 * Only queries run over GET: a mutation is refused with 405 (`Allow: POST`), as the spec requires.
 */

/** Persisted queries kept per process (by total query length, in characters). */
const persisted = new LRUCache<string, string>({ maxSize: 5_000_000, sizeCalculation: (query) => query.length + 64 })

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-cache', ...headers } })
const error = (status: number, message: string, code?: string) =>
  json(status, { errors: [{ message, ...(code ? { extensions: { code } } : {}) }] })

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

function parseJson(name: string, value: string | null): { value?: unknown; error?: Response } {
  if (value === null || value === '') return {}
  try {
    return { value: JSON.parse(value) }
  } catch {
    return { error: error(400, `\`${name}\` must be JSON (URL-encoded): ${value.slice(0, 100)}`) }
  }
}

export function graphqlGet(post: (request: Request) => Promise<Response>): (request: Request) => Promise<Response> {
  return async (request) => {
    const params = new URL(request.url).searchParams
    const variables = parseJson('variables', params.get('variables'))
    const extensions = parseJson('extensions', params.get('extensions'))
    if (variables.error || extensions.error) return (variables.error ?? extensions.error)!
    const operationName = params.get('operationName') || undefined
    let query = params.get('query') || undefined
    const hash = (params.get('id') ?? (extensions.value as { persistedQuery?: { sha256Hash?: unknown } })?.persistedQuery?.sha256Hash) as
      string | undefined

    if (hash !== undefined) {
      if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/i.test(hash))
        return error(400, 'A persisted query id must be the SHA-256 of the query, in hexadecimal (64 characters).')
      if (query) {
        if (sha256(query) !== hash.toLowerCase())
          return error(400, 'The persisted query id is not the SHA-256 of the query sent with it.', 'PERSISTED_QUERY_HASH_MISMATCH')
        persisted.set(hash.toLowerCase(), query)
      } else {
        query = persisted.get(hash.toLowerCase())
        if (!query) return error(200, 'PersistedQueryNotFound', 'PERSISTED_QUERY_NOT_FOUND')
      }
    }
    if (!query) return error(400, 'A GET to /api/graphql needs a `query` (or the `id` of a persisted query).')

    try {
      const operation = getOperationAST(parse(query), operationName)
      if (operation && operation.operation !== 'query') {
        return json(
          405,
          { errors: [{ message: `Only queries may be sent with GET; send this ${operation.operation} with POST.` }] },
          { Allow: 'POST' },
        )
      }
    } catch {
      // A syntax error: Payload answers it as it does for POST.
    }

    const headers = new Headers(request.headers)
    headers.set('content-type', 'application/json')
    headers.delete('content-length')
    return post(
      new Request(request.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables: variables.value, operationName }),
      }),
    )
  }
}
