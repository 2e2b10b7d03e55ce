/**
 * What the editors' dashboard shows (src/admin/components/Dashboard.tsx), read through the Local API as
 * the signed-in user (`overrideAccess: false`): counts per collection, the latest publications, scheduled
 * publications, failing webhook deliveries, unique downloads per kit and publications per month.
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import { isAdmin, isEditor } from '../../access/roles'
import { monthOf } from '../../downloads/count'
import { downloadReport, monthsBetween, type ReportRow } from '../../downloads/report'
import { feedCollections, proposalCollections, registryOf } from '../../plugin/registry'

type User = PayloadRequest['user']

export interface CollectionCount {
  slug: string
  label: string
  total: number
  /** Published documents, for collections with drafts. */
  published?: number
}

export interface DocumentLine {
  collection: string
  collectionLabel: string
  id: string
  title: string
  /** ISO date. */
  date: string
}

export interface ScheduledLine extends DocumentLine {
  action: 'publish' | 'unpublish'
}

export interface FailingDelivery {
  id: string
  summary: string
  status: string
  attempts: number
  lastError?: string | null
  date: string
}

export interface MonthSeries {
  slug: string
  label: string
  /** One count per month of `months`. */
  counts: number[]
}

export interface DashboardData {
  counts: CollectionCount[]
  recent: DocumentLine[]
  scheduled: ScheduledLine[]
  /** For editors and admins; the deliveries themselves (`latest`) only for admins, whose collection it is. */
  failingDeliveries?: { total: number; latest: FailingDelivery[] }
  /** Only for editors and admins. */
  downloads?: { from: string; to: string; total: number; perKit: ReportRow[] }
  publications: { months: string[]; series: MonthSeries[] }
  /** Member proposals submitted and waiting for review, per collection (editors and admins only). */
  proposals?: { total: number; perCollection: Array<{ slug: string; label: string; submitted: number }> }
}

const LIST = 8
const MONTHS = 12
/** Events are dated by when they happen, not when they were published: not counted as publications. */
const NOT_PUBLICATIONS = new Set(['events'])

interface Context {
  payload: Payload
  user: User
  now: Date
}

const titleOf = (doc: Record<string, unknown>, useAsTitle: string | undefined, fallback: string): string => {
  const value = useAsTitle ? doc[useAsTitle] : undefined
  return typeof value === 'string' && value.trim() ? value : fallback
}

export async function dashboardData(payload: Payload, user: User, now = new Date()): Promise<DashboardData> {
  const context = { payload, user, now }
  const req = { payload, user }
  const [counts, recent, scheduled, failingDeliveries, downloads, publications, proposals] = await Promise.all([
    collectionCounts(context),
    recentlyPublished(context),
    scheduledPublications(context),
    isEditor(req) ? failing(context, isAdmin(req)) : undefined,
    isEditor(req) ? downloadsPerKit(context) : undefined,
    publicationsPerMonth(context),
    isEditor(req) ? awaitingReview(context) : undefined,
  ])
  return { counts, recent, scheduled, failingDeliveries, downloads, publications, proposals }
}

/** The review queue's filter: proposals their member submitted (src/proposals). */
export const SUBMITTED: Where = { reviewStatus: { equals: 'submitted' } }

async function awaitingReview({ payload, user }: Context): Promise<DashboardData['proposals']> {
  const perCollection = await Promise.all(
    proposalCollections(payload.config).map(async ({ slug, labels }) => ({
      slug,
      label: labels.fr ?? slug,
      submitted: (await payload.count({ collection: slug, where: SUBMITTED, user, overrideAccess: false })).totalDocs,
    })),
  )
  return { total: perCollection.reduce((sum, { submitted }) => sum + submitted, 0), perCollection }
}

/** The plugin's public collections, with their French labels and whether they have drafts. */
function contentCollections(payload: Payload) {
  return registryOf(payload.config)
    .filter((entry) => !entry.internal && payload.collections[entry.slug])
    .map((entry) => {
      const config = payload.collections[entry.slug].config
      return {
        slug: entry.slug,
        label: entry.labels.fr ?? entry.slug,
        drafts: Boolean(config.versions?.drafts),
        useAsTitle: config.admin?.useAsTitle,
      }
    })
}

async function collectionCounts({ payload, user }: Context): Promise<CollectionCount[]> {
  return Promise.all(
    contentCollections(payload).map(async ({ slug, label, drafts }) => {
      const options = { collection: slug, user, overrideAccess: false } as const
      const total = (await payload.count(options)).totalDocs
      if (!drafts) return { slug, label, total }
      const published = (await payload.count({ ...options, where: { _status: { equals: 'published' } } })).totalDocs
      return { slug, label, total, published }
    }),
  )
}

