import type { CollectionConfig } from 'payload'

import { publicationDates } from '../../fields/dates'
import { coverField } from '../../fields/cover'
import { contributorsField } from '../../fields/contributors'
import { documentsField } from '../../fields/documents'
import { notItself } from '../../fields/notItself'
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
      newsletter: { order: 50 },
      seed: { order: 4 },
      search: { text: ['summary'] },
      // Editions run from 2002 (the first kit) to 2100.
      example: (n) => ({ title: `Kit ${n}`, level: 'regional', edition: 2002 + (n % 99) }),
    },
  },
  ...editorialDefaults(),
  defaultSort: '-sortDate',
  indexes: [...publicListIndexes('sortDate'), { fields: ['level', 'edition'] }],
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
        {
          name: 'edition',
          type: 'number',
          required: true,
          min: 2002,
          max: 2100,
          validate: integer,
          label: { fr: 'Édition (année)', en: 'Edition (year)' },
        },
        { name: 'version', type: 'text', label: { fr: 'Version', en: 'Version' } },
        { name: 'printRun', type: 'number', min: 0, validate: integer, label: { fr: 'Tirage (exemplaires)', en: 'Print run' } },
      ],
    },
    { name: 'summary', type: 'textarea', localized: true, label: { fr: 'Résumé', en: 'Summary' } },
    {
      name: 'previousEdition',
      type: 'relationship',
      relationTo: 'kits',
      index: true,
      label: { fr: 'Édition précédente', en: 'Previous edition' },
      filterOptions: notItself(),
      admin: {
        description: {
          fr: 'Le kit que cette édition remplace ; relier aussi chaque fiche à la sienne.',
          en: 'The kit this edition replaces; also link each fiche to its own.',
        },
      },
    },
    {
      name: 'paperEdition',
      type: 'select',
      label: { fr: 'Édition papier', en: 'Paper edition' },
      options: [
        { value: 'none', label: { fr: 'Aucune', en: 'None' } },
        { value: 'members', label: { fr: 'Réservée aux adhérents', en: 'Members only' } },
        { value: 'everyone', label: { fr: 'Sur demande, pour tous', en: 'On request, for everyone' } },
      ],
      admin: {
        description: {
          fr: 'Des exemplaires imprimés existent-ils, et pour qui ? (« Réservée aux adhérents » : envoyés aux collectivités adhérentes.)',
          en: 'Whether printed copies exist, and for whom ("Members only": sent to member authorities).',
        },
      },
    },
    coverField(),
    documentsField(),
    contributorsField(),
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
