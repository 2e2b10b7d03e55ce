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

const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * True for an ISO 8601 date (`2021-11-30`) or date-time (`2021-11-30T09:00:00Z`, `…+01:00`) that exists
 * on the calendar. JavaScript's own parser also reads "Février 2022" (as 1 January) or "30 avril 2018":
 * the API takes no such guess.
 */
export function isIsoDate(value: unknown): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime())
  if (typeof value !== 'string') return false
  const match = ISO_8601.exec(value)
  if (!match) return false
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)))
  const date = new Date(Date.UTC(year!, month! - 1, day))
  return (
    date.getUTCMonth() === month! - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60 && !Number.isNaN(Date.parse(value))
  )
}

export const ISO_DATE_MESSAGE =
  'Date invalide : format ISO 8601 attendu, AAAA-MM-JJ ou AAAA-MM-JJTHH:MM:SSZ (expected an ISO 8601 date, YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ).'

/** The check every date field gets (src/fields/validate.ts), after Payload's own. */
export const isoDate = (value: unknown): string | true =>
  value === null || value === undefined || isIsoDate(value) ? true : ISO_DATE_MESSAGE

/** Validates that `name` is not before the sibling date `after` (e.g. an end before its start). */
export const notBefore =
  (after: string, message: string): DateField['validate'] =>
  (value, { siblingData }) => {
    const start = (siblingData as Record<string, unknown>)?.[after]
    if (!value || !start) return true
    return new Date(value).getTime() >= new Date(start as string).getTime() ? true : message
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