async function recentlyPublished({ payload, user }: Context): Promise<DocumentLine[]> {
  const lists = await Promise.all(
    contentCollections(payload)
      .filter(({ drafts }) => drafts)
      .map(async ({ slug, label, useAsTitle }) => {
        const { docs } = await payload.find({
          collection: slug,
          where: { _status: { equals: 'published' } },
          sort: '-updatedAt',
          limit: LIST,
          depth: 0,
          user,
          overrideAccess: false,
          locale: 'fr',
        })
        return docs.map((doc) => {
          const record = doc as unknown as Record<string, unknown>
          return {
            collection: slug,
            collectionLabel: label,
            id: String(doc.id),
            title: titleOf(record, useAsTitle, String(doc.id)),
            date: String(record.updatedAt),
          }
        })
      }),
  )
  return lists
    .flat()
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, LIST)
}

/** Publications and unpublications waiting in the jobs queue (Payload's `schedulePublish` task). */
async function scheduledPublications({ payload, now }: Context): Promise<ScheduledLine[]> {
  // Jobs are not readable over the API: read with the server's rights, then each document as the user.
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { waitUntil: { greater_than: now.toISOString() } },
      ],
    },
    sort: 'waitUntil',
    limit: LIST,
    depth: 0,
    overrideAccess: true,
  })
  const collections = new Map(contentCollections(payload).map((entry) => [entry.slug as string, entry]))
  const lines = await Promise.all(
    docs.map(async (job): Promise<ScheduledLine | null> => {
      const input = job.input as { type?: 'publish' | 'unpublish'; doc?: { relationTo?: string; value?: unknown } } | null
      const collection = input?.doc?.relationTo && collections.get(input.doc.relationTo)
      const id = input?.doc?.value
      if (!collection || (typeof id !== 'string' && typeof id !== 'number') || !job.waitUntil) return null
      const doc = await payload.findByID({
        collection: collection.slug,
        id: String(id),
        depth: 0,
        draft: true,
        locale: 'fr',
        overrideAccess: true,
        disableErrors: true,
      })
      if (!doc) return null
      return {
        collection: collection.slug,
        collectionLabel: collection.label,
        id: String(id),
        title: titleOf(doc as unknown as Record<string, unknown>, collection.useAsTitle, String(id)),
        date: job.waitUntil,
        action: input?.type === 'unpublish' ? 'unpublish' : 'publish',
      }
    }),
  )
  return lines.filter((line): line is ScheduledLine => line !== null)
}

/** Deliveries that failed for good or wait for another attempt after a failure. */
async function failing({ payload, user }: Context, admin: boolean): Promise<DashboardData['failingDeliveries']> {
  const where: Where = { status: { in: ['failed', 'retrying'] } }
  if (!admin)
    return { total: (await payload.count({ collection: 'webhook-deliveries', where, overrideAccess: true })).totalDocs, latest: [] }
  const { docs, totalDocs } = await payload.find({
    collection: 'webhook-deliveries',
    where,
    sort: '-updatedAt',
    limit: 5,
    depth: 0,
    user,
    overrideAccess: false,
  })
  return {
    total: totalDocs,
    latest: docs.map((doc) => ({
      id: String(doc.id),
      summary: doc.summary ?? doc.deliveryId,
      status: doc.status,
      attempts: doc.attempts,
      lastError: doc.lastError,
      date: doc.updatedAt,
    })),
  }
}

async function downloadsPerKit({ payload, now }: Context): Promise<DashboardData['downloads']> {
  const report = await downloadReport(payload, { by: 'kit', from: monthsAgo(now, MONTHS - 1), to: monthOf(now) })
  return { from: report.from, to: report.to, total: report.total, perKit: report.rows.slice(0, 10) }
}

function monthsAgo(now: Date, count: number): string {
  return monthOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - count, 1)))
}

/** Published documents per month of the last twelve, by the date their feed dates them with (fiches and kits: first publication). */
async function publicationsPerMonth({ payload, user, now }: Context): Promise<DashboardData['publications']> {
  const months = monthsBetween(monthsAgo(now, MONTHS - 1), monthOf(now))
  const bounds = [...months, monthsAgo(now, -1)].map((month) => `${month}-01T00:00:00.000Z`)
  const labels = new Map(contentCollections(payload).map(({ slug, label }) => [slug as string, label]))
  const dated = [...feedCollections(payload.config).values()].filter(({ slug }) => !NOT_PUBLICATIONS.has(slug))
  const series = await Promise.all(
    dated.map(async ({ slug, feed }) => ({
      slug,
      label: labels.get(slug) ?? slug,
      counts: await Promise.all(
        months.map(async (_, index) => {
          const where: Where = {
            and: [
              { _status: { equals: 'published' } },
              { [feed.date]: { greater_than_equal: bounds[index] } },
              { [feed.date]: { less_than: bounds[index + 1] } },
            ],
          }
          return (await payload.count({ collection: slug, where, user, overrideAccess: false })).totalDocs
        }),
      ),
    })),
  )
  return { months, series }
}
