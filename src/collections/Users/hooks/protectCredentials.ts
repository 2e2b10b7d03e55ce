import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { hasRole, isAdmin } from '../../../access/roles'

/** A 403 whose message reaches the caller (a named class: Payload shows the message of named errors). */
class CredentialsError extends APIError {
  constructor(message: string) {
    super(message, 403, undefined, true)
    this.name = 'CredentialsError'
  }
}

const normalise = (email: unknown) => (typeof email === 'string' ? email.trim().toLowerCase() : email)

/**
 * Credentials are set by admins. Anyone else may change their own name and, except partner accounts, their
 * own password; only admins change email addresses (where password resets are sent). API keys are already
 * reserved by Payload to accounts that use the admin (editors and admins): `apiKey` and `enableAPIKey` sent
 * by a partner or member are ignored. A leaked partner key (or a stolen member session) therefore cannot be
 * turned into a login of its own. Editors, who edit member accounts, change none of their credentials.
 * Refused with a 403 naming the field, rather than silently ignored.
 * Server-side calls without a user (seeding, scripts) are trusted.
 */
export const protectCredentials: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !req.user || isAdmin(req)) return data
  const refuse = (field: string, why: string) => {
    throw new CredentialsError(`\`${field}\` cannot be changed: ${why} Ask an RTES administrator.`)
  }
  if (data.email !== undefined && normalise(data.email) !== normalise(originalDoc?.email)) {
    refuse('email', 'only administrators change email addresses.')
  }
  if (data.password && hasRole(req, 'partner')) refuse('password', 'partner accounts do not choose their password.')
  // Editors edit member accounts (their authority), not their credentials.
  if (String(originalDoc?.id) !== String(req.user.id)) {
    if (data.password) refuse('password', 'only administrators set another account’s password.')
    for (const field of ['apiKey', 'enableAPIKey'] as const) {
      if (data[field] !== undefined && data[field] !== originalDoc?.[field])
        refuse(field, 'only administrators set another account’s API key.')
    }
  }
  return data
}
