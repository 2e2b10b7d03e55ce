import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
/** Auth endpoints that need no session: a stale cookie from another origin must not block them. */
const SESSIONLESS = /\/(login|first-register|forgot-password|reset-password|unlock|verify\/[^/]+)$/

/**
 * Payload ignores the session cookie of a request whose `Origin` is not in its CSRF allow-list (SERVER_URL,
 * CORS_ORIGINS, and in development the local addresses): the editor is treated as logged out and every save
 * gets a bare 403. This answers such writes first with a 403 that says why and what to change, and logs the
 * origin once.
 */
export function explainRefusedOrigins(payload: Payload): RequestHandler {
  const allowed = new Set(payload.config.csrf)
  const cookie = new RegExp(`(?:^|;\\s*)${payload.config.cookiePrefix}-token=`)
  const warned = new Set<string>()
  return (req, res, next) => {
    const origin = req.get('origin')
    if (!origin || allowed.has(origin) || SAFE_METHODS.has(req.method) || SESSIONLESS.test(req.path)) return next()
    if (!cookie.test(req.get('cookie') ?? '')) return next()
    const serverUrl = payload.config.serverURL
    if (!warned.has(origin)) {
      warned.add(origin)
      payload.logger.warn(
        `Refused logged-in writes from ${origin}: not an allowed origin (SERVER_URL=${serverUrl}; allowed: ` +
          `${[...allowed].join(', ')}). Set SERVER_URL to the address editors open, or add the origin to CORS_ORIGINS.`,
      )
    }
    // No comma in the message: the admin's toast would cut it into a list there.
    res.status(403).json({
      errors: [
        {
          message:
            `Enregistrement refusé : l'administration est ouverte à ${origin} mais SERVER_URL vaut ${serverUrl} ; ` +
            `ouvrez ${serverUrl}/admin ou ajoutez ${origin} à CORS_ORIGINS. (Logged-in writes from ${origin} are ` +
            `refused: it is neither SERVER_URL (${serverUrl}) nor listed in CORS_ORIGINS.)`,
        },
      ],
    })
  }
}
