import type { Access, FieldAccess, PayloadRequest } from 'payload'

/** Roles, from most to least privileged. `member` users read members-only content. */
export const ROLES = ['admin', 'editor', 'member'] as const
export type Role = (typeof ROLES)[number]

type User = PayloadRequest['user']

export const hasRole = (user: User, ...roles: Role[]): boolean =>
  Boolean(user && 'role' in user && roles.includes(user.role as Role))

export const isAdminUser = (user: User): boolean => hasRole(user, 'admin')
export const isEditorUser = (user: User): boolean => hasRole(user, 'admin', 'editor')

export const admins: Access = ({ req }) => isAdminUser(req.user)
export const editors: Access = ({ req }) => isEditorUser(req.user)
export const adminsField: FieldAccess = ({ req }) => isAdminUser(req.user)
