import type { Access, FieldAccess, PayloadRequest } from 'payload'

/**
 * Roles, from most to least privileged. `member` accounts (member local authorities) also read
 * members-only content; `partner` accounts are read-only API consumers (CRESS, France urbaine sites)
 * that authenticate with an API key and see what the public sees.
 */
export const ROLES = ['admin', 'editor', 'member', 'partner'] as const
export type Role = (typeof ROLES)[number]

type User = PayloadRequest['user']

export const hasRole = (user: User, ...roles: Role[]): boolean =>
  Boolean(user && 'role' in user && roles.includes(user.role as Role))

export const isAdminUser = (user: User): boolean => hasRole(user, 'admin')
export const isEditorUser = (user: User): boolean => hasRole(user, 'admin', 'editor')

export const admins: Access = ({ req }) => isAdminUser(req.user)
export const editors: Access = ({ req }) => isEditorUser(req.user)
export const adminsField: FieldAccess = ({ req }) => isAdminUser(req.user)
/** For access checks that only receive `{ req }` (jobs). */
export const isAdminRequest = ({ req }: { req: PayloadRequest }): boolean => isAdminUser(req.user)
