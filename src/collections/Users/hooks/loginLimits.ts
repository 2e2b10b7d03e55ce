import { pbkdf2 } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'

import {
  APIError,
  type AfterErrorHook,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { CLIENT_IP_HEADER, type Limiter, rateHeaders, registeredLimiters, spend } from '../../../server/limiterRegistry'

/**
 * Login hardening, for REST and GraphQL alike (the limiters come from the server, see
 * src/server/limiterRegistry.ts; without a server, e.g. the Local API, nothing is limited):
 *
 * - One client address may make at most RATE_LIMIT_LOGIN_FAILURES attempts on one account (default 4
 *   per 24 h) before it gets 429s. A point is spent *before* each attempt, so parallel attempts cannot
 *   slip past, and a successful login gives them back. With a budget below the account's
 *   `maxLoginAttempts` (5), a single address can never make Payload lock someone else's account; only
 *   several addresses together can (each also bounded by RATE_LIMIT_AUTH).
 * - Timing no longer tells existing accounts from unknown ones. Payload only hashes the password of an
 *   existing account (PBKDF2, 600,000 rounds: most of a failed login's time, and more under load), so an
 *   unknown account gets the same hash computed for nothing; then every failed login (wrong password,
 *   unknown or locked account) lasts at least LOGIN_MIN_FAILURE_MS.
 * - GraphQL's auth mutations also spend from the per-address RATE_LIMIT_AUTH budget (REST's auth
 *   routes spend it in the server, src/server/rateLimit.ts).
 */
const STARTED = 'rtesLoginStartedAt'
const UNKNOWN = 'rtesLoginUnknownAccount'
/** Payload 3.90's password hash (auth/strategies/local/generatePasswordSaltHash): PBKDF2-SHA256, 600,000 rounds, 32 bytes. */
const HASH = { iterations: 600_000, keyLength: 32 }
const GRAPHQL_AUTH_OPERATIONS = new Set(['login', 'forgotPassword', 'resetPassword', 'unlock'])

export const limitLogin: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const limiters = registeredLimiters()
  const ip = req.headers.get(CLIENT_IP_HEADER)
  if (!limiters || !ip) return args
  if (req.payloadAPI === 'GraphQL' && GRAPHQL_AUTH_OPERATIONS.has(operation)) await spendOrRefuse(req, limiters.auth, ip)
  if (operation !== 'login') return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (typeof email !== 'string' || !email.trim()) return args
  await spendOrRefuse(req, limiters.loginFailures, loginKey(ip, email))
  req.context[STARTED] = performance.now()
  const account = await req.payload.db.findOne({
    collection: collection.slug,
    req,
    where: { email: { equals: email.toLowerCase().trim() } },
  })
  if (!account) req.context[UNKNOWN] = true
  return args
}

/** A successful login gives the address its attempts on that account back. */
export const forgetLoginFailures: CollectionAfterOperationHook = async ({ args, operation, req, result }) => {
  const limiters = registeredLimiters()
  const ip = req.headers.get(CLIENT_IP_HEADER)
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (operation === 'login' && limiters && ip && typeof email === 'string') {
    await limiters.loginFailures.limiter.delete(loginKey(ip, email)).catch(() => undefined)
  }
  return result
}

/** Config-level afterError (runs for REST and GraphQL): failed logins last at least the minimum. */
export const padFailedLogin: AfterErrorHook = async ({ req }) => {
  const started = req.context?.[STARTED]
  if (typeof started !== 'number') return
  delete req.context[STARTED]
  if (req.context[UNKNOWN]) {
    delete req.context[UNKNOWN]
    await new Promise((resolve) => pbkdf2('not the password', 'no salt', HASH.iterations, HASH.keyLength, 'sha256', resolve))
  }
  const minimum = registeredLimiters()?.loginMinFailureMs ?? 0
  const remaining = minimum - (performance.now() - started)
  if (remaining > 0) await sleep(remaining)
}

const loginKey = (ip: string, email: string) => `${ip}|${email.toLowerCase().trim()}`

async function spendOrRefuse(req: PayloadRequest, { limiter, rate, name }: Limiter, key: string): Promise<void> {
  const outcome = await spend(limiter, key)
  if (outcome.ok !== false) return
  const headers = rateHeaders(rate, outcome.res, true)
  req.responseHeaders = new Headers({ ...Object.fromEntries(req.responseHeaders ?? []), ...headers })
  // With `data`, Payload's REST error format keeps the message (see formatErrors).
  const retryAfter = Number(headers['Retry-After'])
  throw new APIError(
    `Too many attempts from this address: at most ${rate.points} per ${rate.seconds} s (${name}). Retry in ${retryAfter} s.`,
    429,
    { retryAfter },
    true,
  )
}
