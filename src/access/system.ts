import type { Payload } from 'payload'

import { editors } from './roles'

/**
 * Payload adds a `payload-locked-documents` collection (who is editing which document in the admin) that
 * any logged-in account may read and write by default: a partner key or a member account would list the
 * ids of drafts being edited and the editors' accounts, and could lock editors out of documents. Only
 * editors use the admin, so only they see and set locks. The collection is created while Payload
 * sanitizes the config, after plugins run: its access is set when Payload starts (`onInit`).
 */
export function restrictDocumentLocks(payload: Payload): void {
  const locks = payload.collections['payload-locked-documents']?.config
  if (locks) locks.access = { ...locks.access, read: editors, create: editors, update: editors, delete: editors }
}
