import type { CollectionConfig } from 'payload'

import { datesOfUndatable, optionalDateField } from '../../fields/dates'
import { contributorsField } from '../../fields/contributors'
import { documentsField } from '../../fields/documents'
import { richTextHtmlField, selectRenderedRichText } from '../../fields/richTextHtml'
import { slugField } from '../../fields/slug'
import { titleField } from '../../fields/translatable'
import { taxonomyFields } from '../../fields/taxonomy'
import { visibilityField } from '../../fields/visibility'
import { editorialDefaults, GROUPS, publicListIndexes } from '../content'

/** Plaidoyers: auditions, amendments, contributions, letters… and what came of them. */
export const AdvocacyContributions: CollectionConfig = {
  slug: 'advocacy-contributions',
  labels: {
    singular: { fr: 'Plaidoyer', en: 'Advocacy contribution' },
    plural: { fr: 'Plaidoyers', en: 'Advocacy contributions' },
  },
  typescript: { interface: 'AdvocacyContribution' },
  graphQL: { singularName: 'AdvocacyContribution', pluralName: 'AdvocacyContributions' },
  custom: {
    rtes: {
      sdk: 'advocacyContributions',
      sync: { order: 5 },
      feed: { date: 'date', summary: 'context' },
      newsletter: { order: 70 },
      seed: { order: 7 },
      search: { text: ['context', 'body', 'outcome'] },
      example: (n) => ({ title: `Plaidoyer ${n}`, kind: 'contribution', date: '2021-05-01', context: 'Loi 3DS' }),
    },
  },
  ...editorialDefaults(),
  // `?richText=html` with a `select` naming `body` also returns `bodyHtml`.
  hooks: { beforeOperation: [selectRenderedRichText] },
  defaultSort: '-sortDate',
  indexes: publicListIndexes('sortDate'),
  admin: {
    group: GROUPS.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'context', 'date', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'context'],
  },
  fields: [
    titleField(),
    slugField(),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          label: { fr: 'Nature', en: 'Kind' },
          options: [
            { value: 'audition', label: { fr: 'Audition', en: 'Hearing' } },
            { value: 'amendment', label: { fr: 'Amendement', en: 'Amendment' } },
            { value: 'contribution', label: { fr: 'Contribution', en: 'Contribution' } },
            { value: 'letter', label: { fr: 'Courrier', en: 'Letter' } },
            { value: 'press-release', label: { fr: 'Communiqué de presse', en: 'Press release' } },
            { value: 'bill-proposal', label: { fr: 'Proposition de loi', en: 'Bill proposal' } },
            { value: 'declaration', label: { fr: 'Déclaration commune', en: 'Joint declaration' } },
            { value: 'tribune', label: { fr: 'Tribune', en: 'Op-ed' } },
            { value: 'appel', label: { fr: 'Appel', en: 'Call (appeal)' } },
          ],
        },
        optionalDateField({ fr: 'Date', en: 'Date' }),
      ],
    },
    ...datesOfUndatable('La date de révision ne peut pas précéder la date du plaidoyer.'),
    {
      name: 'context',
      type: 'text',
      required: true,
      localized: true,
      label: { fr: 'Contexte législatif ou politique', en: 'Legislative or policy context' },
      admin: { description: { fr: 'Par exemple : loi Climat et Résilience, loi 3DS, mission IGAS-IGF.', en: 'E.g. a bill or a mission.' } },
    },
    {
      name: 'partners',
      type: 'relationship',
      relationTo: 'partners',
      hasMany: true,
      label: { fr: 'Partenaires co-signataires', en: 'Co-signing partners' },
    },
    { name: 'body', type: 'richText', localized: true, label: { fr: 'Contenu', en: 'Body' } },
    richTextHtmlField('body'),
    documentsField(),
    contributorsField(),
    { name: 'outcome', type: 'textarea', localized: true, label: { fr: 'Suites données', en: 'Outcome' } },
    ...taxonomyFields(),
    visibilityField(),
  ],
}
