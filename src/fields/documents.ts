import type { Field } from 'payload'

import { urlField } from './url'

/**
 * Downloadable versions of a publication (web version, laid-out PDF, print PDF…): each is an uploaded
 * file or an external URL, exactly one of the two.
 */
export const documentsField = (): Field => ({
  name: 'documents',
  type: 'array',
  label: { fr: 'Documents', en: 'Documents' },
  labels: { singular: { fr: 'Document', en: 'Document' }, plural: { fr: 'Documents', en: 'Documents' } },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'label', type: 'text', required: true, localized: true, label: { fr: 'Libellé', en: 'Label' } },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'pdf',
          label: { fr: 'Type', en: 'Kind' },
          options: [
            { value: 'web', label: { fr: 'Version web', en: 'Web version' } },
            { value: 'pdf', label: { fr: 'PDF mis en page', en: 'Laid-out PDF' } },
            { value: 'print', label: { fr: 'PDF imprimeur', en: 'Print PDF' } },
            { value: 'other', label: { fr: 'Autre', en: 'Other' } },
          ],
        },
      ],
    },
    {
      name: 'file',
      type: 'upload',
      relationTo: 'media',
      label: { fr: 'Fichier', en: 'File' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        Boolean(value) === Boolean(siblingData?.url)
          ? 'Chaque document doit avoir soit un fichier, soit une adresse web (et pas les deux).'
          : true,
    },
    urlField({ name: 'url', label: { fr: 'Adresse web externe', en: 'External URL' } }),
  ],
})
