/**
 * Turning changes of synced documents into webhook deliveries. The event is decided from what the
 * PUBLIC sees (an anonymous read in the change's own transaction, before and after it):
 * nothing → something: `publish`; something → something else: `update`; something → nothing: `unpublish`
 * (unpublished, or made members-only); deleted while public: `delete`. A draft saved over a published
 * document changes nothing public and sends nothing. Each delivery is a `webhook-deliveries` row holding
 * the exact body, plus a job on the `webhooks` queue, both written in the change's transaction (nothing is
 * sent for a change that is rolled back).
 */
import { randomUUID } from 'node:crypto'

import { type CollectionSlug, createLocalReq, type PayloadRequest } from 'payload'

import type { ContentChangeSubscriber } from '../events/contentChanges'

export const WEBHOOK_EVENTS = ['publish', 'update', 'unpublish', 'delete'] as const
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]

export const WEBHOOK_QUEUE = 'webhooks'
export const DELIVER_TASK = 'deliverWebhook'
/** Webhooks read per query when looking for subscriptions. */
const SUBSCRIPTIONS_PAGE = 100

interface Subscription {
  id: string | number
  events?: string[] | null
}

type Stash = Record<string, Record<string, unknown> | null>

/** Every active webhook following `collection` (none while seeding), page by page, memoised per request. */
export async function subscriptions(req: PayloadRequest, collection: CollectionSlug): Promise<Subscription[]> {
  if (req.context.seeding) return []
  const cache = (req.context.webhookSubscriptions ??= {}) as Record<string, Subscription[]>
  if (cache[collection]) return cache[collection]
  const found: Subscription[] = []
  for (let page = 1; ; page++) {
    const result = await req.payload.find({
      collection: 'webhooks',
      where: { and: [{ active: { equals: true } }, { collections: { in: [collection] } }] },
      sort: 'id',
      depth: 0,
      limit: SUBSCRIPTIONS_PAGE,
      page,
      overrideAccess: true,
      select: { events: true },
      req,
    })
    found.push(...(result.docs as Subscription[]))
    if (!result.hasNextPage) break
  }
  cache[collection] = found
  return found
}

/** The document as an anonymous reader gets it over REST (depth 0), read in `req`'s transaction; null if hidden. */
export async function publicForm(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string | number,
): Promise<Record<string, unknown> | null> {
  const anonymous = await createLocalReq({ context: { publicRead: true } }, req.payload)
  anonymous.transactionID = req.transactionID
  const { docs } = await req.payload.find({
    collection,
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    req: anonymous,
  })
  return (docs[0] as unknown as Record<string, unknown> | undefined) ?? null
}

const stashKey = (collection: string, id: string | number) => `${collection}:${id}`

/** Before an update or delete: remember the public form, when some webhook follows the collection. */
export async function rememberPublicForm(req: PayloadRequest, collection: CollectionSlug, id: string | number): Promise<void> {
  if (!(await subscriptions(req, collection)).length) return
  const stash = (req.context.webhookBefore ??= {}) as Stash
  stash[stashKey(collection, id)] = await publicForm(req, collection, id)
}

/** What the public saw change: its form before and after (null when hidden or absent). */
export function eventOf(operation: 'create' | 'update' | 'delete', before: unknown, after: unknown): WebhookEvent | undefined {
  if (operation === 'delete') return before ? 'delete' : undefined
  if (!before && after) return 'publish'
  if (before && !after) return 'unpublish'
  if (before && after && JSON.stringify(before) !== JSON.stringify(after)) return 'update'
  return undefined
}

/** After a create, update or delete: queue a delivery for each webhook following the resulting event. */
export async function notifyChange(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string | number,
  operation: 'create' | 'update' | 'delete',
): Promise<void> {
  const hooks = await subscriptions(req, collection)
  if (!hooks.length) return
  const stash = (req.context.webhookBefore ??= {}) as Stash
  const key = stashKey(collection, id)
  const before = operation === 'create' ? null : (stash[key] ?? null)
  delete stash[key]
  const after = operation === 'delete' ? null : await publicForm(req, collection, id)

  const event = eventOf(operation, before, after)
  if (!event) return

  for (const hook of hooks.filter((h) => h.events?.includes(event))) {
    const deliveryId = randomUUID()
    const body = JSON.stringify({
      id: deliveryId,
      event,
      collection,
      documentId: String(id),
      occurredAt: new Date().toISOString(),
      ...(after && (event === 'publish' || event === 'update') ? { doc: after } : {}),
    })
    const delivery = await req.payload.create({
      collection: 'webhook-deliveries',
      data: {
        deliveryId,
        summary: `${event} ${collection}/${id}`,
        webhook: hook.id as string,
        event,
        collection,
        documentId: String(id),
        status: 'pending',
        attempts: 0,
        body,
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    await req.payload.jobs.queue({ task: DELIVER_TASK, queue: WEBHOOK_QUEUE, input: { delivery: String(delivery.id) }, req })
  }
}

/** Webhooks' subscription to content changes (src/events/contentChanges.ts). */
export const webhookNotifier: ContentChangeSubscriber = {
  before: (req, { collection, id }) => rememberPublicForm(req, collection, id),
  after: (req, { collection, id, operation }) => notifyChange(req, collection, id, operation),
}
