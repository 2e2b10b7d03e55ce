import type { Payload } from 'payload'

import { testDatabaseUri } from './database'

/**
 * Payload's Local API on a database of its own, with the host config built from the environment plus
 * `env` (e.g. `{ WEBHOOKS_ALLOW_PRIVATE_TARGETS: '1' }`); the process environment is left as it was. The
 * cache key keeps test files from sharing an instance.
 */
export async function createTestPayload(name: string, env: Record<string, string> = {}): Promise<Payload> {
  const set = { DATABASE_URI: testDatabaseUri(name), PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'test-secret', ...env }
  const saved = Object.fromEntries(Object.keys(set).map((key) => [key, process.env[key]]))
  Object.assign(process.env, set)
  try {
    // The config reads the environment when it is created (importing the module creates the default one).
    const { createConfig } = await import('../../payload.config')
    const { getPayload } = await import('payload')
    return await getPayload({ config: createConfig(), key: `test-${name}` })
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}
