/**
 * Reads and validates the process environment, for the host: payload.config.ts, the server and the scripts
 * (the plugin in src/plugin reads none: what it needs arrives as options). Every variable is documented in
 * the README. Errors are thrown as ConfigError so the server can print them and exit non-zero.
 */
import type { RtesSettings } from '../plugin/options'

export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

const DEV_SECRET = 'rtes-development-secret-do-not-use-in-production'

export interface AppEnv {
  production: boolean
  secret: string
  /** True when the fixed development secret is in use (the server logs a warning). */
  usingDevSecret: boolean
  databaseUri: string | undefined
  serverUrl: string
  /** Public website feeds and rendered rich text link to (`PUBLIC_SITE_URL`); unset: links go to the hub's API. */
  publicSiteUrl: string | undefined
  /** GraphQL limits: a query above either is refused before it runs. */
  graphQLMaxDepth: number
  graphQLMaxComplexity: number
  /** GraphQL: most aliases per operation, and longest query text (characters). */
  graphQLMaxAliases: number
  graphQLMaxQueryLength: number
  /** GraphQL: heap for parsed and validated queries kept between requests (`GRAPHQL_DOCUMENT_CACHE_BYTES`; 0: none). */
  graphQLDocumentCacheBytes: number
  corsOrigins: string[]
  /**
   * How long a write waits for the database (other writes of this process, or another process holding
   * SQLite's write lock) before it is answered 503 with Retry-After (`DATABASE_BUSY_TIMEOUT_MS`).
   */
  databaseBusyTimeoutMs: number
  /** `MONGODB_ALLOW_STANDALONE=1`: start in production on a MongoDB server without transactions. */
  mongoAllowStandalone: boolean
  port: number
  host: string
  /**
   * Server processes sharing the port (`WEB_CONCURRENCY`, production only; 1 in development): requests are
   * spread over that many cores (src/server/supervisor.ts).
   */
  workers: number
  /** SHUTDOWN_GRACE_MS: how long in-flight requests may run after SIGTERM/SIGINT before they are cut. */
  shutdownGraceMs: number
  /** Request bounds (README "Limits"). */
  limits: RequestLimits
  /** Rate limits (README "Limits"); shared between instances through `redisUrl`. */
  rateLimits: RateLimits
  /** Express `trust proxy` (`TRUST_PROXY`): false, a hop count, or a list of addresses/subnets. */
  trustProxy: boolean | number | string
  /**
   * Redis shared by every instance (`REDIS_URL`): rate-limit budgets, and content changes announced at
   * once to every instance's cache.
   */
  redisUrl: string | undefined
  /** HTTP caching of public reads (README "Caching"). */
  httpCache: HttpCacheEnv
  /** Outgoing email (password resets): SMTP when `SMTP_HOST` is set, otherwise written to the log. */
  email: EmailSettings
  /** Where uploaded files are stored (`MEDIA_DIR`). */
  mediaDir: string
  /** Most visitors remembered per day for unique downloads (`DOWNLOAD_VISITORS_MAX`, src/downloads/visitors.ts). */
  downloadVisitorsMax: number
  /** Whether development loads the 2021 report into an empty database at start (`RTES_SEED`, `off` skips). */
  seedOnStart: boolean
  /** Webhook deliveries (`WEBHOOKS_*`), passed to the plugin's `webhooks` option. */
  webhooks: RtesSettings['webhooks']
}

export interface EmailSettings {
  smtp?: { host: string; port: number; secure: boolean; user?: string; pass?: string }
  from: { name: string; address: string }
}

export interface RequestLimits {
  /** Largest request body outside uploads (bytes). */
  maxBodyBytes: number
  /** Largest uploaded file (bytes); a multipart upload may be this plus `maxBodyBytes`. */
  maxUploadBytes: number
  /** Deepest nesting of a JSON body (objects and arrays). */
  maxJsonDepth: number
  /** Largest REST/GraphQL `limit`, and of a join's limit. */
  maxLimit: number
  /** Largest REST `depth`. */
  maxDepth: number
  /** Most conditions in one `where`. */
  maxWhereConditions: number
  /** Time a request may take before it is answered 503 (ms); uploads get `uploadTimeoutMs`. */
  requestTimeoutMs: number
  uploadTimeoutMs: number
  /** API requests worked on at once, and waiting beyond that before a 503 (src/server/admission.ts). */
  maxConcurrentRequests: number
  maxQueuedRequests: number
}

