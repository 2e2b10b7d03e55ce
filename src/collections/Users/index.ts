import type { CollectionConfig, Condition } from 'payload'

import { admins, adminsField, editorsField, isEditor, ROLES } from '../../access/roles'
import { adminsSelfOrEditorsMembers } from '../../access/users'
import { forgotPasswordHTML, forgotPasswordSubject } from '../../email/templates'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { countLoginAttempt, resetAfterLogin } from './hooks/loginAttempts'
import { forgetLoginFailures, limitLogin } from './hooks/loginLimits'
import { protectCredentials } from './hooks/protectCredentials'

/**
 * Nobody is logged in only on the create-first-user screen, whose account always becomes an admin: the role
 * and API-key fields do not apply there (the screen's text says the account will be an administrator).
 */
const notOnFirstUserScreen: Condition = (_data, _siblingData, { user }) => Boolean(user)

const ROLE_LABELS = {
  admin: { fr: 'Administrateur·rice', en: 'Administrator' },
  editor: { fr: 'Éditeur·rice', en: 'Editor' },
  member: { fr: 'Membre (collectivité adhérente)', en: 'Member (member local authority)' },
  partner: { fr: 'Partenaire (clé d’API, lecture seule)', en: 'Partner (API key, read-only)' },
} as const

/** RTES accounts: the role decides what each reads and writes (src/access/roles.ts). */
export const usersCollection = ({ slug }: { slug: string }): CollectionConfig => ({
  slug,
  labels: {
    singular: { fr: 'Utilisateur', en: 'User' },
    plural: { fr: 'Utilisateurs', en: 'Users' },
  },
  typescript: { interface: 'User' },
  graphQL: { singularName: 'User', pluralName: 'Users' },
  auth: {
    // Partner sites authenticate with `Authorization: users API-Key <key>`.
    useAPIKey: true,
    // Lock an account for 10 minutes after 5 failed logins, counted before the password is checked so
    // parallel attempts cannot get more passwords checked (hooks/loginAttempts.ts). One client address
    // gets 429s before it could reach that (RATE_LIMIT_LOGIN_FAILURES, hooks/loginLimits.ts).
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    // "Mot de passe oublié" sends a French email (src/email).
    forgotPassword: { generateEmailHTML: forgotPasswordHTML, generateEmailSubject: forgotPasswordSubject },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role', 'updatedAt'],
    group: { fr: 'Administration', en: 'Administration' },
  },
  access: {
    // Only editors and admins use the admin panel; members only read through the API.
    admin: ({ req }) => isEditor(req),
    create: admins,
    read: adminsSelfOrEditorsMembers,
    update: adminsSelfOrEditorsMembers,
    delete: admins,
    unlock: admins,
  },
  hooks: {
    // Rate limit first, then the attempt counter.
    beforeOperation: [limitLogin, countLoginAttempt],
    beforeChange: [firstUserIsAdmin, protectCredentials],
    afterLogin: [resetAfterLogin],
    afterOperation: [forgetLoginFailures],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { fr: 'Nom', en: 'Name' },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'member',
      label: { fr: 'Rôle', en: 'Role' },
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      saveToJWT: true,
      // Only admins set roles, so nobody can raise their own.
      access: { create: adminsField, update: adminsField },
      admin: { position: 'sidebar', condition: notOnFirstUserScreen },
    },
    {
      // A member account proposes news and events for this authority (src/proposals); editors and admins set it.
      name: 'authority',
      type: 'relationship',
      relationTo: 'territories',
      label: { fr: 'Collectivité adhérente', en: 'Member authority' },
      access: { create: editorsField, update: editorsField },
      admin: {
        position: 'sidebar',
        condition: notOnFirstUserScreen,
        description: {
          fr: 'Pour un compte membre : la collectivité pour laquelle il propose actualités et événements.',
          en: 'For a member account: the authority it proposes news and events for.',
        },
      },
    },
    // Payload's API-key fields (merged with its own definitions by name): hidden on the first-user screen.
    { name: 'enableAPIKey', type: 'checkbox', admin: { condition: notOnFirstUserScreen } },
    { name: 'apiKey', type: 'text', admin: { condition: notOnFirstUserScreen } },
  ],
})
