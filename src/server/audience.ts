import type { IncomingHttpHeaders } from 'node:http'

import { LRUCache } from 'lru-cache'
import type { Payload } from 'payload'

import { roleIn } from '../access/roles'

/**
 * Who a request reads as, for caching: `anonymous` (no credentials), `partner` (a partner's API key:
 * access rules give partners exactly what anonymous readers get), or `private` (any other session or
 * key: members, editors, admins, or credentials that did not check out).
 */
export type Audience = { kind: 'anonymous' } | { kind: 'partner'; id: string } | { kind: 'private' }

/** `<auth collection> API-Key <key>`: Payload's API-key header. */
const API_KEY_PREFIX = /^\S+ API-Key /i
/** Checked API keys are remembered this long (see `audienceResolver` for why that is safe). */
const API_KEY_TTL_MS = 60_000

/**
 * Resolves the audience of a request. Partner keys are checked with Payload (one indexed query) and the
 * result is remembered for a minute, keyed by the header: a stale "partner" only ever serves what
 * anonymous readers see anyway (never more), and anything else is treated as `private`, answered by
 * Payload itself with the caller's real access.
 */
export interface AudienceResolver {
  /** The audience, checking an unknown API key with Payload. */
  resolve: (headers: IncomingHttpHeaders) => Promise<Audience>
  /** The audience when it is known without a query (no key, or a key checked recently), else undefined. */
  known: (headers: IncomingHttpHeaders) => Audience | undefined
}

export function audienceResolver(payload: Payload): AudienceResolver {
  const cookieName = `${payload.config.cookiePrefix}-token`
  const keys = new LRUCache<string, Audience>({ max: 1_000, ttl: API_KEY_TTL_MS })

  const checkKey = async (authorization: string): Promise<Audience> => {
    try {
      const { user } = await payload.auth({ headers: new Headers({ authorization }) })
      return user && roleIn(payload.config, user) === 'partner' ? { kind: 'partner', id: String(user.id) } : { kind: 'private' }
    } catch {
      return { kind: 'private' }
    }
  }

  const known = (headers: IncomingHttpHeaders): Audience | undefined => {
    const { authorization, cookie } = headers
    if (cookie && cookie.includes(`${cookieName}=`)) return { kind: 'private' }
    if (!authorization) return { kind: 'anonymous' }
    if (!API_KEY_PREFIX.test(authorization)) return { kind: 'private' }
    return keys.get(authorization)
  }

  return {
    known,
    resolve: async (headers) => {
      const audience = known(headers)
      if (audience) return audience
      const checked = await checkKey(headers.authorization!)
      keys.set(headers.authorization!, checked)
      return checked
    },
  }
}
