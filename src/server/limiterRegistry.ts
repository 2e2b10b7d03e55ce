import type { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible'

import type { Rate } from '../config/env'

/** One store-backed limiter and the rate it enforces (for the RateLimit-* headers and messages). */
export interface Limiter {
  limiter: RateLimiterAbstract
  rate: Rate
  /** Environment variable that sets it, named in refusals. */
  name: string
}

export interface Limiters {
  api: Limiter
  apiKey: Limiter
  auth: Limiter
  loginFailures: Limiter
  loginMinFailureMs: number
}

/**
 * The server creates the limiters once (src/server/rateLimit.ts) and registers them here. Payload's
 * hooks (login limits) run inside Next's own bundle of these modules, so the instance is shared through
 * a global symbol rather than a module variable; without a server (Local API, scripts) there is none.
 */
const KEY = Symbol.for('rtes.limiters')

export function registerLimiters(limiters: Limiters | undefined): void {
  ;(globalThis as { [KEY]?: Limiters })[KEY] = limiters
}

export function registeredLimiters(): Limiters | undefined {
  return (globalThis as { [KEY]?: Limiters })[KEY]
}

/** The header the server sets to the client's address (after `TRUST_PROXY`) for code behind Next. */
export const CLIENT_IP_HEADER = 'x-rtes-client-ip'

export type Outcome = { ok: true; res: RateLimiterRes } | { ok: false; res: RateLimiterRes } | { ok: 'error' }

/**
 * Spends one point. rate-limiter-flexible rejects with the limiter's state when the budget is spent,
 * or with an Error when its store fails (then the request goes through: a limiter outage must not
 * take the API down).
 */
export async function spend(limiter: RateLimiterAbstract, key: string): Promise<Outcome> {
  try {
    return { ok: true, res: await limiter.consume(key) }
  } catch (error) {
    const refused = typeof error === 'object' && error !== null && !(error instanceof Error) && 'msBeforeNext' in error
    return refused ? { ok: false, res: error as RateLimiterRes } : { ok: 'error' }
  }
}

/** `RateLimit-*` (IETF httpapi draft names) and, when refused, `Retry-After`. */
export function rateHeaders(rate: Rate, res: RateLimiterRes, refused: boolean): Record<string, string> {
  const reset = String(Math.max(1, Math.ceil(res.msBeforeNext / 1000)))
  return {
    'RateLimit-Limit': String(rate.points),
    'RateLimit-Remaining': String(Math.max(0, res.remainingPoints)),
    'RateLimit-Reset': reset,
    ...(refused ? { 'Retry-After': reset } : {}),
  }
}
