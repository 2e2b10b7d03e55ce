import type { CollectionConfig } from 'payload'

import { admins } from '../../access/roles'
import { DATE_CELL, DAY_AND_TIME_PICKER } from '../../fields/dates'
import { WEBHOOK_EVENTS } from '../../webhooks/events'
import { GROUPS } from '../content'

/**
 * One row per webhook notification (src/webhooks): the exact body sent, and how its delivery goes. The
 * delivery id is the `X-RTES-Delivery` header. Written by the hooks and the delivery task only; admins
 * read it in the admin.
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  labels: {
    singular: { fr: 'Envoi de webhook', en: 'Webhook delivery' },
    plural: { fr: 'Envois de webhooks', en: 'Webhook deliveries' },
  },
  typescript: { interface: 'WebhookDelivery' },
  graphQL: { singularName: 'WebhookDelivery', pluralName: 'WebhookDeliveries' },
  custom: { rtes: { internal: true } },
  admin: {
    group: GROUPS.admin,
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'webhook', 'status', 'attempts', 'lastStatusCode', 'nextAttemptAt', 'createdAt'],
  },
  access: { read: admins, create: () => false, update: () => false, delete: admins },
  defaultSort: '-createdAt',
  fields: [
    { name: 'summary', type: 'text', label: { fr: 'Objet', en: 'Summary' }, admin: { readOnly: true } },
    {
      name: 'deliveryId',
      type: 'text',
      required: true,
      unique: true,
      label: { fr: 'Identifiant d’envoi (X-RTES-Delivery)', en: 'Delivery id (X-RTES-Delivery)' },
      admin: { readOnly: true },
    },
    {
      name: 'webhook',
      type: 'relationship',
      relationTo: 'webhooks',
      required: true,
      index: true,
      label: { fr: 'Webhook', en: 'Webhook' },
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'event',
          type: 'select',
          required: true,
          label: { fr: 'Événement', en: 'Event' },
          options: WEBHOOK_EVENTS.map((value) => ({ value, label: value })),
          admin: { readOnly: true },
        },
        { name: 'collection', type: 'text', required: true, label: { fr: 'Collection', en: 'Collection' }, admin: { readOnly: true } },
        { name: 'documentId', type: 'text', required: true, label: { fr: 'Document', en: 'Document' }, admin: { readOnly: true } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: { fr: 'État', en: 'Status' },
      options: [
        { value: 'pending', label: { fr: 'En attente', en: 'Pending' } },
        { value: 'retrying', label: { fr: 'Nouvel essai prévu', en: 'Retry scheduled' } },
        { value: 'succeeded', label: { fr: 'Remis', en: 'Delivered' } },
        { value: 'failed', label: { fr: 'Échec définitif', en: 'Failed' } },
      ],
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'attempts',
      type: 'number',
      required: true,
      defaultValue: 0,
      label: { fr: 'Tentatives', en: 'Attempts' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'lastStatusCode',
      type: 'number',
      label: { fr: 'Dernier code de réponse', en: 'Last response code' },
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'lastError', type: 'text', label: { fr: 'Dernière erreur', en: 'Last error' }, admin: { readOnly: true } },
    {
      name: 'nextAttemptAt',
      type: 'date',
      label: { fr: 'Prochain essai', en: 'Next attempt' },
      admin: { position: 'sidebar', readOnly: true, date: DAY_AND_TIME_PICKER, components: DATE_CELL },
    },
    {
      name: 'deliveredAt',
      type: 'date',
      label: { fr: 'Remis le', en: 'Delivered at' },
      admin: { position: 'sidebar', readOnly: true, date: DAY_AND_TIME_PICKER, components: DATE_CELL },
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      label: { fr: 'Corps envoyé (JSON)', en: 'Body sent (JSON)' },
      admin: { readOnly: true },
    },
  ],
}
