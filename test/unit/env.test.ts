import { describe, expect, it } from 'vitest'

import { ConfigError, readEnv } from '../../src/config/env'

describe('readEnv', () => {
  it('requires PAYLOAD_SECRET in production', () => {
    expect(() => readEnv({ NODE_ENV: 'production' })).toThrow(ConfigError)
    expect(() => readEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: ' ' })).toThrow(/PAYLOAD_SECRET is required/)
    expect(readEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 's3cret' })).toMatchObject({ secret: 's3cret', usingDevSecret: false })
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

  it('rejects a bad PORT or SERVER_URL with a clear message', () => {
    expect(() => readEnv({ PORT: 'abc' })).toThrow(/PORT must be an integer/)
    expect(() => readEnv({ PORT: '70000' })).toThrow(/PORT must be an integer/)
    expect(() => readEnv({ SERVER_URL: 'contenus.rtes.fr' })).toThrow(/SERVER_URL must start with http/)
  })
})
