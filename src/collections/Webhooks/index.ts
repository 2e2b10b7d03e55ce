import { type CollectionBeforeChangeHook, type CollectionConfig, type FieldHook, type PayloadRequest, ValidationError } from 'payload'

import { admins } from '../../access/roles'
import { settingsOf } from '../../plugin/options'
import { targetUrlProblem } from '../../webhooks/targets'
import { GROUPS } from '../content'
import { deleteDeliveries } from './hooks/deleteDeliveries'

const MIN_SECRET_LENGTH = 16

/** The secret is write-only: what was typed moves to the hidden `signingSecret`, and reads return nothing. */
const neverReturned: FieldHook = () => null

const keepSecret: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const secret: unknown = data.secret
  const refuse = (message: string) => {
    throw new ValidationError({ collection: 'webhooks', errors: [{ path: 'secret', message }], req })
  }
  if (secret === undefined || secret === null || secret === '') {
    if (operation === 'create') refuse('Le secret est obligatoire (a signing secret is required).')
  } else if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) {
    refuse(`Le secret doit compter au moins ${MIN_SECRET_LENGTH} caractères (at least ${MIN_SECRET_LENGTH} characters).`)
  } else data.signingSecret = secret
  data.secret = null
  return data
}

/** A collection webhooks may follow: its slug and its label. */
export interface FollowedCollection {
  slug: string
  labels: Record<string, string>
}

/**
 * Signed webhooks (src/webhooks): RTES notifies a partner's URL when content of `followed` collections is
 * published, updated, unpublished or deleted. Admins only, for every operation.
 */
export const webhooksCollection = (followed: FollowedCollection[]): CollectionConfig => ({
  slug: 'webhooks',
  labels: { singular: { fr: 'Webhook', en: 'Webhook' }, plural: { fr: 'Webhooks', en: 'Webhooks' } },
  typescript: { interface: 'Webhook' },
  graphQL: { singularName: 'Webhook', pluralName: 'Webhooks' },
  custom: { rtes: { internal: true } },
  admin: {
    group: GROUPS.admin,
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'events', 'collections', 'active'],
    description: {
      fr: 'Notifications signées envoyées aux sites partenaires (voir le README de @rtes/sdk pour la vérification).',
      en: 'Signed notifications sent to partner sites (see the @rtes/sdk README to verify them).',
    },
  },
  access: { read: admins, create: admins, update: admins, delete: admins },
  hooks: { beforeChange: [keepSecret], beforeDelete: [deleteDeliveries] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { fr: 'Nom', en: 'Name' } },
    {
      name: 'url',
      type: 'text',
      required: true,
      label: { fr: 'Adresse de réception (URL)', en: 'Target URL' },
      validate: (value: unknown, { req }: { req: PayloadRequest }) => {
        if (!value) return 'Ce champ est obligatoire (required).'
        return targetUrlProblem(value, { allowPrivate: settingsOf(req.payload.config).webhooks.allowPrivateTargets }) ?? true
      },
    },
    {
      name: 'secret',
      type: 'text',
      label: { fr: 'Secret de signature', en: 'Signing secret' },
      admin: {
        description: {
          fr: 'Au moins 16 caractères. Jamais réaffiché après l’enregistrement : laisser vide pour conserver le secret actuel.',
          en: 'At least 16 characters. Never shown again after saving: leave empty to keep the current secret.',
        },
      },
      // Checked and moved to `signingSecret` by the `keepSecret` hook (before field validation runs).
      hooks: { afterRead: [neverReturned] },
    },
    // Where the secret is kept: hidden fields are never returned by REST, GraphQL or the admin.
    { name: 'signingSecret', type: 'text', hidden: true },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      label: { fr: 'Événements', en: 'Events' },
      options: [
        { value: 'publish', label: { fr: 'Publication', en: 'Publish' } },
        { value: 'update', label: { fr: 'Mise à jour d’un contenu publié', en: 'Update of published content' } },
        { value: 'unpublish', label: { fr: 'Dépublication (ou passage en accès réservé)', en: 'Unpublish (or made members-only)' } },
        { value: 'delete', label: { fr: 'Suppression', en: 'Delete' } },
      ],
    },
    {
      name: 'collections',
      type: 'select',
      hasMany: true,
      required: true,
      label: { fr: 'Collections', en: 'Collections' },
      options: followed.map(({ slug, labels }) => ({ value: slug, label: labels })),
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      label: { fr: 'Actif', en: 'Active' },
      admin: { position: 'sidebar' },
    },
  ],
})