/** `points` requests per `seconds`, per key. */
export interface Rate {
  points: number
  seconds: number
}

export interface RateLimits {
  /** Per IP address (or API key): every request to /api. */
  api: Rate
  /** Per IP address: login, forgot-password, first-register, unlock, reset-password. */
  auth: Rate
  /** Per IP address and account: failed logins (kept below the account lock). */
  loginFailures: Rate
  /** Every failed or refused login lasts at least this long (ms), known account or not. */
  loginMinFailureMs: number
}

export interface HttpCacheEnv {
  /** Memory for cached anonymous/partner answers, per process (bytes); 0 caches nothing. */
  responseCacheMaxBytes: number
  /** `s-maxage` and `stale-while-revalidate` of public answers (seconds), for CDNs. */
  sMaxAge: number
  staleWhileRevalidate: number
  /** `max-age` of uploaded files anonymous readers may see (seconds). */
  mediaMaxAge: number
  /** How often each instance re-reads the content version (ms): the staleness bound across instances. */
  versionCheckMs: number
}

/** `next build` sets this phase while it evaluates the config: runtime-only requirements do not apply. */
const BUILD_PHASE = 'phase-production-build'

export function readEnv(env: Record<string, string | undefined> = process.env): AppEnv {
  const production = env.NODE_ENV === 'production'
  const secret = env.PAYLOAD_SECRET?.trim()
  // The build evaluates payload.config.ts with NODE_ENV=production but signs nothing: only starting needs it.
  if (production && !secret && env.NEXT_PHASE !== BUILD_PHASE) {
    throw new ConfigError('PAYLOAD_SECRET is required when NODE_ENV=production (a long random string, e.g. `openssl rand -hex 32`).')
  }
  const port = parsePort(env.PORT)
  const host = env.HOST?.trim() || '0.0.0.0'
  const serverUrl = (env.SERVER_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, '')
  if (!/^https?:\/\//.test(serverUrl)) {
    throw new ConfigError(`SERVER_URL must start with http:// or https:// (got "${serverUrl}").`)
  }
  const publicSiteUrl = env.PUBLIC_SITE_URL?.trim().replace(/\/+$/, '') || undefined
  if (publicSiteUrl && !/^https?:\/\//.test(publicSiteUrl)) {
    throw new ConfigError(`PUBLIC_SITE_URL must start with http:// or https:// (got "${publicSiteUrl}").`)
  }
  return {
    production,
    secret: secret || DEV_SECRET,
    usingDevSecret: !secret,
    databaseUri: env.DATABASE_URI,
    serverUrl,
    publicSiteUrl,
    graphQLMaxDepth: parsePositive('GRAPHQL_MAX_DEPTH', env.GRAPHQL_MAX_DEPTH, 12),
    graphQLMaxComplexity: parsePositive('GRAPHQL_MAX_COMPLEXITY', env.GRAPHQL_MAX_COMPLEXITY, 10_000),
    graphQLMaxAliases: parsePositive('GRAPHQL_MAX_ALIASES', env.GRAPHQL_MAX_ALIASES, 20),
    graphQLMaxQueryLength: parsePositive('GRAPHQL_MAX_QUERY_LENGTH', env.GRAPHQL_MAX_QUERY_LENGTH, 20_000),
    graphQLDocumentCacheBytes: parseNonNegative('GRAPHQL_DOCUMENT_CACHE_BYTES', env.GRAPHQL_DOCUMENT_CACHE_BYTES, 16 * 1024 * 1024),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim().replace(/\/+$/, ''))
      .filter(Boolean),
    databaseBusyTimeoutMs: parsePositive('DATABASE_BUSY_TIMEOUT_MS', env.DATABASE_BUSY_TIMEOUT_MS, 5000),
    mongoAllowStandalone: env.MONGODB_ALLOW_STANDALONE?.trim() === '1',
    port,
    host,
    limits: {
      maxBodyBytes: parsePositive('MAX_BODY_BYTES', env.MAX_BODY_BYTES, 1024 * 1024),
      maxUploadBytes: parsePositive('MAX_UPLOAD_BYTES', env.MAX_UPLOAD_BYTES, 20 * 1024 * 1024),
      maxJsonDepth: parsePositive('MAX_JSON_DEPTH', env.MAX_JSON_DEPTH, 64),
      maxLimit: parsePositive('API_MAX_LIMIT', env.API_MAX_LIMIT, 100),
      maxDepth: parseNonNegative('API_MAX_DEPTH', env.API_MAX_DEPTH, 5),
      maxWhereConditions: parsePositive('API_MAX_WHERE_CONDITIONS', env.API_MAX_WHERE_CONDITIONS, 50),
      // Development compiles each page on its first visit: the admin's first compile may take longer than 30 s.
      requestTimeoutMs: parsePositive('REQUEST_TIMEOUT_MS', env.REQUEST_TIMEOUT_MS, production ? 30_000 : 120_000),
      uploadTimeoutMs: parsePositive('UPLOAD_TIMEOUT_MS', env.UPLOAD_TIMEOUT_MS, 120_000),
      maxConcurrentRequests: parsePositive('MAX_CONCURRENT_REQUESTS', env.MAX_CONCURRENT_REQUESTS, 8),
      maxQueuedRequests: parseNonNegative('MAX_QUEUED_REQUESTS', env.MAX_QUEUED_REQUESTS, 500),
    },
    rateLimits: {
      api: parseRate('RATE_LIMIT_API', env.RATE_LIMIT_API, { points: 1200, seconds: 60 }),
      auth: parseRate('RATE_LIMIT_AUTH', env.RATE_LIMIT_AUTH, { points: 10, seconds: 60 }),
      loginFailures: parseRate('RATE_LIMIT_LOGIN_FAILURES', env.RATE_LIMIT_LOGIN_FAILURES, { points: 4, seconds: 24 * 3600 }),
      loginMinFailureMs: parseNonNegative('LOGIN_MIN_FAILURE_MS', env.LOGIN_MIN_FAILURE_MS, 1000),
    },
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    redisUrl: parseRedisUrl(env.REDIS_URL),
    httpCache: {
      responseCacheMaxBytes: parseNonNegative('RESPONSE_CACHE_MAX_BYTES', env.RESPONSE_CACHE_MAX_BYTES, 32 * 1024 * 1024),
      sMaxAge: parseNonNegative('HTTP_CACHE_S_MAXAGE', env.HTTP_CACHE_S_MAXAGE, 10),
      staleWhileRevalidate: parseNonNegative('HTTP_CACHE_STALE_WHILE_REVALIDATE', env.HTTP_CACHE_STALE_WHILE_REVALIDATE, 60),
      mediaMaxAge: parseNonNegative('MEDIA_CACHE_MAX_AGE', env.MEDIA_CACHE_MAX_AGE, 86_400),
      versionCheckMs: parsePositive('CACHE_VERSION_CHECK_MS', env.CACHE_VERSION_CHECK_MS, 500),
    },
    email: readEmail(env),
    mediaDir: env.MEDIA_DIR?.trim() || 'data/media',
    downloadVisitorsMax: parsePositive('DOWNLOAD_VISITORS_MAX', env.DOWNLOAD_VISITORS_MAX, 200_000),
    seedOnStart: parseSwitch('RTES_SEED', env.RTES_SEED, true),
    webhooks: {
      allowPrivateTargets: env.WEBHOOKS_ALLOW_PRIVATE_TARGETS?.trim() === '1',
      retryBaseMs: parseNonNegative('WEBHOOKS_RETRY_BASE_MS', env.WEBHOOKS_RETRY_BASE_MS, 30_000),
      maxAttempts: parsePositive('WEBHOOKS_MAX_ATTEMPTS', env.WEBHOOKS_MAX_ATTEMPTS, 5),
      timeoutMs: parseNonNegative('WEBHOOKS_TIMEOUT_MS', env.WEBHOOKS_TIMEOUT_MS, 10_000),
    },
    workers: production ? parseWorkers(env.WEB_CONCURRENCY) : 1,
    shutdownGraceMs: parseNonNegative('SHUTDOWN_GRACE_MS', env.SHUTDOWN_GRACE_MS, 10_000),
  }
}

