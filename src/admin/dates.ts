/**
 * Dates as a French editor reads them: day first, 24-hour clock, month names in the admin's language,
 * always in Paris time (whatever the browser's time zone), and no more precise than the document says
 * (`datePrecision`: "novembre 2021", "2021").
 */
import { ADMIN_TIME_ZONE } from './timeZone'

export type DatePrecision = 'day' | 'month' | 'year' | 'unknown'

export interface DisplayDateOptions {
  /** From the document's `datePrecision` field, when it has one. */
  precision?: DatePrecision | null
  /** The field never has a time (a `dayOnly` picker). */
  dayOnly?: boolean
  /** The admin's language (`fr` or `en`). */
  language?: string
  /** Show the time even at midnight (scheduled publications). */
  withTime?: boolean
}

const isMidnight = (date: Date, timeZone: string): boolean =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date) === '00:00'

export function formatDisplayDate(value: unknown, options: DisplayDateOptions = {}): string {
  if (value === null || value === undefined || value === '') return ''
  const date = new Date(value as string)
  if (Number.isNaN(date.getTime())) return ''
  const locale = options.language === 'en' ? 'en-GB' : 'fr-FR'
  // Dates typed without a time ("2021-01-20") are stored at 00:00 UTC: read them in UTC, or they would
  // show 01:00 in Paris.
  const midnightUtc = !options.withTime && isMidnight(date, 'UTC')
  const timeZone = midnightUtc ? 'UTC' : ADMIN_TIME_ZONE
  const format = (parts: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone, ...parts }).format(date)

  if (options.precision === 'year') return format({ year: 'numeric' })
  if (options.precision === 'month') return format({ month: 'long', year: 'numeric' })
  const day = format({ day: '2-digit', month: '2-digit', year: 'numeric' })
  if (options.dayOnly || midnightUtc || (!options.withTime && isMidnight(date, ADMIN_TIME_ZONE))) return day
  return `${day} ${format({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}`
}

/** Wall-clock fields of `date` in `timeZone`. */
function wallClock(date: Date, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, Number(part.value)]),
  )
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute }
}

/**
 * The instant at which Paris shows this wall-clock time: 9:00 on 1 December → 08:00Z, on 1 June → 07:00Z.
 * `local` is what a date picker returns: its local fields (year … minute) are the time the editor chose.
 */
export function parisTimeToInstant(local: Date): Date {
  const asUtc = Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes())
  const offsetAt = (instant: number) => {
    const clock = wallClock(new Date(instant), ADMIN_TIME_ZONE)
    return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute) - instant
  }
  // The offset at the guessed instant, corrected once for the hour around a DST change.
  let instant = asUtc - offsetAt(asUtc)
  instant = asUtc - offsetAt(instant)
  return new Date(instant)
}

/** The reverse, for the picker: a local Date whose fields show the instant's Paris wall-clock time. */
export function instantToParisTime(instant: Date): Date {
  const clock = wallClock(instant, ADMIN_TIME_ZONE)
  return new Date(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute)
}
