import type { RequestHandler } from 'express'
import helmet from 'helmet'

/**
 * Helmet's defaults, minus the two that break Payload's admin: its Next pages use inline scripts and
 * styles (no CSP nonce support yet) and load cross-origin media previews.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: false,
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  })
}

/**
 * The admin is French by default: without the language cookie set from the account page, Payload would
 * follow the browser's Accept-Language. Editors can still switch to English in their account settings.
 */
export const frenchAdminByDefault: RequestHandler = (req, _res, next) => {
  if (req.path.startsWith('/admin') && !/(?:^|;\s*)payload-lng=/.test(req.headers.cookie ?? '')) {
    req.headers['accept-language'] = 'fr'
  }
  next()
}
