import type { CollectionAfterReadHook, CollectionConfig, NumberFieldSingleValidation, Where } from 'payload'

import { COMPONENTS } from '../../admin'
import { DATE_CELL, DAY_PICKER } from '../../fields/dates'
import { slugField } from '../../fields/slug'
import { allOf, integer } from '../../fields/validate'
import type { RegistryEntry } from '../../plugin/registry'
import { editorialDefaults, GROUPS, publicListIndexes } from '../content'
import { draftNextEndpoint } from './draftNext'
import { MAX_ITEMS, MEMBERS_ONLY_SERIES, SERIES, type Series } from './series'

/** Issue numbers run per series: a duplicate is a 400 on `number`, not a database error. */
const uniqueNumberInSeries: NumberFieldSingleValidation = async (value, { data, id, req }) => {
  const series = (data as { series?: Series }).series
  if (value === null || value === undefined || !series) return true
  const conditions: Where[] = [{ series: { equals: series } }, { number: { equals: value } }]
  if (id) conditions.push({ id: { not_equals: id } })
  const { totalDocs } = await req.payload.count({ collection: 'newsletters', where: { and: conditions }, overrideAccess: true, req })
  return totalDocs ? `La série « ${SERIES[series].fr} » a déjà un numéro ${value}.` : true
}

/**
 * Items whose document the reader may not read lose it (src/access/relations.ts: the id is not revealed), and
 * items whose document was deleted have none: such an item goes, its note with it, so every item the API
 * returns has its document.
 */
const dropItemsWithoutDocument: CollectionAfterReadHook = ({ doc }) => {
  if (!Array.isArray(doc?.items)) return doc
  return { ...doc, items: doc.items.filter((item: { doc?: unknown }) => item?.doc !== null && item?.doc !== undefined) }
}

/**
 * Newsletter issues (« Lettres d'information »): a series, a number, a date, a subject, an editorial and an
 * ordered list of items, each a published document of a collection the registry flags for newsletters
 * (`custom.rtes.newsletter`: `picked`) with an optional note. Rendered as email HTML and plain text by the
 * server (src/server/newsletters.ts). Flash hebdo issues are members-only on every channel: read access is
 * a query constraint, as for members-only documents; the other series are public once published.
 */
export function newslettersCollection(picked: RegistryEntry[]): CollectionConfig {
  if (!picked.length) throw new Error('newsletters: no collection is flagged `custom.rtes.newsletter` in the registry.')
  return {
    slug: 'newsletters',
    labels: {
      singular: { fr: 'Lettre d’information', en: 'Newsletter issue' },
      plural: { fr: 'Lettres d’information', en: 'Newsletters' },
    },
    typescript: { interface: 'Newsletter' },
    graphQL: { singularName: 'Newsletter', pluralName: 'Newsletters' },
    custom: {
      rtes: {
        sdk: 'newsletters',
        sync: { order: 12 },
        feed: { date: 'date', summary: 'preheader', filters: ['series'] },
        // After every collection it picks from.
        seed: { order: 20 },
        membersOnly: { series: 'flash-hebdo' },
        example: (n) => ({ title: `Lettre ${n}`, series: 'lettre-electronique', number: n, date: '2021-01-15' }),
      },
    },
    ...editorialDefaults({ publicOnly: { series: { not_in: [...MEMBERS_ONLY_SERIES] } } }),
    defaultSort: '-date',
    indexes: [
      ...publicListIndexes('date', { visibility: false }),
      { fields: ['_status', 'series', 'date', 'createdAt'] },
      { fields: ['series', 'number'] },
    ],
    endpoints: [draftNextEndpoint],
    hooks: { afterRead: [dropItemsWithoutDocument] },
    admin: {
      group: GROUPS.content,
      useAsTitle: 'title',
      defaultColumns: ['title', 'series', 'number', 'date', '_status', 'updatedAt'],
      listSearchableFields: ['title', 'slug'],
      description: {
        fr: 'Lettre électronique, Flash hebdo (réservé aux adhérents) et lettre Politique de la ville & ESS. Version e-mail : /api/newsletters/<id>/html et /text.',
        en: 'Newsletter, members-only weekly flash and urban policy letter. Email version: /api/newsletters/<id>/html and /text.',
      },
      components: { edit: { beforeDocumentControls: [COMPONENTS.DraftNextIssue] } },
    },
    fields: [
      { name: 'title', type: 'text', required: true, label: { fr: 'Objet (titre)', en: 'Subject (title)' } },
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
            options: Object.entries(SERIES).map(([value, label]) => ({ value, label })),
            admin: { description: { fr: 'Le Flash hebdo est réservé aux adhérents.', en: 'The weekly flash is members-only.' } },
          },
          {
            name: 'number',
            type: 'number',
            required: true,
            min: 1,
            label: { fr: 'Numéro', en: 'Number' },
            validate: allOf(integer, uniqueNumberInSeries),
          },
          {
            name: 'date',
            type: 'date',
            required: true,
            index: true,
            label: { fr: 'Date d’envoi', en: 'Date sent' },
            admin: { date: DAY_PICKER, components: DATE_CELL },
          },
        ],
      },
      {
        name: 'preheader',
        type: 'textarea',
        maxLength: 200,
        label: { fr: 'Texte d’aperçu', en: 'Preheader' },
        admin: {
          description: {
            fr: 'Affiché par les messageries après l’objet ; aussi le résumé du flux.',
            en: 'Shown by mail clients after the subject; also the feed summary.',
          },
        },
      },
      { name: 'intro', type: 'richText', label: { fr: 'Éditorial', en: 'Editorial' } },
      {
        name: 'items',
        type: 'array',
        maxRows: MAX_ITEMS,
        label: { fr: 'Au sommaire', en: 'Items' },
        labels: { singular: { fr: 'Élément', en: 'Item' }, plural: { fr: 'Éléments', en: 'Items' } },
        admin: {
          description: {
            fr: 'Dans l’ordre de la lettre. Seuls les contenus publiés que le lecteur peut voir sont envoyés.',
            en: 'In the letter’s order. Only published content the reader may see is rendered.',
          },
        },
        fields: [
          {
            name: 'doc',
            type: 'relationship',
            required: true,
            relationTo: picked.map(({ slug }) => slug),
            label: { fr: 'Contenu', en: 'Content' },
          },
          {
            name: 'note',
            type: 'textarea',
            maxLength: 600,
            label: { fr: 'Note de la rédaction', en: 'Editorial note' },
          },
        ],
      },
    ],
  }
}
