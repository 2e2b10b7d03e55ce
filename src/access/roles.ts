import type { Access, FieldAccess, PayloadRequest, SanitizedConfig } from 'payload'

import { type Role, settingsOf } from '../plugin/options'

export { ROLES, type Role } from '../plugin/options'

type User = PayloadRequest['user']

/** Marks a stand-in user with the role access rules should see (e.g. "a member" in src/sync/audience.ts). */
const STAND_IN_ROLE = Symbol.for('rtes.standInRole')

/** A user that only has a role: for evaluating read access "as a member", whatever the host's accounts look like. */
export const standIn = (role: Role): NonNullable<User> =>
  ({ id: `stand-in-${role}`, collection: 'stand-in', [STAND_IN_ROLE]: role }) as unknown as NonNullable<User>

/** The role of `user` under `config`'s plugin settings (`roleOf`), undefined for anonymous readers. */
export function roleIn(config: SanitizedConfig, user: User): Role | undefined {
  if (!user) return undefined
  const standing = (user as { [STAND_IN_ROLE]?: Role })[STAND_IN_ROLE]
  return standing ?? settingsOf(config).roleOf(user)
}

/** The role of the request's user. */
export const roleOf = (req: Pick<PayloadRequest, 'payload' | 'user'>): Role | undefined => roleIn(req.payload.config, req.user)

export const hasRole = (req: Pick<PayloadRequest, 'payload' | 'user'>, ...roles: Role[]): boolean => {
  const role = roleOf(req)
  return role !== undefined && roles.includes(role)
}

export const isAdmin = (req: Pick<PayloadRequest, 'payload' | 'user'>): boolean => hasRole(req, 'admin')
export const isEditor = (req: Pick<PayloadRequest, 'payload' | 'user'>): boolean => hasRole(req, 'admin', 'editor')

export const admins: Access = ({ req }) => isAdmin(req)
export const editors: Access = ({ req }) => isEditor(req)
export const adminsField: FieldAccess = ({ req }) => isAdmin(req)
export const editorsField: FieldAccess = ({ req }) => isEditor(req)
/** For access checks that only receive `{ req }` (jobs). */
export const isAdminRequest = ({ req }: { req: PayloadRequest }): boolean => isAdmin(req)
