/**
 * Dates as a French editor reads them: day first, 24-hour clock, month names in the admin's language,
 * always in Paris time (whatever the browser's time zone), and no more precise than the document says
 * (`datePrecision`: "novembre 2021", "2021").
 */
import { ADMIN_TIME_ZONE } from './timeZone'

export type DatePrecision = 'day' | 'month' | 'year'

export interface DisplayDateOptions {
  /** From the document's `datePrecision` field, when it has one. */
  precision?: DatePrecision | null
  /** The field never has a time (a `dayOnly` picker). */
  dayOnly?: boolean
  /** The admin's language (`fr` or `en`). */
  language?: string
}

const isMidnight = (date: Date, timeZone: string): boolean =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date) ===
  '00:00'

export function formatDisplayDate(value: unknown, options: DisplayDateOptions = {}): string {
  if (value === null || value === undefined || value === '') return ''
  const date = new Date(value as string)
  if (Number.isNaN(date.getTime())) return ''
  const locale = options.language === 'en' ? 'en-GB' : 'fr-FR'
  // Dates typed without a time ("2021-01-20") are stored at 00:00 UTC: read them in UTC, or they would
  // show 01:00 in Paris.
  const midnightUtc = isMidnight(date, 'UTC')
  const timeZone = midnightUtc ? 'UTC' : ADMIN_TIME_ZONE
  const format = (parts: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone, ...parts }).format(date)

  if (options.precision === 'year') return format({ year: 'numeric' })
  if (options.precision === 'month') return format({ month: 'long', year: 'numeric' })
  const day = format({ day: '2-digit', month: '2-digit', year: 'numeric' })
  if (options.dayOnly || midnightUtc || isMidnight(date, ADMIN_TIME_ZONE)) return day
  return `${day} ${format({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}`
}
