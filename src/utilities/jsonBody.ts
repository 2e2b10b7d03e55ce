/**
 * Guards for the bodies of Payload's REST and GraphQL routes (Next's REST route file and the GraphQL
 * handler, src/graphql/handler.ts, call them first). Payload answers a body it cannot use with a 500
 * (JSON sent as `text/plain`, a `null` body, JSON nested thousands deep) or a 400 saying only "unknown
 * error": each gets a 4xx here that says what is wrong.
 * Sizes are bounded earlier, from Content-Length (src/server/bodyLimit.ts), so reading a copy is cheap.
 */

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT'])
/** The multipart content types Payload's parser takes (payload/dist/uploads/fetchAPI-multipart/isEligibleRequest.js). */
const MULTIPART = /multipart\/[\w'"()+,./:<=>?@[\\\]^-]+(?:; ?[\w'"()+,./:<=>?@[\\\]^-]*)+$/i
const parsableMultipart = (contentType: string) => contentType.includes('boundary=') && MULTIPART.test(contentType)

export interface BodyRules {
  /** Deepest nesting of objects and arrays (MAX_JSON_DEPTH). */
  maxJsonDepth: number
  /** A JSON body is required (GraphQL): no multipart, no empty body. */
  jsonOnly?: boolean
  /** Extra checks of the parsed object (GraphQL request shape); returns a ready answer or null. */
  check?: (body: Record<string, unknown>) => Response | null
}

export const badRequest = (message: string, status = 400): Response =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

/** A 4xx saying what is wrong with the request body, or null to go on. */
export async function rejectBadBody(request: Request, rules: BodyRules): Promise<Response | null> {
  if (!WRITE_METHODS.has(request.method)) return null
  const contentType = request.headers.get('content-type') ?? ''
  const mediaType = contentType.split(';', 1)[0].trim()
  if (mediaType === 'multipart/form-data' && !rules.jsonOnly) {
    // Payload's parser needs the boundary, or it fails with a 500 ("not eligible for file upload").
    return parsableMultipart(contentType)
      ? null
      : badRequest('A multipart/form-data body needs a boundary its parser can read: `Content-Type: multipart/form-data; boundary=…`.')
  }
  const text = await request.clone().text()
  if (rules.jsonOnly && !text.trim())
    return badRequest('Send a JSON body: {"query": "…", "variables": {…}}, with "Content-Type: application/json".')
  if (!text) return null
  // A blank JSON body is not JSON (Payload's GraphQL route let its "Invalid JSON" escape as a 500).
  if (!text.trim() && mediaType !== 'application/json') return null
  // Payload reads JSON only when the type is exactly `application/json`, and nothing otherwise.
  if (mediaType !== 'application/json') {
    return badRequest(
      `Send the body as JSON with "Content-Type: application/json"${rules.jsonOnly ? '' : ' (or multipart/form-data for uploads)'}; got ${contentType ? `"${contentType}"` : 'no Content-Type'}.`,
      415,
    )
  }
  if (textNestedDeeperThan(text, rules.maxJsonDepth)) {
    return badRequest(`The JSON body nests objects and arrays more than ${rules.maxJsonDepth} levels deep (MAX_JSON_DEPTH).`)
  }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (error) {
    return badRequest(`The request body is not valid JSON: ${(error as Error).message}`)
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return badRequest(
      `The JSON body must be an object, not ${body === null ? 'null' : Array.isArray(body) ? 'an array' : `a ${typeof body}`}.`,
    )
  }
  return rules.check?.(body as Record<string, unknown>) ?? null
}

/** Wraps a route handler so bad bodies are refused before it runs. */
export const withBodyGuard =
  <Args extends unknown[]>(handler: (request: Request, ...args: Args) => Promise<Response>, rules: BodyRules) =>
  async (request: Request, ...args: Args): Promise<Response> =>
    (await rejectBadBody(request, rules)) ?? handler(request, ...args)

/** Depth of JSON text without parsing it (brackets inside strings do not count). */
export function textNestedDeeperThan(text: string, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (inString) {
      if (char === 92 /* \ */) i++
      else if (char === 34 /* " */) inString = false
    } else if (char === 34) inString = true
    else if (char === 123 /* { */ || char === 91 /* [ */) {
      if (++depth > max) return true
    } else if (char === 125 /* } */ || char === 93 /* ] */) depth--
  }
  return false
}

/** Same for a parsed value; stops descending past `max`, so a deep value costs little. */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  if (typeof value !== 'object' || value === null) return false
  if (max <= 0) return true
  return Object.values(value).some((child) => nestedDeeperThan(child, max - 1))
}
