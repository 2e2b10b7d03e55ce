import { createHash } from 'node:crypto'
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'

import type { Request, RequestHandler, Response } from 'express'
import type { Redis } from 'ioredis'
import ipaddr from 'ipaddr.js'
import proxyAddr from 'proxy-addr'
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract, type RateLimiterRes } from 'rate-limiter-flexible'

import type { Rate, RateLimits } from '../config/env'
import { memoized } from '../utilities/memoized'
import { CLIENT_IP_HEADER, type Limiter, type Limiters, rateHeaders, registerLimiters, spend } from './limiterRegistry'
import { refuse } from './reply'

/** Payload's auth routes that guess or spend something: strict per-address limit. */
const AUTH_ROUTES = ['login', 'forgot-password', 'first-register', 'unlock', 'reset-password']
const REDIS_CONNECT_TIMEOUT_MS = 5_000

interface Logger {
  info: (message: string) => void
  warn: (message: string) => void
}

/**
 * Builds the limiters (rate-limiter-flexible): in memory by default, in Redis when `REDIS_URL` is set,
 * so that several instances share one budget per client. Should Redis stop answering, each instance
 * falls back to its own in-memory limiter (`insuranceLimiter`) rather than refusing or letting all through.
 */
export async function createLimiters(
  rates: RateLimits,
  redisUrl: string | undefined,
  logger: Logger,
): Promise<{ limiters: Limiters; close: () => Promise<void> }> {
  let redis: Redis | undefined
  if (redisUrl) {
    const { Redis } = await import('ioredis')
    // No offline queue: a command while disconnected fails at once and the insurance limiter answers.
    redis = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true })
    redis.on('error', () => undefined) // reconnects on its own; the insurance limiter covers the gap
    const connected = await Promise.race([
      redis.connect().then(
        () => true,
        () => false,
      ),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), REDIS_CONNECT_TIMEOUT_MS).unref()),
    ])
    if (connected) logger.info('rate limits shared through Redis (REDIS_URL)')
    else logger.warn('REDIS_URL does not answer: rate limits are counted per instance until it does')
  }
  const build = (prefix: string, rate: Rate, name: string): Limiter => {
    const options = { keyPrefix: `rtes:rl:${prefix}`, points: rate.points, duration: rate.seconds }
    const limiter: RateLimiterAbstract = redis
      ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) })
      : new RateLimiterMemory(options)
    return { limiter, rate, name }
  }
  const limiters: Limiters = {
    api: build('api', rates.api, 'RATE_LIMIT_API'),
    apiKey: build('key', rates.api, 'RATE_LIMIT_API'),
    auth: build('auth', rates.auth, 'RATE_LIMIT_AUTH'),
    loginFailures: build('login', rates.loginFailures, 'RATE_LIMIT_LOGIN_FAILURES'),
    loginMinFailureMs: rates.loginMinFailureMs,
  }
  registerLimiters(limiters)
  return {
    limiters,
    close: async () => {
      registerLimiters(undefined)
      await redis?.quit().catch(() => undefined)
    },
  }
}

/**
 * The client's address as Express sees it (`TRUST_PROXY` decides whether X-Forwarded-For counts).
 * IPv6 clients are keyed by their /64: one subscriber usually holds a whole /64.
 */
export function clientAddress(req: Request): string {
  return addressKey(req.ip ?? req.socket.remoteAddress ?? 'unknown')
}

// Parsing an address costs more than the rest of a rate-limit check: each one is keyed once.
const addressKey = memoized(parseAddressKey, 10_000)

function parseAddressKey(raw: string): string {
  if (!ipaddr.isValid(raw)) return raw
  const address = ipaddr.process(raw)
  if (address.kind() === 'ipv4') return address.toString()
  const parts = (address as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16))
  return `${parts.join(':')}::/64`
}

const apiKeyOf = (headers: IncomingHttpHeaders): string | undefined => /^\S+ API-Key (\S+)$/i.exec(headers.authorization ?? '')?.[1]
const hash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22)

/**
 * Every request to the API and the feeds spends a point per client address, and one per API key when
 * it carries one (a forged key does not escape the address's budget). Payload's auth routes also
 * spend from a strict per-address budget. The answer carries the state of the tightest budget; a
 * refusal is a 429 with `Retry-After`. Also passes the client's address on to Payload's hooks.
 */
export function rateLimit(limiters: Limiters, { api, authCollections }: { api: string; authCollections: string[] }): RequestHandler {
  const limited = limitedPaths(api)
  const authRoute = new RegExp(`^${api}/(?:${authCollections.join('|')})/(?:${AUTH_ROUTES.join('|')})/?$`)
  return async (req, res, next) => {
    const ip = clientAddress(req)
    req.headers[CLIENT_IP_HEADER] = ip
    if (req.method === 'OPTIONS' || !limited.test(req.path)) return next()
    const verdict = await spendBudgets(limiters, ip, apiKeyOf(req.headers), req.method === 'POST' && authRoute.test(req.path))
    if ('refused' in verdict) return tooMany(res, verdict.refused.limiter, verdict.refused.res)
    res.set(verdict.headers)
    next()
  }
}

const limitedPaths = (api: string) => new RegExp(`^(?:${api}|/feeds)/`)

type Verdict = { headers: Record<string, string> } | { refused: { limiter: Limiter; res: RateLimiterRes } }

/** Spends a point from each budget the request draws on; the answer carries the tightest one's state. */
async function spendBudgets(limiters: Limiters, ip: string, apiKey: string | undefined, auth: boolean): Promise<Verdict> {
  const spending: [Limiter, string][] = [[limiters.api, ip]]
  if (apiKey) spending.push([limiters.apiKey, hash(apiKey)])
  if (auth) spending.push([limiters.auth, ip])
  let tightest: { limiter: Limiter; res: RateLimiterRes } | undefined
  for (const [limiter, id] of spending) {
    const outcome = await spend(limiter.limiter, id)
    if (outcome.ok === 'error') continue
    if (!outcome.ok) return { refused: { limiter, res: outcome.res } }
    if (!tightest || outcome.res.remainingPoints / limiter.rate.points < tightest.res.remainingPoints / tightest.limiter.rate.points) {
      tightest = { limiter, res: outcome.res }
    }
  }
  return { headers: tightest ? rateHeaders(tightest.limiter.rate, tightest.res, false) : {} }
}

/**
 * The same budgets for requests answered before Express (cached hits, src/server/httpCache.ts): the
 * client's address is read as Express reads it (`trust`, Express's compiled `trust proxy` function).
 * Resolves with the RateLimit-* headers to send, or undefined when a budget is spent: the request then
 * goes through Express, whose middleware refuses it with the full 429.
 */
export function rateGate(limiters: Limiters, api: string, trust: (address: string, hop: number) => boolean) {
  const limited = limitedPaths(api)
  return async (req: IncomingMessage): Promise<Record<string, string> | undefined> => {
    if (!limited.test((req.url ?? '/').split('?')[0])) return {}
    const verdict = await spendBudgets(limiters, addressKey(proxyAddr(req, trust)), apiKeyOf(req.headers), false)
    return 'headers' in verdict ? verdict.headers : undefined
  }
}

export function tooMany(res: Response, { rate, name }: Limiter, result: RateLimiterRes): void {
  const headers = rateHeaders(rate, result, true)
  refuse(
    res,
    429,
    `Too many requests: at most ${rate.points} per ${rate.seconds} s (${name}). Retry in ${headers['Retry-After']} s.`,
    headers,
  )
}
