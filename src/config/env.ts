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
  /** Outgoing email (password resets): SMTP when `SMTP_HOST` is set, otherwise written to the log. */
  email: EmailSettings
}

export interface EmailSettings {
  smtp?: { host: string; port: number; secure: boolean; user?: string; pass?: string }
  from: { name: string; address: string }
}

export function readEnv(env: Record<string, string | undefined> = process.env): AppEnv {
  const production = env.NODE_ENV === 'production'
  const secret = env.PAYLOAD_SECRET?.trim()
  if (production && !secret) {
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
    email: readEmail(env),
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

function parsePositive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) {
    throw new ConfigError(`${name} must be a positive integer (got "${value}").`)
  }
  return number
}
