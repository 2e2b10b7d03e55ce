import type { SanitizedConfig } from 'payload'

import { editors } from './roles'

/**
 * Payload adds a `payload-locked-documents` collection (who is editing which document in the admin) that
 * any logged-in account may read and write by default: a partner key or a member account would list the
 * ids of drafts being edited and the editors' accounts, and could lock editors out of documents. Only
 * editors use the admin, so only they see and set locks. The collection is created while Payload
 * sanitizes the config, hence this wrapper around `buildConfig`'s result.
 */
export async function restrictDocumentLocks(config: Promise<SanitizedConfig>): Promise<SanitizedConfig> {
  const sanitized = await config
  const locks = sanitized.collections.find((collection) => collection.slug === 'payload-locked-documents')
  if (locks) locks.access = { ...locks.access, read: editors, create: editors, update: editors, delete: editors }
  return sanitized
}
