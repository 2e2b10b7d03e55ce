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

  it('reads SHUTDOWN_GRACE_MS (default 10 s)', () => {
    expect(readEnv({}).shutdownGraceMs).toBe(10_000)
    expect(readEnv({ SHUTDOWN_GRACE_MS: '0' }).shutdownGraceMs).toBe(0)
    expect(readEnv({ SHUTDOWN_GRACE_MS: '25000' }).shutdownGraceMs).toBe(25_000)
    expect(() => readEnv({ SHUTDOWN_GRACE_MS: '-1' })).toThrow(/SHUTDOWN_GRACE_MS must be an integer from 0/)
    expect(() => readEnv({ SHUTDOWN_GRACE_MS: '10s' })).toThrow(/SHUTDOWN_GRACE_MS/)
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

  it('reads PUBLIC_SITE_URL (default SERVER_URL) and the GraphQL limits', () => {
    expect(readEnv({ SERVER_URL: 'https://contenus.rtes.fr' }).publicSiteUrl).toBe('https://contenus.rtes.fr')
    const env = readEnv({ PUBLIC_SITE_URL: 'https://www.rtes.fr/', GRAPHQL_MAX_DEPTH: '8', GRAPHQL_MAX_COMPLEXITY: '500' })
    expect(env).toMatchObject({ publicSiteUrl: 'https://www.rtes.fr', graphQLMaxDepth: 8, graphQLMaxComplexity: 500 })
    expect(readEnv({})).toMatchObject({ graphQLMaxDepth: 12, graphQLMaxComplexity: 1000 })
    expect(() => readEnv({ PUBLIC_SITE_URL: 'www.rtes.fr' })).toThrow(/PUBLIC_SITE_URL must start with http/)
    expect(() => readEnv({ GRAPHQL_MAX_DEPTH: '0' })).toThrow(/GRAPHQL_MAX_DEPTH must be a positive integer/)
  })

  it('rejects a bad PORT or SERVER_URL with a clear message', () => {
    expect(() => readEnv({ PORT: 'abc' })).toThrow(/PORT must be an integer/)
    expect(() => readEnv({ PORT: '70000' })).toThrow(/PORT must be an integer/)
    expect(() => readEnv({ SERVER_URL: 'contenus.rtes.fr' })).toThrow(/SERVER_URL must start with http/)
  })
})
