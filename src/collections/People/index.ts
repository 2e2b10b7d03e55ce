import type { CollectionConfig } from 'payload'

import { slugField } from '../../fields/slug'
import { urlField } from '../../fields/url'
import { editorialDefaults, GROUPS } from '../content'

/**
 * People publications name: a tribune's signatory, a preface's author, quoted elected officials, a press
 * article's journalist, an event's speakers. Linked from documents' `contributors` with their role there.
 * Published people are public (their name and public role, as printed); drafts are for editors.
 */
export const People: CollectionConfig = {
  slug: 'people',
  labels: { singular: { fr: 'Personne', en: 'Person' }, plural: { fr: 'Personnes', en: 'People' } },
  typescript: { interface: 'Person' },
  graphQL: { singularName: 'Person', pluralName: 'People' },
  custom: {
    rtes: { sdk: 'people', sync: { order: 9 }, seed: { order: 3.5 }, example: (n) => ({ name: `Personne ${n}` }) },
  },
  ...editorialDefaults({ visibility: false }),
  defaultSort: 'name',
  indexes: [{ fields: ['_status', 'name'] }],
  admin: {
    group: GROUPS.network,
    useAsTitle: 'name',
    defaultColumns: ['name', 'position', 'organisation', '_status'],
    listSearchableFields: ['name', 'slug', 'organisation'],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { fr: 'Nom', en: 'Name' },
      admin: { description: { fr: 'Prénom et nom, tels qu’imprimés.', en: 'First and last name, as printed.' } },
    },
    slugField('name'),
    {
      name: 'position',
      type: 'text',
      localized: true,
      label: { fr: 'Fonction', en: 'Position' },
      admin: { description: { fr: 'Par exemple : « Maire de Grenoble », « Présidente du RTES ».', en: 'E.g. "Mayor of Grenoble".' } },
    },
    { name: 'organisation', type: 'text', label: { fr: 'Structure', en: 'Organisation' } },
    {
      name: 'partner',
      type: 'relationship',
      relationTo: 'partners',
      label: { fr: 'Partenaire', en: 'Partner' },
      admin: { description: { fr: 'La structure, si elle est parmi les partenaires.', en: 'The organisation, when it is a partner.' } },
    },
    {
      name: 'territory',
      type: 'relationship',
      relationTo: 'territories',
      label: { fr: 'Territoire', en: 'Territory' },
      admin: { description: { fr: 'Pour un·e élu·e : sa collectivité.', en: 'For an elected official: their local authority.' } },
    },
    urlField({ name: 'website', label: { fr: 'Page web', en: 'Web page' } }),
  ],
}
