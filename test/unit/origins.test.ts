import os from 'node:os'

import { describe, expect, it } from 'vitest'

import { readEnv } from '../../src/config/env'
import { allowedOrigins } from '../../src/config/origins'

describe('allowedOrigins (Payload csrf list)', () => {
  it('in production: SERVER_URL and CORS_ORIGINS only', () => {
    const env = readEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 's', PORT: '8080', CORS_ORIGINS: 'https://franceurbaine.org' })
    expect(allowedOrigins(env)).toEqual(['http://localhost:8080', 'https://franceurbaine.org'])
  })

  it('in development: also localhost, 127.0.0.1, [::1] and the bound host, on the port', () => {
    const env = readEnv({ PORT: '4000', HOST: '192.168.1.20', SERVER_URL: 'https://rtes.example' })
    expect(allowedOrigins(env)).toEqual([
      'https://rtes.example',
      'http://localhost:4000',
      'http://127.0.0.1:4000',
      'http://[::1]:4000',
      'http://192.168.1.20:4000',
    ])
  })

  it('in development on every interface: the addresses of this machine', () => {
    const origins = allowedOrigins(readEnv({ PORT: '4000' }))
    const addresses = Object.values(os.networkInterfaces()).flatMap((list) => (list ?? []).map((info) => info.address))
    for (const address of addresses) {
      expect(origins).toContain(`http://${address.includes(':') ? `[${address}]` : address}:4000`)
    }
  })
})
