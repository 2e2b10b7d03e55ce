import type { CollectionBeforeChangeHook, Field } from 'payload'

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

/**
 * Territories as a publication writes them: each named territory with what it is to the document (the
 * initiative's address, its zone of action…) and a free qualifier ("nord du Cantal"). `territories`
 * stays the filterable list; the territories named here are added to it on save, so filters find them.
 */
export const territoryDetailsField = (): Field => ({
  name: 'territoryDetails',
  type: 'array',
  label: { fr: 'Territoires précisés', en: 'Territory details' },
  labels: {
    singular: { fr: 'Territoire précisé', en: 'Territory detail' },
    plural: { fr: 'Territoires précisés', en: 'Territory details' },
  },
  admin: {
    description: {
      fr: 'Pour préciser un territoire cité : son rôle (adresse, zone d’action) et une mention libre (« nord du Cantal »). Il est ajouté aux Territoires.',
      en: 'To qualify a territory: its role (address, zone of action) and a note ("northern Cantal"). It is added to Territories.',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'territory',
          type: 'relationship',
          relationTo: 'territories',
          required: true,
          label: { fr: 'Territoire', en: 'Territory' },
        },
        {
          name: 'role',
          type: 'select',
          label: { fr: 'Rôle', en: 'Role' },
          options: [
            { value: 'zone-of-action', label: { fr: 'Zone d’action', en: 'Zone of action' } },
            { value: 'address', label: { fr: 'Adresse', en: 'Address' } },
            { value: 'other', label: { fr: 'Autre', en: 'Other' } },
          ],
        },
        { name: 'note', type: 'text', localized: true, label: { fr: 'Précision', en: 'Note' }, admin: { placeholder: 'nord du Cantal' } },
      ],
    },
  ],
})

/**
 * Collection hook factory: the territories named in the rows of the array `array` (their `field`) join the
 * filterable `territories` list (kept otherwise).
 */
export const addTerritoriesFrom =
  (array: string, field = 'territory'): CollectionBeforeChangeHook =>
  ({ data, originalDoc }) => {
    const rows = data?.[array]
    if (!data || !Array.isArray(rows)) return data
    const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id?: unknown }).id : value)
    const current = 'territories' in data ? data.territories : (originalDoc as { territories?: unknown } | undefined)?.territories
    const listed = Array.isArray(current) ? current.map(idOf) : []
    const named = rows.map((row) => idOf((row as Record<string, unknown> | null)?.[field]))
    const ids = [...listed, ...named].filter((id) => typeof id === 'string' || typeof id === 'number')
    return { ...data, territories: [...new Set(ids)] }
  }

/** Collection hook: the detailed territories join the filterable `territories` list (kept otherwise). */
export const addDetailedTerritories = addTerritoriesFrom('territoryDetails')
