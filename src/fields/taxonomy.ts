import type { Field } from 'payload'

/** Themes and territories a document is filed under (several of each); indexed for partner filters. */
export const taxonomyFields = (): Field[] => [
  {
    name: 'themes',
    type: 'relationship',
    relationTo: 'themes',
    hasMany: true,
    index: true,
    label: { fr: 'Thématiques', en: 'Themes' },
    admin: { position: 'sidebar' },
  },
  {
    name: 'territories',
    type: 'relationship',
    relationTo: 'territories',
    hasMany: true,
    index: true,
    label: { fr: 'Territoires', en: 'Territories' },
    admin: { position: 'sidebar' },
  },
]
