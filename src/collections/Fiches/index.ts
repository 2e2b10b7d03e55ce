import type { CollectionConfig, Condition } from 'payload'

import { publicationDates } from '../../fields/dates'
import { coverField } from '../../fields/cover'
import { contributorsField } from '../../fields/contributors'
import { documentsField } from '../../fields/documents'
import { notItself } from '../../fields/notItself'
import { richTextHtmlField, selectRenderedRichText } from '../../fields/richTextHtml'
import { slugField } from '../../fields/slug'
import { titleField } from '../../fields/translatable'
import { addDetailedTerritories, taxonomyFields, territoryDetailsField } from '../../fields/taxonomy'
import { urlField } from '../../fields/url'
import { allOf, integer } from '../../fields/validate'
import { visibilityField } from '../../fields/visibility'
import { editorialDefaults, GROUPS, publicListIndexes } from '../content'
import { defaultLicence } from './hooks/defaultLicence'
import { SERIES_LABELS, uniqueNumberInSeries } from './validateNumber'

const isKitFiche: Condition = (data) => data?.series === 'kit'
const isDeniche: Condition = (data) => data?.series === 'deniche'

/** Every practical sheet RTES publishes, told apart by series. */
export const Fiches: CollectionConfig = {
  slug: 'fiches',
  labels: { singular: { fr: 'Fiche', en: 'Fiche' }, plural: { fr: 'Fiches', en: 'Fiches' } },
  typescript: { interface: 'Fiche' },
  graphQL: { singularName: 'Fiche', pluralName: 'Fiches' },
  custom: {
    rtes: {
      sdk: 'fiches',
      sync: { order: 1 },
      feed: { date: 'firstPublishedAt', summary: 'summary', filters: ['series'] },
      newsletter: { order: 40 },
      seed: { order: 5 },
      search: { text: ['summary', 'body', 'deniche.origin', 'deniche.financing', 'deniche.localAuthoritiesRole'] },
      example: (n) => ({ title: `Fiche ${n}`, series: 'deniche' }),
    },
  },
  ...editorialDefaults(),
  defaultSort: '-sortDate',
  // `?richText=html` with a `select` naming `body` also returns `bodyHtml`.
  hooks: { beforeOperation: [selectRenderedRichText], beforeChange: [addDetailedTerritories] },
  indexes: [...publicListIndexes('sortDate'), { fields: ['series', 'number'] }, { fields: ['kit', 'number'] }],
  admin: {
    group: GROUPS.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'series', 'number', 'kit', '_status', 'firstPublishedAt', 'updatedAt'],
    listSearchableFields: ['title', 'slug', 'summary'],
  },
  fields: [
    titleField(),
    slugField(),
    {
      type: 'row',
      fields: [
        {
          name: 'series',
          type: 'select',
          required: true,
          index: true,
          label: { fr: 'Série', en: 'Series' },
          options: Object.entries(SERIES_LABELS).map(([value, label]) => ({ value, label })),
        },
        {
          name: 'number',
          type: 'number',
          min: 1,
          label: { fr: 'Numéro', en: 'Number' },
          validate: allOf(integer, uniqueNumberInSeries),
        },
      ],
    },
    {
      type: 'row',
      admin: { condition: isKitFiche },
      fields: [
        {
          name: 'kit',
          type: 'relationship',
          relationTo: 'kits',
          index: true,
          label: { fr: 'Kit', en: 'Kit' },
          admin: { condition: isKitFiche },
          validate: (value: unknown, { siblingData }: { siblingData: { series?: string } }) =>
            siblingData?.series === 'kit' && !value ? 'Une fiche de kit doit indiquer son kit.' : true,
        },
        {
          name: 'category',
          type: 'select',
          label: { fr: 'Catégorie', en: 'Category' },
          admin: { condition: isKitFiche },
          options: [
            { value: 'introductive', label: { fr: 'Fiche introductive', en: 'Introduction' } },
            { value: 'levier', label: { fr: 'Fiche levier', en: 'Lever' } },
            { value: 'thematique', label: { fr: 'Fiche thématique', en: 'Thematic' } },
          ],
        },
        {
          name: 'page',
          type: 'number',
          min: 1,
          validate: integer,
          label: { fr: 'Page dans le kit imprimé', en: 'Page in the printed kit' },
          admin: { condition: isKitFiche },
        },
      ],
    },
    {
      // Editions renumber their fiches (n°17 in one, n°19 in the next): the link lets partners follow a fiche.
      name: 'previousEdition',
      type: 'relationship',
      relationTo: 'fiches',
      index: true,
      label: { fr: 'Même fiche dans l’édition précédente', en: 'Same fiche in the previous edition' },
      filterOptions: notItself({ series: { equals: 'kit' } }),
      admin: {
        condition: isKitFiche,
        description: {
          fr: 'La fiche correspondante du kit précédent (son numéro peut avoir changé).',
          en: 'The corresponding fiche of the previous kit edition (its number may differ).',
        },
      },
    },
    coverField(),
    { name: 'summary', type: 'textarea', localized: true, label: { fr: 'Résumé', en: 'Summary' } },
    { name: 'body', type: 'richText', localized: true, label: { fr: 'Contenu', en: 'Body' } },
    richTextHtmlField('body'),
    {
      // The five rubriques of a "Déniché pour vous" sheet.
      name: 'deniche',
      type: 'group',
      label: { fr: 'Rubriques « Déniché pour vous »', en: '"Déniché pour vous" sections' },
      admin: { condition: isDeniche },
      fields: [
        {
          name: 'origin',
          type: 'textarea',
          localized: true,
          label: { fr: 'Origine et présentation de l’initiative', en: 'Origin and presentation' },
        },
        { name: 'financing', type: 'textarea', localized: true, label: { fr: 'Financement', en: 'Financing' } },
        urlField({ name: 'website', label: { fr: 'Site web de l’initiative', en: 'Initiative’s website' } }),
        {
          name: 'address',
          type: 'textarea',
          label: { fr: 'Adresse postale de l’initiative', en: 'Initiative’s postal address' },
          admin: { description: { fr: 'Telle qu’elle s’écrit sur une enveloppe.', en: 'As written on an envelope.' } },
        },
        {
          name: 'localAuthoritiesRole',
          type: 'textarea',
          localized: true,
          label: { fr: 'Rôle des collectivités locales', en: 'Role of local authorities' },
        },
        {
          name: 'keyFigures',
          type: 'array',
          label: { fr: 'Chiffres clés', en: 'Key figures' },
          labels: { singular: { fr: 'Chiffre clé', en: 'Key figure' }, plural: { fr: 'Chiffres clés', en: 'Key figures' } },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'label', type: 'text', required: true, localized: true, label: { fr: 'Libellé', en: 'Label' } },
                { name: 'value', type: 'text', required: true, label: { fr: 'Valeur', en: 'Value' } },
              ],
            },
          ],
        },
        {
          name: 'contacts',
          type: 'array',
          label: { fr: 'Personnes ressources', en: 'Resource contacts' },
          labels: {
            singular: { fr: 'Personne ressource', en: 'Resource contact' },
            plural: { fr: 'Personnes ressources', en: 'Resource contacts' },
          },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'name', type: 'text', required: true, label: { fr: 'Nom', en: 'Name' } },
                { name: 'role', type: 'text', label: { fr: 'Fonction', en: 'Role' } },
                { name: 'organisation', type: 'text', label: { fr: 'Structure', en: 'Organisation' } },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'email', type: 'email', label: { fr: 'Courriel', en: 'Email' } },
                { name: 'phone', type: 'text', label: { fr: 'Téléphone', en: 'Phone' } },
                urlField({ name: 'url', label: { fr: 'Site web', en: 'Website' } }),
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'partners',
      type: 'relationship',
      relationTo: 'partners',
      hasMany: true,
      label: { fr: 'Co-auteurs et partenaires', en: 'Co-authors and partners' },
    },
    documentsField(),
    contributorsField(),
    {
      name: 'licence',
      type: 'select',
      label: { fr: 'Licence', en: 'Licence' },
      hooks: { beforeValidate: [defaultLicence] },
      options: [
        { value: 'cc-by-nc-nd-4.0', label: 'CC BY-NC-ND 4.0' },
        { value: 'cc-by-nc-sa-4.0', label: 'CC BY-NC-SA 4.0' },
        { value: 'cc-by-4.0', label: 'CC BY 4.0' },
        { value: 'all-rights-reserved', label: { fr: 'Tous droits réservés', en: 'All rights reserved' } },
      ],
      admin: { position: 'sidebar' },
    },
    ...publicationDates(),
    ...taxonomyFields(),
    territoryDetailsField(),
    visibilityField(),
  ],
}
