import type { CollectionConfig } from 'payload'

import { slugField } from '../../fields/slug'
import { titleField } from '../../fields/translatable'
import { GROUPS, referenceAccess } from '../content'

/** Taxonomy of subjects (alimentation, commande publique, PTCE, SCIC, politique de la ville…). */
export const Themes: CollectionConfig = {
  slug: 'themes',
  labels: { singular: { fr: 'Thématique', en: 'Theme' }, plural: { fr: 'Thématiques', en: 'Themes' } },
  typescript: { interface: 'Theme' },
  graphQL: { singularName: 'Theme', pluralName: 'Themes' },
  custom: { rtes: { sdk: 'themes', sync: { order: 7 }, seed: { order: 1 }, example: (n) => ({ title: `Thème ${n}` }) } },
  defaultSort: 'title',
  access: referenceAccess,
  admin: {
    group: GROUPS.reference,
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
  },
  fields: [
    titleField({ fr: 'Intitulé', en: 'Title' }),
    slugField(),
    { name: 'description', type: 'textarea', localized: true, label: { fr: 'Description', en: 'Description' } },
  ],
}
