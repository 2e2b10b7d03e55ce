import type { CollectionConfig } from 'payload'

import { coverField } from '../../fields/cover'
import { publicationDates } from '../../fields/dates'
import { documentsField } from '../../fields/documents'
import { slugField } from '../../fields/slug'
import { addTerritoriesFrom, taxonomyFields } from '../../fields/taxonomy'
import { titleField } from '../../fields/translatable'
import { visibilityField } from '../../fields/visibility'
import { editorialDefaults, GROUPS, publicListIndexes } from '../content'

/**
 * "Parole d'élu.e": an elected official of a member authority (sometimes two, as for Strasbourg in 2021)
 * answers RTES's questions in the monthly newsletter. The officials are `people`, with the mandate and
 * authority they held then; their authorities join `territories`, which partners filter on.
 */
export const Interviews: CollectionConfig = {
  slug: 'interviews',
  labels: {
    singular: { fr: 'Parole d’élu·e', en: 'Elected official interview' },
    plural: { fr: 'Paroles d’élu·e·s', en: 'Elected official interviews' },
  },
  typescript: { interface: 'Interview' },
  graphQL: { singularName: 'Interview', pluralName: 'Interviews' },
  custom: {
    rtes: {
      sdk: 'interviews',
      sync: { order: 11 },
      feed: { date: 'firstPublishedAt', summary: 'summary' },
      newsletter: { order: 20 },
      seed: { order: 9 },
      search: { text: ['summary'] },
      example: (n) => ({ title: `Parole d’élu·e ${n}` }),
    },
  },
  ...editorialDefaults(),
  defaultSort: '-sortDate',
  hooks: { beforeChange: [addTerritoriesFrom('officials', 'authority')] },
  indexes: publicListIndexes('sortDate'),
  admin: {
    group: GROUPS.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'territories', '_status', 'firstPublishedAt', 'updatedAt'],
    listSearchableFields: ['title', 'slug', 'summary'],
  },
  fields: [
    titleField(),
    slugField(),
    {
      name: 'officials',
      type: 'array',
      label: { fr: 'Élu·e·s', en: 'Elected officials' },
      labels: { singular: { fr: 'Élu·e', en: 'Elected official' }, plural: { fr: 'Élu·e·s', en: 'Elected officials' } },
      admin: {
        description: {
          fr: 'La personne, son mandat au moment de l’entretien et sa collectivité (ajoutée aux Territoires).',
          en: 'The person, their mandate at the time and their authority (added to Territories).',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'person', type: 'relationship', relationTo: 'people', required: true, label: { fr: 'Personne', en: 'Person' } },
            {
              name: 'authority',
              type: 'relationship',
              relationTo: 'territories',
              label: { fr: 'Collectivité', en: 'Local authority' },
            },
          ],
        },
        {
          name: 'mandate',
          type: 'text',
          localized: true,
          label: { fr: 'Mandat', en: 'Mandate' },
          admin: { placeholder: 'adjoint au maire de Bordeaux, chargé de l’emploi et de l’ESS' },
        },
      ],
    },
    { ...coverField(), name: 'portrait', label: { fr: 'Portrait', en: 'Portrait' } },
    { name: 'summary', type: 'textarea', localized: true, label: { fr: 'Chapô', en: 'Summary' } },
    {
      name: 'questions',
      type: 'array',
      label: { fr: 'Questions et réponses', en: 'Questions and answers' },
      labels: { singular: { fr: 'Question', en: 'Question' }, plural: { fr: 'Questions', en: 'Questions' } },
      fields: [
        { name: 'question', type: 'text', required: true, localized: true, label: { fr: 'Question', en: 'Question' } },
        { name: 'answer', type: 'richText', localized: true, label: { fr: 'Réponse', en: 'Answer' } },
      ],
    },
    documentsField(),
    ...publicationDates(),
    ...taxonomyFields(),
    visibilityField(),
  ],
}
