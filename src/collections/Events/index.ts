import type { CollectionConfig } from 'payload'

import { coverField } from '../../fields/cover'
import { DATE_CELL, DAY_AND_TIME_PICKER, datePrecisionField, notBefore, revisedAtField, sortDateField } from '../../fields/dates'
import { contributorsField } from '../../fields/contributors'
import { documentsField } from '../../fields/documents'
import { slugField } from '../../fields/slug'
import { titleField } from '../../fields/translatable'
import { taxonomyFields } from '../../fields/taxonomy'
import { urlField } from '../../fields/url'
import { integer } from '../../fields/validate'
import { visibilityField } from '../../fields/visibility'
import { editorialDefaults, GROUPS, publicListIndexes } from '../content'

const dateTime = { date: DAY_AND_TIME_PICKER, components: DATE_CELL }

/** The agenda: webinars, meetings, regional clubs, trainings, fairs… */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: { fr: 'Événement', en: 'Event' }, plural: { fr: 'Agenda', en: 'Events' } },
  typescript: { interface: 'Event' },
  graphQL: { singularName: 'Event', pluralName: 'Events' },
  custom: {
    rtes: {
      sdk: 'events',
      sync: { order: 6 },
      feed: { date: 'start', summary: 'description' },
      newsletter: { order: 30 },
      seed: { order: 8 },
      example: (n) => ({ title: `Webinaire ${n}`, kind: 'webinar', start: '2021-02-05T10:00:00.000Z' }),
    },
  },
  ...editorialDefaults(),
  defaultSort: '-start',
  indexes: publicListIndexes('start'),
  admin: {
    group: GROUPS.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'start', 'online', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'place'],
  },
  fields: [
    titleField(),
    slugField(),
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      label: { fr: 'Type', en: 'Kind' },
      options: [
        { value: 'webinar', label: { fr: 'Webinaire', en: 'Webinar' } },
        { value: 'meeting', label: { fr: 'Rencontre', en: 'Meeting' } },
        { value: 'regional-club', label: { fr: 'Club régional', en: 'Regional club' } },
        { value: 'training', label: { fr: 'Formation', en: 'Training' } },
        { value: 'fair', label: { fr: 'Salon', en: 'Fair' } },
        { value: 'seminar', label: { fr: 'Séminaire', en: 'Seminar' } },
        { value: 'workshop', label: { fr: 'Atelier', en: 'Workshop' } },
        { value: 'governance', label: { fr: 'Vie du réseau (AG, CA, bureau)', en: 'Governance' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'start', type: 'date', required: true, index: true, label: { fr: 'Début', en: 'Start' }, admin: dateTime },
        {
          name: 'end',
          type: 'date',
          label: { fr: 'Fin', en: 'End' },
          admin: dateTime,
          validate: notBefore('start', 'La fin de l’événement ne peut pas précéder son début.'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'online', type: 'checkbox', defaultValue: false, label: { fr: 'En ligne', en: 'Online' } },
        { name: 'place', type: 'text', label: { fr: 'Lieu', en: 'Place' } },
        { name: 'participants', type: 'number', min: 0, validate: integer, label: { fr: 'Participant·e·s', en: 'Participants' } },
        {
          name: 'participantsText',
          type: 'text',
          localized: true,
          label: { fr: 'Participant·e·s (tel qu’écrit)', en: 'Participants (as written)' },
          admin: {
            description: {
              fr: 'Quand le chiffre n’est pas exact : « plus de 200 participants ». Le nombre reste à remplir s’il est connu (filtres).',
              en: 'When the figure is not exact: "over 200 participants". Fill in the number too when known (filters).',
            },
          },
        },
      ],
    },
    {
      name: 'organisers',
      type: 'relationship',
      relationTo: 'partners',
      hasMany: true,
      label: { fr: 'Co-organisateurs et partenaires', en: 'Co-organisers and partners' },
    },
    {
      name: 'speakers',
      type: 'array',
      label: { fr: 'Intervenant·e·s', en: 'Speakers' },
      labels: { singular: { fr: 'Intervenant·e', en: 'Speaker' }, plural: { fr: 'Intervenant·e·s', en: 'Speakers' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: { fr: 'Nom', en: 'Name' } },
            { name: 'role', type: 'text', localized: true, label: { fr: 'Fonction', en: 'Role' } },
          ],
        },
      ],
    },
    { name: 'description', type: 'textarea', localized: true, label: { fr: 'Description', en: 'Description' } },
    coverField(),
    documentsField(),
    contributorsField(),
    datePrecisionField(['day', 'month'], { required: false }),
    revisedAtField('start', 'La date de révision ne peut pas précéder le début de l’événement.'),
    sortDateField('start'),
    urlField({ name: 'replayUrl', label: { fr: 'Replay ou compte rendu', en: 'Replay or report' } }),
    ...taxonomyFields(),
    visibilityField(),
  ],
}
