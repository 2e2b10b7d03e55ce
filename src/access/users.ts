import type { Access } from 'payload'

import { isAdmin } from './roles'

/** Admins see and edit every account; anyone else only their own (a query constraint, not a boolean). */
export const adminsOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdmin(req)) return true
  return { id: { equals: req.user.id } }
}
