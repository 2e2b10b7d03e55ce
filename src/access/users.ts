import type { Access } from 'payload'

import { isAdmin, isEditor } from './roles'

/**
 * Admins see and edit every account; editors their own and member accounts (they attach each to its
 * authority and see who proposed what, src/proposals; credentials of other accounts stay with admins,
 * src/collections/Users/hooks/protectCredentials.ts); anyone else only their own. A query constraint.
 */
export const adminsSelfOrEditorsMembers: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdmin(req)) return true
  const self = { id: { equals: req.user.id } }
  return isEditor(req) ? { or: [self, { role: { equals: 'member' } }] } : self
}
