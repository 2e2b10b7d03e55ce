/**
 * Payload answers a malformed JSON body with a bare 500 (GraphQL) or a 400 saying only "unknown
 * error" (REST). Route handlers call this first: a 400 that says what is wrong, or null to go on.
 */
export async function rejectMalformedJson(request: Request): Promise<Response | null> {
  if (!request.headers.get('content-type')?.includes('application/json')) return null
  const text = await request.clone().text()
  if (!text.trim()) return null
  try {
    JSON.parse(text)
    return null
  } catch (error) {
    return Response.json(
      { errors: [{ message: `The request body is not valid JSON: ${(error as Error).message}` }] },
      { status: 400 },
    )
  }
}

/** Wraps a route handler so malformed JSON bodies are refused before it runs. */
export const withJsonGuard =
  <Args extends unknown[]>(handler: (request: Request, ...args: Args) => Promise<Response>) =>
  async (request: Request, ...args: Args): Promise<Response> =>
    (await rejectMalformedJson(request)) ?? handler(request, ...args)
