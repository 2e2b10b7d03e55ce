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
    date.getUTCMonth() === month! - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60 &&
    !Number.isNaN(Date.parse(value))
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
 * and a kit updated in October 2021): the first date is kept when the document is revised. The precision
 * says how much of the first date is known ("novembre 2021").
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
  datePrecisionField(['day', 'month', 'year'], { required: false }),
  revisedAtField('firstPublishedAt', 'La date de révision ne peut pas précéder la première publication.'),
  sortDateField('firstPublishedAt'),
]

/** Latest revision of a document published at `published` (never before it). */
export const revisedAtField = (published: string, message: string): Field => ({
  name: 'revisedAt',
  type: 'date',
  label: { fr: 'Dernière révision', en: 'Last revised' },
  validate: notBefore(published, message),
  admin: {
    position: 'sidebar',
    date: DAY_PICKER,
    components: DATE_CELL,
    custom: { exactDate: true },
    description: {
      fr: 'À remplir quand le contenu a été révisé après sa publication.',
      en: 'Fill in when the content was revised after publication.',
    },
  },
})

/** The later of two ISO dates (either may be missing). */
export function latestDate(...dates: unknown[]): string | null {
  const times = dates.filter((date) => date !== null && date !== undefined && date !== '').map((date) => new Date(date as string).getTime())
  const valid = times.filter((time) => !Number.isNaN(time))
  return valid.length ? new Date(Math.max(...valid)).toISOString() : null
}

/**
 * `sortDate`: the document's last publication or revision date (the later of `published` and
 * `revisedAt`), computed on every save and stored so that lists and feeds sort on one indexed column.
 * Empty when the date is unknown: such documents come last in a newest-first list.
 */
export const sortDateField = (published: string): Field => ({
  name: 'sortDate',
  type: 'date',
  index: true,
  label: { fr: 'Date de tri (publication ou révision)', en: 'Sort date (published or revised)' },
  hooks: {
    beforeChange: [
      ({ siblingData, originalDoc }) => {
        const read = (name: string) =>
          name in (siblingData ?? {}) ? siblingData[name] : (originalDoc as Record<string, unknown> | undefined)?.[name]
        return latestDate(read(published), read('revisedAt'))
      },
    ],
  },
  admin: {
    position: 'sidebar',
    readOnly: true,
    date: DAY_PICKER,
    components: DATE_CELL,
    custom: { exactDate: true },
    description: {
      fr: 'Calculée : la plus récente de la date de publication et de la date de révision. Les listes et les flux sont triés par elle.',
      en: 'Computed: the later of the publication and revision dates. Lists and feeds sort on it.',
    },
  },
})

/**
 * A publication date that may be unknown (press items, plaidoyers): required unless the precision says
 * `unknown`, and empty when it does (no made-up date).
 */
const optionalDateValidate: DateField['validate'] = (value, { siblingData }) => {
  const precision = (siblingData as { datePrecision?: string } | undefined)?.datePrecision
  if (precision === 'unknown')
    return value ? 'Une date de précision « inconnue » doit rester vide (leave the date empty when it is unknown).' : true
  return value ? true : 'La date est requise, sauf si sa précision est « inconnue » (a date is required unless its precision is unknown).'
}

/** How precise a date is: the report often gives only a month ("Mars 2021") or a year, sometimes nothing. */
export type DatePrecisionOption = 'day' | 'month' | 'year' | 'unknown'

/** `required: false` where the field was added later (typed creates need not name it; empty reads as `day`). */
export const datePrecisionField = (options: DatePrecisionOption[] = ['day', 'month'], { required = true } = {}): Field => ({
  name: 'datePrecision',
  type: 'select',
  required,
  defaultValue: 'day',
  label: { fr: 'Précision de la date', en: 'Date precision' },
  options: options.map((value) => ({ value, label: PRECISION_LABELS[value] })),
  admin: {
    position: 'sidebar',
    description: {
      fr:
        'Ce que l’on sait de la date : le jour, seulement le mois (« novembre 2021 »), seulement l’année' +
        (options.includes('unknown') ? ', ou rien (la date reste vide).' : '.'),
      en:
        'What is known of the date: the day, only the month, only the year' +
        (options.includes('unknown') ? ', or nothing (leave the date empty).' : '.'),
    },
  },
})

const PRECISION_LABELS = {
  day: { fr: 'Jour', en: 'Day' },
  month: { fr: 'Mois', en: 'Month' },
  year: { fr: 'Année', en: 'Year' },
  unknown: { fr: 'Inconnue', en: 'Unknown' },
}

/** The `date` of a document whose date may be unknown (press items, plaidoyers); see `datesOfUndatable`. */
export const optionalDateField = (label: DateField['label']): DateField => ({
  name: 'date',
  type: 'date',
  index: true,
  label,
  validate: optionalDateValidate,
  admin: {
    date: DAY_PICKER,
    components: DATE_CELL,
    description: { fr: 'Vide si elle est inconnue (précision « Inconnue »).', en: 'Empty when unknown (precision "Unknown").' },
  },
})

/** Beside `optionalDateField`: its precision (unknown allowed), the revision date and the sort date. */
export const datesOfUndatable = (revisionMessage: string): Field[] => [
  datePrecisionField(['day', 'month', 'year', 'unknown']),
  revisedAtField('date', revisionMessage),
  sortDateField('date'),
]
