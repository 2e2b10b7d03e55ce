import type { DateField, Field, FieldHook } from 'payload'

import { COMPONENTS } from '../admin'
import { FRENCH_DATE_PICKER } from '../admin/timeZone'

/** Date picker without time, shown the French way. */
export const DAY_PICKER = { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy', overrides: FRENCH_DATE_PICKER } as const

/** Date and time picker, 24-hour clock. */
export const DAY_AND_TIME_PICKER = {
  pickerAppearance: 'dayAndTime',
  displayFormat: 'dd/MM/yyyy HH:mm',
  timeFormat: 'HH:mm',
  overrides: FRENCH_DATE_PICKER,
} as const

/** List cells of date fields: day first, Paris time, the row's `datePrecision` honoured (src/admin/dates.ts). */
export const DATE_CELL = { Cell: COMPONENTS.DateCell }

/**
 * "Première publication" is filled when a document is published while it is still empty (a typed date is
 * kept; drafts leave it empty), so new publications sort first and reach the feeds.
 */
export const setAtFirstPublication: FieldHook = ({ value, data }) =>
  !value && data?._status === 'published' ? new Date().toISOString() : value

/** Validates that `name` is not before the sibling date `after` (e.g. an end before its start). */
export const notBefore =
  (after: string, message: string): DateField['validate'] =>
  (value, { siblingData }) => {
    const start = (siblingData as Record<string, unknown>)?.[after]
    if (!value || !start) return true
    return new Date(value as Date).getTime() >= new Date(start as string).getTime() ? true : message
  }

/**
 * First publication and latest revision of a publication (the report mentions fiches in "versions 1 & 2"
 * and a kit updated in October 2021): the first date is kept when the document is revised.
 */
export const publicationDates = (): Field[] => [
  {
    name: 'firstPublishedAt',
    type: 'date',
    index: true,
    label: { fr: 'Publié le', en: 'Published on' },
    hooks: { beforeChange: [setAtFirstPublication] },
    admin: {
      position: 'sidebar',
      date: DAY_PICKER,
      components: DATE_CELL,
      description: {
        fr: 'Première publication : remplie à la première publication si elle est vide ; modifiable.',
        en: 'First publication: filled when first published if empty; editable.',
      },
    },
  },
  {
    name: 'revisedAt',
    type: 'date',
    label: { fr: 'Dernière révision', en: 'Last revised' },
    validate: notBefore('firstPublishedAt', 'La date de révision ne peut pas précéder la première publication.'),
    admin: { position: 'sidebar', date: DAY_PICKER, components: DATE_CELL },
  },
]

/** How precise a date is: the report often gives only a month ("Mars 2021") or a year. */
export const datePrecisionField = (options: Array<'day' | 'month' | 'year'> = ['day', 'month']): Field => ({
  name: 'datePrecision',
  type: 'select',
  required: true,
  defaultValue: 'day',
  label: { fr: 'Précision de la date', en: 'Date precision' },
  options: options.map((value) => ({ value, label: PRECISION_LABELS[value] })),
  admin: { position: 'sidebar' },
})

const PRECISION_LABELS = {
  day: { fr: 'Jour', en: 'Day' },
  month: { fr: 'Mois', en: 'Month' },
  year: { fr: 'Année', en: 'Year' },
}
