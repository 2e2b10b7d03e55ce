import type { Request, Response } from 'express'
import type { Payload, TypedUser } from 'payload'

/**
 * Between Express and the Fetch handlers Payload exports (`handleEndpoints`, the GraphQL handler): the
 * request as a Fetch `Request` (URL against `serverURL`, same headers, the raw body when it has one), and
 * the Fetch `Response` written back to Express, cookies kept apart, HEAD without its body.
 */
export function toFetchRequest(req: Request, serverURL: string, init: { method?: string; body?: Buffer } = {}): globalThis.Request {
  return new globalThis.Request(new URL(req.originalUrl, serverURL || `http://${req.headers.host}`), {
    method: init.method ?? req.method,
    headers: fetchHeaders(req),
    body: init.body?.length ? new Uint8Array(init.body) : undefined,
  })
}

/** The request's headers as Fetch `Headers` (repeated ones joined). */
export function fetchHeaders(req: Request): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  return headers
}

/** The account behind the request (session cookie, JWT or API key), for Express routes that read as the caller. */
export async function requestUser(payload: Payload, req: Request): Promise<TypedUser | null> {
  return (await payload.auth({ headers: fetchHeaders(req) })).user
}

/** The request body, whole (its size was bounded from Content-Length before: src/server/bodyLimit.ts). */
export async function readBody(req: Request): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

export async function sendFetchResponse(req: Request, res: Response, response: globalThis.Response): Promise<void> {
  res.statusCode = response.status
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.setHeader('Set-Cookie', cookies)
  const body = Buffer.from(await response.arrayBuffer())
  res.setHeader('Content-Length', body.length)
  res.end(req.method === 'HEAD' ? undefined : body)
}
