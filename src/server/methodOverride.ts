import type { Request, RequestHandler } from 'express'
import express from 'express'

import { refuse } from './reply'

const OVERRIDE_HEADERS = ['x-payload-http-method-override', 'x-http-method-override']
const FORM = 'application/x-www-form-urlencoded'

/**
 * Payload's admin reads related documents with `POST` + `X-Payload-HTTP-Method-Override: GET` and the
 * query string as a form-encoded body (relationship and upload fields: long id lists do not fit in a
 * URL). Such a request is turned into the GET it stands for, here, before any guard: the query bounds,
 * `where` checks, caching and access rules then apply to it exactly as to the GET, and the body guards
 * that refuse form-encoded writes (src/utilities/jsonBody.ts) never see it. The body is read with the
 * same size bound as any other (MAX_BODY_BYTES, 413 beyond).
 */
export function methodOverride(api: string, maxBodyBytes: number): RequestHandler[] {
  const readForm = express.text({ type: FORM, limit: maxBodyBytes })
  return [
    (req, res, next) => {
      if (!isOverride(req, api)) return next()
      readForm(req, res, (error?: { status?: number; message?: string }) => {
        if (!error) return next()
        const tooLarge = error.status === 413
        refuse(
          res,
          tooLarge ? 413 : 400,
          tooLarge ? `The form body is larger than ${maxBodyBytes} bytes (MAX_BODY_BYTES).` : `Unreadable form body: ${error.message}`,
        )
      })
    },
    (req, _res, next) => {
      if (!isOverride(req, api)) return next()
      const search = typeof req.body === 'string' ? req.body : ''
      const [path, query] = splitUrl(req.originalUrl)
      // Both: the routers below read `url`, the guards and Payload's request `originalUrl`.
      req.url = req.originalUrl = `${path}?${[query, search].filter(Boolean).join('&')}`
      req.method = 'GET'
      for (const name of [...OVERRIDE_HEADERS, 'content-type', 'content-length', 'transfer-encoding']) delete req.headers[name]
      req.body = undefined
      next()
    },
  ]
}

function isOverride(req: Request, api: string): boolean {
  return (
    req.method === 'POST' &&
    req.path.startsWith(`${api}/`) &&
    OVERRIDE_HEADERS.some((name) => req.headers[name] === 'GET') &&
    req.headers['content-type']?.split(';', 1)[0]?.trim().toLowerCase() === FORM
  )
}

function splitUrl(url: string): [string, string] {
  const at = url.indexOf('?')
  return at === -1 ? [url, ''] : [url.slice(0, at), url.slice(at + 1)]
}
