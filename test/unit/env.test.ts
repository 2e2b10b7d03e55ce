import { describe, expect, it } from 'vitest'

import { ConfigError, readEnv } from '../../src/config/env'

describe('readEnv', () => {
  it('requires PAYLOAD_SECRET in production', () => {
    expect(() => readEnv({ NODE_ENV: 'production' })).toThrow(ConfigError)
    expect(() => readEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: ' ' })).toThrow(/PAYLOAD_SECRET is required/)
    expect(readEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 's3cret' })).toMatchObject({ secret: 's3cret', usingDevSecret: false })
  })

  it('does not require PAYLOAD_SECRET while next build evaluates the config', () => {
    expect(readEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).toMatchObject({ usingDevSecret: true })
    expect(() => readEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-server' })).toThrow(/PAYLOAD_SECRET is required/)
  })

  it('reads DOWNLOAD_VISITORS_MAX (default 200,000)', () => {
    expect(readEnv({}).downloadVisitorsMax).toBe(200_000)
    expect(readEnv({ DOWNLOAD_VISITORS_MAX: '5000' }).downloadVisitorsMax).toBe(5000)
    expect(() => readEnv({ DOWNLOAD_VISITORS_MAX: '0' })).toThrow(/DOWNLOAD_VISITORS_MAX must be a positive integer/)
    expect(() => readEnv({ DOWNLOAD_VISITORS_MAX: 'lots' })).toThrow(/DOWNLOAD_VISITORS_MAX/)
  })

  it('reads SHUTDOWN_GRACE_MS (default 10 s)', () => {
    expect(readEnv({}).shutdownGraceMs).toBe(10_000)
    expect(readEnv({ SHUTDOWN_GRACE_MS: '0' }).shutdownGraceMs).toBe(0)
    expect(readEnv({ SHUTDOWN_GRACE_MS: '25000' }).shutdownGraceMs).toBe(25_000)
    expect(() => readEnv({ SHUTDOWN_GRACE_MS: '-1' })).toThrow(/SHUTDOWN_GRACE_MS must be an integer from 0/)
    expect(() => readEnv({ SHUTDOWN_GRACE_MS: '10s' })).toThrow(/SHUTDOWN_GRACE_MS/)
  })

  it('reads WEB_CONCURRENCY in production only (default 1)', () => {
    const production = { NODE_ENV: 'production', PAYLOAD_SECRET: 's' }
    expect(readEnv(production).workers).toBe(1)
    expect(readEnv({ ...production, WEB_CONCURRENCY: '2' }).workers).toBe(2)
    // Development runs one process (Next's development server, the seed on first start).
    expect(readEnv({ WEB_CONCURRENCY: '4' }).workers).toBe(1)
    expect(() => readEnv({ ...production, WEB_CONCURRENCY: '0' })).toThrow(/WEB_CONCURRENCY must be a positive integer/)
    expect(() => readEnv({ ...production, WEB_CONCURRENCY: '400' })).toThrow(/WEB_CONCURRENCY must be from 1 to 64/)
  })

  it('reads MEDIA_DIR, RTES_SEED and WEBHOOKS_* (the plugin options the host passes on)', () => {
    expect(readEnv({})).toMatchObject({
      mediaDir: 'data/media',
      seedOnStart: true,
      webhooks: { allowPrivateTargets: false, retryBaseMs: 30_000, maxAttempts: 5, timeoutMs: 10_000 },
    })
    expect(
      readEnv({
        MEDIA_DIR: ' /srv/rtes/media ',
        RTES_SEED: 'off',
        WEBHOOKS_ALLOW_PRIVATE_TARGETS: '1',
        WEBHOOKS_RETRY_BASE_MS: '0',
        WEBHOOKS_MAX_ATTEMPTS: '3',
        WEBHOOKS_TIMEOUT_MS: '2500',
      }),
    ).toMatchObject({
      mediaDir: '/srv/rtes/media',
      seedOnStart: false,
      webhooks: { allowPrivateTargets: true, retryBaseMs: 0, maxAttempts: 3, timeoutMs: 2500 },
    })
    expect(readEnv({ RTES_SEED: 'ON' }).seedOnStart).toBe(true)
    expect(() => readEnv({ RTES_SEED: 'no' })).toThrow(/RTES_SEED must be on or off/)
    expect(() => readEnv({ WEBHOOKS_MAX_ATTEMPTS: '0' })).toThrow(/WEBHOOKS_MAX_ATTEMPTS/)
    expect(() => readEnv({ WEBHOOKS_RETRY_BASE_MS: '-5' })).toThrow(/WEBHOOKS_RETRY_BASE_MS must be an integer from 0/)
  })

  it('falls back to a fixed development secret outside production, and says so', () => {
    const env = readEnv({ NODE_ENV: 'development' })
    expect(env.usingDevSecret).toBe(true)
    expect(env.secret).toBe(readEnv({}).secret)
  })

  it('reads PORT, HOST, SERVER_URL and CORS_ORIGINS', () => {
    const env = readEnv({
      PORT: '8080',
      HOST: '127.0.0.1',
      SERVER_URL: 'https://contenus.rtes.fr/',
      CORS_ORIGINS: 'https://www.cress-bretagne.org, https://franceurbaine.org/ ,',
    })
    expect(env).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      serverUrl: 'https://contenus.rtes.fr',
      corsOrigins: ['https://www.cress-bretagne.org', 'https://franceurbaine.org'],
    })
    expect(readEnv({}).serverUrl).toBe('http://localhost:3000')
  })

  it('reads PUBLIC_SITE_URL (default none) and the GraphQL limits', () => {
    expect(readEnv({ SERVER_URL: 'https://contenus.rtes.fr' }).publicSiteUrl).toBeUndefined()
    const env = readEnv({ PUBLIC_SITE_URL: 'https://www.rtes.fr/', GRAPHQL_MAX_DEPTH: '8', GRAPHQL_MAX_COMPLEXITY: '500' })
    expect(env).toMatchObject({ publicSiteUrl: 'https://www.rtes.fr', graphQLMaxDepth: 8, graphQLMaxComplexity: 500 })
    expect(readEnv({})).toMatchObject({
      graphQLMaxDepth: 12,
      graphQLMaxComplexity: 10_000,
      graphQLMaxAliases: 20,
      graphQLMaxQueryLength: 20_000,
      graphQLDocumentCacheBytes: 16 * 1024 * 1024,
    })
    expect(readEnv({ GRAPHQL_DOCUMENT_CACHE_BYTES: '0' }).graphQLDocumentCacheBytes).toBe(0)
    expect(() => readEnv({ GRAPHQL_DOCUMENT_CACHE_BYTES: '-1' })).toThrow(/GRAPHQL_DOCUMENT_CACHE_BYTES must be/)
    expect(() => readEnv({ PUBLIC_SITE_URL: 'www.rtes.fr' })).toThrow(/PUBLIC_SITE_URL must start with http/)
    expect(() => readEnv({ GRAPHQL_MAX_DEPTH: '0' })).toThrow(/GRAPHQL_MAX_DEPTH must be a positive integer/)
  })

  it('reads the database busy timeout (default 5 s) and the MongoDB standalone opt-out', () => {
    expect(readEnv({})).toMatchObject({ databaseBusyTimeoutMs: 5000, mongoAllowStandalone: false })
    expect(readEnv({ DATABASE_BUSY_TIMEOUT_MS: '1500', MONGODB_ALLOW_STANDALONE: '1' })).toMatchObject({
      databaseBusyTimeoutMs: 1500,
      mongoAllowStandalone: true,
    })
    expect(readEnv({ MONGODB_ALLOW_STANDALONE: 'yes' }).mongoAllowStandalone).toBe(false)
    expect(() => readEnv({ DATABASE_BUSY_TIMEOUT_MS: '-1' })).toThrow(/DATABASE_BUSY_TIMEOUT_MS must be a positive integer/)
  })

  it('rejects a bad PORT or SERVER_URL with a clear message', () => {
    expect(() => readEnv({ PORT: 'abc' })).toThrow(/PORT must be an integer/)
    expect(() => readEnv({ PORT: '70000' })).toThrow(/PORT must be an integer/)
    expect(() => readEnv({ SERVER_URL: 'contenus.rtes.fr' })).toThrow(/SERVER_URL must start with http/)
  })

  it('reads the request bounds, with their defaults', () => {
    expect(readEnv({}).limits).toEqual({
      maxBodyBytes: 1024 * 1024,
      maxUploadBytes: 20 * 1024 * 1024,
      maxJsonDepth: 64,
      maxLimit: 100,
      maxDepth: 5,
      maxWhereConditions: 50,
      requestTimeoutMs: 120_000,
      uploadTimeoutMs: 120_000,
      maxConcurrentRequests: 8,
      maxQueuedRequests: 500,
    })
    // 30 s in production; development waits for Next to compile a page on its first visit.
    expect(readEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'a-secret' }).limits.requestTimeoutMs).toBe(30_000)
    const env = readEnv({ MAX_BODY_BYTES: '2048', API_MAX_LIMIT: '500', API_MAX_DEPTH: '0', REQUEST_TIMEOUT_MS: '5000' })
    expect(env.limits).toMatchObject({ maxBodyBytes: 2048, maxLimit: 500, maxDepth: 0, requestTimeoutMs: 5000 })
    expect(() => readEnv({ API_MAX_LIMIT: '0' })).toThrow(/API_MAX_LIMIT must be a positive integer/)
    expect(() => readEnv({ API_MAX_DEPTH: '-1' })).toThrow(/API_MAX_DEPTH must be an integer from 0/)
  })

  it('reads the rate limits, REDIS_URL and TRUST_PROXY', () => {
    expect(readEnv({}).rateLimits).toEqual({
      api: { points: 1200, seconds: 60 },
      auth: { points: 10, seconds: 60 },
      loginFailures: { points: 4, seconds: 86_400 },
      loginMinFailureMs: 1000,
    })
    const env = readEnv({ RATE_LIMIT_API: ' 50 / 10 ', REDIS_URL: 'redis://cache:6379/2', TRUST_PROXY: '1', LOGIN_MIN_FAILURE_MS: '0' })
    expect(env.rateLimits).toMatchObject({ api: { points: 50, seconds: 10 }, loginMinFailureMs: 0 })
    expect(env.redisUrl).toBe('redis://cache:6379/2')
    expect(env.trustProxy).toBe(1)
    expect(readEnv({}).trustProxy).toBe(false)
    expect(readEnv({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8')
    expect(() => readEnv({ RATE_LIMIT_AUTH: '10' })).toThrow(/RATE_LIMIT_AUTH must be "<requests>\/<seconds>"/)
    expect(() => readEnv({ RATE_LIMIT_API: '0/60' })).toThrow(/RATE_LIMIT_API/)
    expect(() => readEnv({ REDIS_URL: 'cache:6379' })).toThrow(/REDIS_URL must start with redis:\/\//)
  })

  it('reads REDIS_URL and the HTTP caching settings, with their defaults', () => {
    expect(readEnv({})).toMatchObject({
      redisUrl: undefined,
      httpCache: {
        responseCacheMaxBytes: 32 * 1024 * 1024,
        sMaxAge: 10,
        staleWhileRevalidate: 60,
        mediaMaxAge: 86_400,
        versionCheckMs: 500,
      },
    })
    const env = readEnv({
      REDIS_URL: ' redis://cache:6379/0 ',
      RESPONSE_CACHE_MAX_BYTES: '0',
      HTTP_CACHE_S_MAXAGE: '30',
      HTTP_CACHE_STALE_WHILE_REVALIDATE: '0',
      MEDIA_CACHE_MAX_AGE: '3600',
      CACHE_VERSION_CHECK_MS: '250',
    })
    expect(env).toMatchObject({
      redisUrl: 'redis://cache:6379/0',
      httpCache: { responseCacheMaxBytes: 0, sMaxAge: 30, staleWhileRevalidate: 0, mediaMaxAge: 3600, versionCheckMs: 250 },
    })
    expect(() => readEnv({ REDIS_URL: 'cache:6379' })).toThrow(/REDIS_URL must start with redis:\/\/ or rediss:\/\//)
    expect(() => readEnv({ RESPONSE_CACHE_MAX_BYTES: '-1' })).toThrow(/RESPONSE_CACHE_MAX_BYTES must be an integer from 0/)
    expect(() => readEnv({ HTTP_CACHE_S_MAXAGE: 'ten' })).toThrow(/HTTP_CACHE_S_MAXAGE must be an integer from 0/)
    expect(() => readEnv({ CACHE_VERSION_CHECK_MS: '0' })).toThrow(/CACHE_VERSION_CHECK_MS must be a positive integer/)
  })

  it('reads the SMTP settings and EMAIL_FROM (log only without SMTP_HOST)', () => {
    expect(readEnv({}).email).toEqual({ from: { name: 'RTES', address: 'no-reply@rtes.fr' } })
    expect(
      readEnv({ SMTP_HOST: 'smtp.rtes.fr', SMTP_USER: 'hub', SMTP_PASS: 's3cret', EMAIL_FROM: '"RTES contenus" <contenus@rtes.fr>' }).email,
    ).toEqual({
      smtp: { host: 'smtp.rtes.fr', port: 587, secure: false, user: 'hub', pass: 's3cret' },
      from: { name: 'RTES contenus', address: 'contenus@rtes.fr' },
    })
    expect(readEnv({ SMTP_HOST: 'smtp.rtes.fr', SMTP_SECURE: 'true' }).email.smtp).toMatchObject({ port: 465, secure: true })
    expect(readEnv({ SMTP_HOST: 'smtp.rtes.fr', SMTP_PORT: '465' }).email.smtp).toMatchObject({ port: 465, secure: true })
    expect(readEnv({ SMTP_HOST: 'localhost', SMTP_PORT: '2525', SMTP_SECURE: 'false' }).email.smtp).toMatchObject({
      port: 2525,
      secure: false,
      user: undefined,
    })
    expect(readEnv({ EMAIL_FROM: 'contenus@rtes.fr' }).email.from).toEqual({ name: 'RTES', address: 'contenus@rtes.fr' })
    expect(() => readEnv({ SMTP_HOST: 'smtp.rtes.fr', SMTP_PORT: 'x' })).toThrow(/SMTP_PORT must be an integer/)
    expect(() => readEnv({ SMTP_HOST: 'smtp.rtes.fr', SMTP_SECURE: 'yes' })).toThrow(/SMTP_SECURE must be true or false/)
    expect(() => readEnv({ EMAIL_FROM: 'RTES' })).toThrow(/EMAIL_FROM must be an address/)
  })
})
