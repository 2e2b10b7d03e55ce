import type { CollectionConfig } from 'payload'

import { coverField } from '../../fields/cover'
import { contributorsField } from '../../fields/contributors'
import { publicationDates } from '../../fields/dates'
import { documentsField } from '../../fields/documents'
import { richTextHtmlField, selectRenderedRichText } from '../../fields/richTextHtml'
import { slugField } from '../../fields/slug'
import { taxonomyFields } from '../../fields/taxonomy'
import { titleField } from '../../fields/translatable'
import { urlField } from '../../fields/url'
import { visibilityField } from '../../fields/visibility'
import { editorialDefaults, GROUPS, publicListIndexes } from '../content'

/**
 * "Les actualités des territoires": initiatives and news of member local authorities, one visit in five on
 * rtes.fr (2021 report). Members propose them for their authority (src/proposals, applied in
 * src/plugin/collections.ts); editors review and publish.
 */
export const News: CollectionConfig = {
  slug: 'news',
  labels: {
    singular: { fr: 'Actualité des territoires', en: 'Territory news item' },
    plural: { fr: 'Actualités des territoires', en: 'Territory news' },
  },
  typescript: { interface: 'NewsItem' },
  graphQL: { singularName: 'NewsItem', pluralName: 'News' },
  custom: {
    rtes: {
      sdk: 'news',
      sync: { order: 10 },
      feed: { date: 'firstPublishedAt', summary: 'summary' },
      newsletter: { order: 10 },
      search: { text: ['summary', 'body'] },
      example: (n) => ({ title: `Actualité ${n}` }),
    },
  },
  ...editorialDefaults(),
  defaultSort: '-sortDate',
  // `?richText=html` with a `select` naming `body` also returns `bodyHtml`.
  hooks: { beforeOperation: [selectRenderedRichText] },
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
    coverField(),
    { name: 'summary', type: 'textarea', localized: true, label: { fr: 'Chapô', en: 'Summary' } },
    { name: 'body', type: 'richText', localized: true, label: { fr: 'Contenu', en: 'Body' } },
    richTextHtmlField('body'),
    {
      name: 'links',
      type: 'array',
      label: { fr: 'Liens', en: 'Links' },
      labels: { singular: { fr: 'Lien', en: 'Link' }, plural: { fr: 'Liens', en: 'Links' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', required: true, localized: true, label: { fr: 'Libellé', en: 'Label' } },
            urlField({ name: 'url', required: true, label: { fr: 'Adresse web', en: 'URL' } }),
          ],
        },
      ],
    },
    documentsField(),
    contributorsField(),
    ...publicationDates(),
    ...taxonomyFields(),
    visibilityField(),
  ],
}
