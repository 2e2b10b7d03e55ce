/**
 * Reads and validates the process environment once. Every variable is documented in the README.
 * Errors are thrown as ConfigError so the server can print them and exit non-zero.
 */
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
  /** Public website the feeds link to (`PUBLIC_SITE_URL`, default `serverUrl`). */
  publicSiteUrl: string
  /** GraphQL limits: a query above either is refused before it runs. */
  graphQLMaxDepth: number
  graphQLMaxComplexity: number
  corsOrigins: string[]
  port: number
  host: string
  /** SHUTDOWN_GRACE_MS: how long in-flight requests may run after SIGTERM/SIGINT before they are cut. */
  shutdownGraceMs: number
}

/** `next build` sets this phase while it evaluates the config: runtime-only requirements do not apply. */
const BUILD_PHASE = 'phase-production-build'

export function readEnv(env: Record<string, string | undefined> = process.env): AppEnv {
  const production = env.NODE_ENV === 'production'
  const secret = env.PAYLOAD_SECRET?.trim()
  // The build evaluates payload.config.ts with NODE_ENV=production but signs nothing: only starting needs it.
  if (production && !secret && env.NEXT_PHASE !== BUILD_PHASE) {
    throw new ConfigError(
      'PAYLOAD_SECRET is required when NODE_ENV=production (a long random string, e.g. `openssl rand -hex 32`).',
    )
  }
  const port = parsePort(env.PORT)
  const host = env.HOST?.trim() || '0.0.0.0'
  const serverUrl = (env.SERVER_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, '')
  if (!/^https?:\/\//.test(serverUrl)) {
    throw new ConfigError(`SERVER_URL must start with http:// or https:// (got "${serverUrl}").`)
  }
  const publicSiteUrl = (env.PUBLIC_SITE_URL?.trim() || serverUrl).replace(/\/+$/, '')
  if (!/^https?:\/\//.test(publicSiteUrl)) {
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
    graphQLMaxComplexity: parsePositive('GRAPHQL_MAX_COMPLEXITY', env.GRAPHQL_MAX_COMPLEXITY, 1000),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim().replace(/\/+$/, ''))
      .filter(Boolean),
    port,
    host,
    shutdownGraceMs: parseNonNegative('SHUTDOWN_GRACE_MS', env.SHUTDOWN_GRACE_MS, 10_000),
  }
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 3000
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer between 0 and 65535 (got "${value}").`)
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

function parsePositive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) {
    throw new ConfigError(`${name} must be a positive integer (got "${value}").`)
  }
  return number
}
