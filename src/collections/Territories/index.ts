import type { CollectionConfig } from 'payload'

import { notItself } from '../../fields/notItself'
import { slugField } from '../../fields/slug'
import { integer } from '../../fields/validate'
import { GROUPS, referenceAccess } from '../content'

/** Communes, intercommunalités, départements and régions, and whether they are RTES members. */
export const Territories: CollectionConfig = {
  slug: 'territories',
  labels: { singular: { fr: 'Territoire', en: 'Territory' }, plural: { fr: 'Territoires', en: 'Territories' } },
  typescript: { interface: 'Territory' },
  graphQL: { singularName: 'Territory', pluralName: 'Territories' },
  custom: {
    rtes: { sdk: 'territories', sync: { order: 8 }, seed: { order: 2 }, example: (n) => ({ name: `Commune ${n}`, kind: 'commune' }) },
  },
  defaultSort: 'name',
  access: referenceAccess,
  admin: {
    group: GROUPS.reference,
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'isMember', 'memberSince'],
    listSearchableFields: ['name', 'slug'],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { fr: 'Nom', en: 'Name' } },
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      label: { fr: 'Échelon', en: 'Level' },
      options: [
        { value: 'commune', label: { fr: 'Commune', en: 'Municipality' } },
        { value: 'intercommunalite', label: { fr: 'Intercommunalité', en: 'Inter-municipality' } },
        { value: 'pays', label: { fr: 'Pays (territoire de projet)', en: 'Pays (project area)' } },
        { value: 'petr', label: { fr: 'PETR (pôle d’équilibre territorial et rural)', en: 'PETR (rural development cluster)' } },
        { value: 'departement', label: { fr: 'Département', en: 'Département' } },
        { value: 'region', label: { fr: 'Région', en: 'Region' } },
        { value: 'interregional', label: { fr: 'Interrégional', en: 'Inter-regional' } },
        { value: 'national', label: { fr: 'National (France)', en: 'National (France)' } },
      ],
      admin: {
        description: {
          fr: 'Du plus local au national ; « National » pour la France entière.',
          en: 'From local to national; "National" for the whole of France.',
        },
      },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'territories',
      label: { fr: 'Territoire parent', en: 'Parent territory' },
      filterOptions: notItself(),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'isMember',
          type: 'checkbox',
          defaultValue: false,
          index: true,
          label: { fr: 'Adhérent du RTES', en: 'RTES member' },
        },
        {
          name: 'memberSince',
          type: 'number',
          min: 2002,
          max: 2100,
          validate: integer,
          label: { fr: 'Adhérent depuis (année)', en: 'Member since (year)' },
          admin: { condition: (_, sibling) => Boolean(sibling?.isMember) },
        },
      ],
    },
  ],
}
