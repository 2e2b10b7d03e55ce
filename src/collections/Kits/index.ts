import type { CollectionConfig } from 'payload'

import { publicationDates } from '../../fields/dates'
import { documentsField } from '../../fields/documents'
import { slugField } from '../../fields/slug'
import { titleField } from '../../fields/translatable'
import { taxonomyFields } from '../../fields/taxonomy'
import { integer } from '../../fields/validate'
import { visibilityField } from '../../fields/visibility'
import { editorialDefaults, GROUPS, publicListIndexes } from '../content'

/** Kit MunicipalESS, DépartementalESS, RégionalESS: a printed booklet made of numbered fiches. */
export const Kits: CollectionConfig = {
  slug: 'kits',
  labels: { singular: { fr: 'Kit', en: 'Kit' }, plural: { fr: 'Kits', en: 'Kits' } },
  typescript: { interface: 'Kit' },
  graphQL: { singularName: 'Kit', pluralName: 'Kits' },
  custom: {
    rtes: {
      sdk: 'kits',
      sync: { order: 2 },
      feed: { date: 'firstPublishedAt', summary: 'summary' },
      seed: { order: 4 },
      search: { text: ['summary'] },
      example: (n) => ({ title: `Kit ${n}`, level: 'regional', edition: 2000 + n }),
    },
  },
  ...editorialDefaults(),
  defaultSort: '-firstPublishedAt',
  indexes: [...publicListIndexes('firstPublishedAt'), { fields: ['level', 'edition'] }],
  admin: {
    group: GROUPS.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'level', 'edition', 'version', '_status', 'firstPublishedAt', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
  },
  fields: [
    titleField(),
    slugField(),
    {
      type: 'row',
      fields: [
        {
          name: 'level',
          type: 'select',
          required: true,
          index: true,
          label: { fr: 'Échelon', en: 'Level' },
          options: [
            { value: 'municipal', label: { fr: 'MunicipalESS (communes et intercommunalités)', en: 'MunicipalESS' } },
            { value: 'departemental', label: { fr: 'DépartementalESS', en: 'DépartementalESS' } },
            { value: 'regional', label: { fr: 'RégionalESS', en: 'RégionalESS' } },
          ],
        },
        { name: 'edition', type: 'number', required: true, min: 2002, max: 2100, validate: integer, label: { fr: 'Édition (année)', en: 'Edition (year)' } },
        { name: 'version', type: 'text', label: { fr: 'Version', en: 'Version' } },
        { name: 'printRun', type: 'number', min: 0, validate: integer, label: { fr: 'Tirage (exemplaires)', en: 'Print run' } },
      ],
    },
    { name: 'summary', type: 'textarea', localized: true, label: { fr: 'Résumé', en: 'Summary' } },
    { name: 'cover', type: 'upload', relationTo: 'media', label: { fr: 'Couverture', en: 'Cover' } },
    documentsField(),
    {
      // Derived from each fiche's `kit`: no hand-maintained duplicate list. Readers only see the fiches
      // their access allows (joins apply the fiches' read constraint).
      name: 'fiches',
      type: 'join',
      collection: 'fiches',
      on: 'kit',
      defaultSort: 'number',
      defaultLimit: 100,
      maxDepth: 1,
      label: { fr: 'Fiches du kit', en: 'Fiches of the kit' },
      admin: { defaultColumns: ['number', 'title', 'category', '_status'] },
    },
    ...publicationDates(),
    ...taxonomyFields(),
    visibilityField(),
  ],
}
