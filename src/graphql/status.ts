/**
 * One status for every GraphQL request refused before it runs. graphql-http answers validation errors
 * (unknown fields, GRAPHQL_MAX_DEPTH, GRAPHQL_MAX_COMPLEXITY…) with a 200 when the client accepts
 * `application/json` and a 400 when it accepts `application/graphql-response+json`, while our own checks
 * (query length, aliases, fragment expansion) answer 400: partners saw refusals as 200 or 400 depending on
 * their client. A refusal is an answer with `errors` and no `data` (graphql-js always sets `data` once an
 * operation ran, if only to null), and is now always a 400. Errors raised while running stay 200s with
 * `data`, as the GraphQL-over-HTTP spec requires.
 */
type Handler = (request: Request, context: never) => Promise<Response>

export function refusalsAsBadRequests<H extends Handler>(handler: H): H {
  const wrapped = async (request: Request, context: never): Promise<Response> => {
    const response = await handler(request, context)
    if (response.status !== 200 || !response.headers.get('content-type')?.includes('json')) return response
    const text = await response.text()
    let refused = false
    if (text.startsWith('{"errors":')) {
      try {
        refused = !('data' in (JSON.parse(text) as object))
      } catch {
        // not JSON after all: passed on as it is
      }
    }
    return new Response(text, {
      status: refused ? 400 : 200,
      statusText: refused ? 'Bad Request' : response.statusText,
      headers: response.headers,
    })
  }
  return wrapped as H
}
