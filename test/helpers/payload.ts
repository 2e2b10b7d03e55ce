import type { Payload } from 'payload'

import { testDatabaseUri } from './database'

/**
 * Payload's Local API on a database of its own. The config reads DATABASE_URI when it is imported, so
 * the variable is set first; the cache key keeps test files from sharing an instance.
 */
export async function createTestPayload(name: string): Promise<Payload> {
  process.env.DATABASE_URI = testDatabaseUri(name)
  process.env.PAYLOAD_SECRET ||= 'test-secret'
  const { getPayload } = await import('payload')
  const config = (await import('../../payload.config')).default
  return getPayload({ config, key: `test-${name}` })
}
