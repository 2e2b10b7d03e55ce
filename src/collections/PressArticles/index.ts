import type { CollectionConfig } from 'payload'

import { coverField } from '../../fields/cover'
import { datesOfUndatable, optionalDateField } from '../../fields/dates'
import { contributorsField } from '../../fields/contributors'
import { documentsField } from '../../fields/documents'
import { slugField } from '../../fields/slug'
import { taxonomyFields } from '../../fields/taxonomy'
import { urlField } from '../../fields/url'
import { visibilityField } from '../../fields/visibility'
import { editorialDefaults, GROUPS, publicListIndexes } from '../content'

/** Press coverage of RTES (the report's annex lists 22 articles for 2021). */
export const PressArticles: CollectionConfig = {
  slug: 'press-articles',
  labels: {
    singular: { fr: 'Article de presse', en: 'Press article' },
    plural: { fr: 'Revue de presse', en: 'Press articles' },
  },
  typescript: { interface: 'PressArticle' },
  graphQL: { singularName: 'PressArticle', pluralName: 'PressArticles' },
  custom: {
    rtes: {
      sdk: 'pressArticles',
      sync: { order: 3 },
      feed: { date: 'date', summary: 'excerpt' },
      newsletter: { order: 60 },
      seed: { order: 6 },
      search: { text: ['excerpt', 'outlet', 'author'] },
      example: (n) => ({ title: `Article ${n}`, outlet: 'Localtis', date: '2021-11-19', scope: 'national-specialised' }),
    },
  },
  ...editorialDefaults(),
  defaultSort: '-sortDate',
  indexes: publicListIndexes('sortDate'),
  admin: {
    group: GROUPS.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'outlet', 'date', 'scope', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'outlet', 'author'],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { fr: 'Titre', en: 'Title' } },
    slugField(),
    {
      type: 'row',
      fields: [
        { name: 'outlet', type: 'text', required: true, index: true, label: { fr: 'Média', en: 'Outlet' } },
        { name: 'author', type: 'text', label: { fr: 'Auteur·rice', en: 'Author' } },
        optionalDateField({ fr: 'Date de parution', en: 'Publication date' }),
      ],
    },
    ...datesOfUndatable('La date de révision ne peut pas précéder la date de parution.'),
    urlField({ name: 'url', label: { fr: 'Adresse de l’article', en: 'Article URL' } }),
    { name: 'excerpt', type: 'textarea', label: { fr: 'Extrait', en: 'Excerpt' } },
    coverField(),
    documentsField(),
    contributorsField(),
    {
      name: 'scope',
      type: 'select',
      required: true,
      index: true,
      label: { fr: 'Type de presse', en: 'Scope' },
      options: [
        { value: 'national-specialised', label: { fr: 'Presse nationale spécialisée', en: 'National specialised press' } },
        { value: 'regional', label: { fr: 'Presse régionale', en: 'Regional press' } },
        { value: 'general', label: { fr: 'Presse généraliste', en: 'General press' } },
      ],
    },
    {
      name: 'relatedFiches',
      type: 'relationship',
      relationTo: 'fiches',
      hasMany: true,
      label: { fr: 'Fiches liées', en: 'Related fiches' },
    },
    {
      name: 'relatedKits',
      type: 'relationship',
      relationTo: 'kits',
      hasMany: true,
      label: { fr: 'Kits liés', en: 'Related kits' },
    },
    ...taxonomyFields(),
    visibilityField(),
  ],
}
