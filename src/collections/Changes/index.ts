import type { CollectionConfig } from 'payload'

import { admins } from '../../access/roles'
import { GROUPS } from '../content'

/**
 * The change log behind `GET /api/sync` (src/sync): one row per create, update or delete of a synced
 * document, numbered by a strictly increasing `sequence`. Written only by hooks (src/sync/log.ts), read
 * by nobody but admins, hidden from the admin navigation, left out of GraphQL, the OpenAPI spec and the
 * SDK. Only ids (and who could read the document) are kept: the sync endpoint reads each document's current
 * state with the caller's access.
 */
export const Changes: CollectionConfig = {
  slug: 'sync-changes',
  labels: {
    singular: { fr: 'Modification (synchronisation)', en: 'Change (sync)' },
    plural: { fr: 'Journal des modifications', en: 'Change log' },
  },
  typescript: { interface: 'SyncChange' },
  graphQL: false,
  custom: { rtes: { internal: true } },
  admin: { hidden: true, group: GROUPS.admin, useAsTitle: 'documentId', defaultColumns: ['sequence', 'collection', 'documentId', 'kind'] },
  access: {
    read: admins,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  defaultSort: 'sequence',
  fields: [
    {
      name: 'sequence',
      type: 'number',
      required: true,
      unique: true,
      index: true,
      label: { fr: 'Séquence', en: 'Sequence' },
    },
    { name: 'collection', type: 'text', required: true, label: { fr: 'Collection', en: 'Collection' } },
    { name: 'documentId', type: 'text', required: true, index: true, label: { fr: 'Document', en: 'Document' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { fr: 'Nature', en: 'Kind' },
      options: [
        { value: 'create', label: { fr: 'Création', en: 'Create' } },
        { value: 'update', label: { fr: 'Modification', en: 'Update' } },
        { value: 'delete', label: { fr: 'Suppression', en: 'Delete' } },
      ],
    },
    {
      // Who could read the document right after this change (none after a delete). Readers are nested:
      // what the public reads, members read too; editors read everything. A caller gets a tombstone only
      // for a document some change made readable to them (src/sync/page.ts).
      name: 'audience',
      type: 'select',
      label: { fr: 'Lisible par', en: 'Readable by' },
      options: [
        { value: 'public', label: { fr: 'Tout le monde', en: 'Everyone' } },
        { value: 'members', label: { fr: 'Adhérents et éditeurs', en: 'Members and editors' } },
        { value: 'editors', label: { fr: 'Éditeurs seulement', en: 'Editors only' } },
      ],
    },
  ],
}
