import type { CollectionConfig } from 'payload'

import { editors } from '../../access/roles'
import { GROUPS } from '../content'

/** `YYYY-MM`: the month a row counts. */
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/**
 * Unique downloads (src/downloads): one row per document (media) and month, `downloads` being the number
 * of distinct visitors a day who downloaded it, summed over the month. The fiche and kit that referenced
 * the document when the month's first download was counted are kept, so the report can add up per fiche
 * and per kit. No visitor data is stored here, nor anywhere: see src/downloads/visitors.ts.
 * Written by the download route only; editors read it (admin, REST, `GET /api/download-stats`).
 */
export const DownloadCounts: CollectionConfig = {
  slug: 'download-counts',
  labels: {
    singular: { fr: 'Téléchargements d’un document', en: 'Document downloads' },
    plural: { fr: 'Téléchargements uniques', en: 'Unique downloads' },
  },
  typescript: { interface: 'DownloadCount' },
  graphQL: { singularName: 'DownloadCount', pluralName: 'DownloadCounts' },
  custom: { rtes: { internal: true } },
  admin: {
    group: GROUPS.admin,
    useAsTitle: 'month',
    defaultColumns: ['month', 'media', 'downloads', 'fiche', 'kit'],
  },
  access: { read: editors, create: () => false, update: () => false, delete: () => false },
  defaultSort: '-month',
  indexes: [{ fields: ['media', 'month'], unique: true }],
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'month',
          type: 'text',
          required: true,
          index: true,
          label: { fr: 'Mois (AAAA-MM)', en: 'Month (YYYY-MM)' },
          validate: (value: unknown) => (typeof value === 'string' && MONTH.test(value) ? true : 'Un mois au format AAAA-MM.'),
          admin: { readOnly: true },
        },
        {
          name: 'downloads',
          type: 'number',
          required: true,
          defaultValue: 0,
          min: 0,
          label: { fr: 'Téléchargements uniques', en: 'Unique downloads' },
          admin: { readOnly: true },
        },
      ],
    },
    // Not required: a deleted document's counts stay, unattached.
    {
      name: 'media',
      type: 'relationship',
      relationTo: 'media',
      index: true,
      label: { fr: 'Document', en: 'Document' },
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'fiche',
          type: 'relationship',
          relationTo: 'fiches',
          index: true,
          label: { fr: 'Fiche', en: 'Fiche' },
          admin: { readOnly: true },
        },
        { name: 'kit', type: 'relationship', relationTo: 'kits', index: true, label: { fr: 'Kit', en: 'Kit' }, admin: { readOnly: true } },
      ],
    },
  ],
}
