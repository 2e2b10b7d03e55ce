import type { Payload, Where } from 'payload'

import { standIn } from '../access/roles'

import { MONTH } from '../collections/DownloadCounts'
import { relationId } from '../utilities/relationId'
import { monthOf } from './count'

export const REPORT_GROUPS = ['kit', 'fiche', 'document', 'month'] as const
export type ReportGroup = (typeof REPORT_GROUPS)[number]

/** Longest period a report covers (months). */
export const MAX_REPORT_MONTHS = 60

export interface ReportQuery {
  by: ReportGroup
  /** First and last months covered (`YYYY-MM`), both included. */
  from: string
  to: string
  /** Only the downloads attributed to this kit. */
  kit?: string
}

export interface ReportRow {
  /** The kit, fiche or document id; the month (`YYYY-MM`) when grouped by month. */
  id: string
  label: string
  downloads: number
}

export interface DownloadReport extends ReportQuery {
  /** Every unique download of the period (within `kit` if given), attributed to a fiche or kit or not. */
  total: number
  rows: ReportRow[]
}

export class ReportQueryError extends Error {}

/** The months from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = []
  let [year, month] = from.split('-').map(Number) as [number, number]
  for (let current = from; current <= to; current = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(current)
    month += 1
    if (month > 12) [year, month] = [year + 1, 1]
  }
  return months
}

/** Checks the query parameters of `GET /api/download-stats`; defaults: per kit, over the last 12 months. */
export function parseReportQuery(given: Partial<Record<'by' | 'from' | 'to' | 'kit', string>>, now = new Date()): ReportQuery {
  const by = (given.by ?? 'kit') as ReportGroup
  if (!REPORT_GROUPS.includes(by)) throw new ReportQueryError(`\`by\` must be one of ${REPORT_GROUPS.join(', ')} (got "${given.by}").`)
  const month = (name: string, value: string) => {
    if (!MONTH.test(value)) throw new ReportQueryError(`\`${name}\` must be a month, YYYY-MM (got "${value}").`)
    return value
  }
  const to = month('to', given.to ?? monthOf(now))
  const from = month('from', given.from ?? monthsBack(to, 11))
  if (from > to) throw new ReportQueryError(`\`from\` (${from}) must not be after \`to\` (${to}).`)
  if (monthsBetween(from, to).length > MAX_REPORT_MONTHS) throw new ReportQueryError(`A report covers at most ${MAX_REPORT_MONTHS} months.`)
  if (given.kit !== undefined && !/^[\w-]{1,64}$/.test(given.kit)) throw new ReportQueryError('`kit` must be a kit id.')
  return { by, from, to, ...(given.kit !== undefined ? { kit: given.kit } : {}) }
}

function monthsBack(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number]
  const index = year * 12 + (m - 1) - count
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** Rows read at a time (a row is a document's month: a few thousand a year at most). */
const PAGE = 500

/** Read as an editor would (drafts and members-only documents included): callers check that the reader is one. */
const EDITOR = { user: standIn('editor'), overrideAccess: true } as const

/**
 * Unique downloads per kit, fiche, document or month over a period, most downloaded first (months in
 * order, those without downloads included).
 */
export async function downloadReport(payload: Payload, query: ReportQuery): Promise<DownloadReport> {
  const where: Where = {
    and: [
      { month: { greater_than_equal: query.from } },
      { month: { less_than_equal: query.to } },
      ...(query.kit ? [{ kit: { equals: query.kit } }] : []),
    ],
  }
  const sums = new Map<string, number>()
  let total = 0
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: 'download-counts',
      where,
      limit: PAGE,
      page,
      depth: 0,
      ...EDITOR,
      sort: 'id',
      select: { month: true, downloads: true, media: true, fiche: true, kit: true },
    })
    for (const row of result.docs) {
      const downloads = row.downloads ?? 0
      total += downloads
      const key = query.by === 'month' ? row.month : (relationId(query.by === 'document' ? row.media : row[query.by]) ?? null)
      if (key !== null) sums.set(key, (sums.get(key) ?? 0) + downloads)
    }
    if (!result.hasNextPage) break
  }

  if (query.by === 'month') {
    const rows = monthsBetween(query.from, query.to).map((month) => ({ id: month, label: month, downloads: sums.get(month) ?? 0 }))
    return { ...query, total, rows }
  }
  const labels = await labelsOf(payload, query.by, [...sums.keys()])
  const rows = [...sums]
    .map(([id, downloads]) => ({ id, label: labels.get(id) ?? id, downloads }))
    .sort((a, b) => b.downloads - a.downloads || a.label.localeCompare(b.label, 'fr'))
  return { ...query, total, rows }
}

/** Titles of kits and fiches, file names of documents (in French). */
async function labelsOf(payload: Payload, by: Exclude<ReportGroup, 'month'>, ids: string[]): Promise<Map<string, string>> {
  const labels = new Map<string, string>()
  for (let start = 0; start < ids.length; start += PAGE) {
    const chunk = ids.slice(start, start + PAGE)
    const common = { where: { id: { in: chunk } }, limit: chunk.length, depth: 0, ...EDITOR, locale: 'fr', pagination: false } as const
    if (by === 'document') {
      const { docs } = await payload.find({ collection: 'media', ...common, select: { filename: true } })
      for (const doc of docs) labels.set(String(doc.id), doc.filename ?? String(doc.id))
    } else {
      const { docs } = await payload.find({ collection: by === 'kit' ? 'kits' : 'fiches', ...common, select: { title: true } })
      for (const doc of docs) labels.set(String(doc.id), doc.title ?? String(doc.id))
    }
  }
  return labels
}