const DEFAULT_FROM = { name: 'RTES', address: 'no-reply@rtes.fr' }

/** SMTP_HOST, SMTP_PORT (587, or 465 with SMTP_SECURE), SMTP_USER, SMTP_PASS, EMAIL_FROM ("Name <address>"). */
function readEmail(env: Record<string, string | undefined>): EmailSettings {
  const from = parseFrom(env.EMAIL_FROM)
  const host = env.SMTP_HOST?.trim()
  if (!host) return { from }
  const secureText = env.SMTP_SECURE?.trim().toLowerCase()
  if (secureText && !['true', 'false', '1', '0'].includes(secureText)) {
    throw new ConfigError(`SMTP_SECURE must be true or false (got "${env.SMTP_SECURE}").`)
  }
  const port = env.SMTP_PORT?.trim() ? parsePort(env.SMTP_PORT, 'SMTP_PORT') : secureText === 'true' || secureText === '1' ? 465 : 587
  // Implicit TLS on 465 unless said otherwise; STARTTLS (when offered) on other ports.
  const secure = secureText ? secureText === 'true' || secureText === '1' : port === 465
  const user = env.SMTP_USER?.trim() || undefined
  return { smtp: { host, port, secure, user, pass: user ? (env.SMTP_PASS ?? '') : undefined }, from }
}

