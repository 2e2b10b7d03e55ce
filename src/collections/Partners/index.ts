import type { CollectionConfig } from 'payload'

import { slugField } from '../../fields/slug'
import { urlField } from '../../fields/url'
import { allOf, integer } from '../../fields/validate'
import { editorialDefaults, GROUPS } from '../content'

export const PARTNER_KINDS = {
  'local-authority-network': { fr: 'Réseau de collectivités', en: 'Local-authority network' },
  'ess-network': { fr: 'Acteur ou réseau de l’ESS', en: 'Social economy actor or network' },
  'training-body': { fr: 'Organisme de formation', en: 'Training body' },
  'public-institution': { fr: 'Institution publique ou financeur', en: 'Public institution or funder' },
  cress: { fr: 'CRESS', en: 'CRESS (regional chamber)' },
  research: { fr: 'Recherche', en: 'Research' },
  other: { fr: 'Autre', en: 'Other' },
}

/** Networks, ESS actors, training bodies, institutions and CRESS RTES works with. */
export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: { singular: { fr: 'Partenaire', en: 'Partner' }, plural: { fr: 'Partenaires', en: 'Partners' } },
  typescript: { interface: 'Partner' },
  graphQL: { singularName: 'Partner', pluralName: 'Partners' },
  custom: {
    rtes: { sdk: 'partners', sync: { order: 4 }, seed: { order: 3 }, example: (n) => ({ name: `Partenaire ${n}`, kind: 'cress' }) },
  },
  ...editorialDefaults({ visibility: false }),
  defaultSort: 'name',
  indexes: [{ fields: ['_status', 'name'] }],
  admin: {
    group: GROUPS.network,
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'region', 'active', '_status'],
    listSearchableFields: ['name', 'slug', 'region'],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { fr: 'Nom', en: 'Name' } },
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      label: { fr: 'Type', en: 'Kind' },
      options: Object.entries(PARTNER_KINDS).map(([value, label]) => ({ value, label })),
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: { fr: 'Logo', en: 'Logo' } },
    urlField({ name: 'website', label: { fr: 'Site web', en: 'Website' } }),
    { name: 'region', type: 'text', index: true, label: { fr: 'Région', en: 'Region' } },
    { name: 'description', type: 'textarea', localized: true, label: { fr: 'Présentation', en: 'Description' } },
    {
      name: 'agreements',
      type: 'array',
      label: { fr: 'Conventions de partenariat', en: 'Partnership agreements' },
      labels: { singular: { fr: 'Convention', en: 'Agreement' }, plural: { fr: 'Conventions', en: 'Agreements' } },
      fields: [
        { name: 'title', type: 'text', required: true, localized: true, label: { fr: 'Intitulé', en: 'Title' } },
        {
          type: 'row',
          fields: [
            {
              name: 'startYear',
              type: 'number',
              required: true,
              min: 2002,
              max: 2100,
              validate: integer,
              label: { fr: 'Début (année)', en: 'Start (year)' },
            },
            {
              name: 'endYear',
              type: 'number',
              min: 2002,
              max: 2100,
              label: { fr: 'Fin (année)', en: 'End (year)' },
              validate: allOf(integer, (value, { siblingData }) => {
                const startYear = (siblingData as { startYear?: unknown })?.startYear
                return typeof value === 'number' && typeof startYear === 'number' && value < startYear
                  ? 'L’année de fin ne peut pas précéder l’année de début.'
                  : true
              }),
            },
          ],
        },
        {
          name: 'axes',
          type: 'array',
          label: { fr: 'Axes', en: 'Axes' },
          labels: { singular: { fr: 'Axe', en: 'Axis' }, plural: { fr: 'Axes', en: 'Axes' } },
          fields: [{ name: 'axis', type: 'text', required: true, localized: true, label: { fr: 'Axe', en: 'Axis' } }],
        },
      ],
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      label: { fr: 'Partenariat actif', en: 'Active partnership' },
      admin: { position: 'sidebar' },
    },
  ],
}