function parseFrom(value: string | undefined): EmailSettings['from'] {
  const text = value?.trim()
  if (!text) return DEFAULT_FROM
  const match = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(text)
  const [name, address] = match ? [match[1].replace(/^"|"$/g, '').trim() || DEFAULT_FROM.name, match[2]] : [DEFAULT_FROM.name, text]
  if (!/^[^@\s]+@[^@\s]+$/.test(address)) {
    throw new ConfigError(`EMAIL_FROM must be an address or "Name <address>" (got "${value}").`)
  }
  return { name, address }
}

function parsePort(value: string | undefined, name = 'PORT'): number {
  if (value === undefined || value.trim() === '') return 3000
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${name} must be an integer between 0 and 65535 (got "${value}").`)
  }
  return port
}

function parseNonNegative(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) {
    throw new ConfigError(`${name} must be an integer from 0 (got "${value}").`)
  }
  return number
}

/** `on` or `off` (unset: `fallback`). */
function parseSwitch(name: string, value: string | undefined, fallback: boolean): boolean {
  const text = value?.trim().toLowerCase()
  if (!text) return fallback
  if (text !== 'on' && text !== 'off') throw new ConfigError(`${name} must be on or off (got "${value}").`)
  return text === 'on'
}

/** `<points>/<seconds>`, e.g. `600/60`. */
function parseRate(name: string, value: string | undefined, fallback: Rate): Rate {
  if (value === undefined || value.trim() === '') return fallback
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value)
  const points = Number(match?.[1])
  const seconds = Number(match?.[2])
  if (!match || points < 1 || seconds < 1) {
    throw new ConfigError(`${name} must be "<requests>/<seconds>" with both at least 1, e.g. "600/60" (got "${value}").`)
  }
  return { points, seconds }
}

function parseRedisUrl(value: string | undefined): string | undefined {
  const url = value?.trim()
  if (!url) return undefined
  if (!/^rediss?:\/\//.test(url)) throw new ConfigError(`REDIS_URL must start with redis:// or rediss:// (got "${url}").`)
  return url
}

/** Unset/`false` → off; a number → that many proxy hops; `true` → trust every hop (only behind a proxy that strips the header); anything else → Express's list of addresses/subnets. */
function parseTrustProxy(value: string | undefined): boolean | number | string {
  const text = value?.trim()
  if (!text || text === 'false' || text === '0') return false
  if (text === 'true') return true
  if (/^\d+$/.test(text)) return Number(text)
  return text
}

/** More would rather be a typo than a machine: each process takes a few hundred MiB. */
const MAX_WORKERS = 64

function parseWorkers(value: string | undefined): number {
  const workers = parsePositive('WEB_CONCURRENCY', value, 1)
  if (workers > MAX_WORKERS) throw new ConfigError(`WEB_CONCURRENCY must be from 1 to ${MAX_WORKERS} (got "${value}").`)
  return workers
}

function parsePositive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) {
    throw new ConfigError(`${name} must be a positive integer (got "${value}").`)
  }
  return number
}
