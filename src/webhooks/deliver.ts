/**
 * The `deliverWebhook` task (jobs queue `webhooks`, run by the server's Payload instance): one attempt to
 * POST a delivery's body to its webhook, signed (src/webhooks/signature.ts). Retries are scheduled here,
 * not by Payload's task retries, so the delivery row always says what happens next: on a non-2xx answer,
 * a timeout or a network error the row becomes `retrying` with `nextAttemptAt`, and a new job waits until
 * then (exponential backoff: base, 2×base, 4×base…); after the last attempt it is `failed`. Nothing is
 * dropped: a receiver that is down keeps its deliveries scheduled, then failed, visibly.
 */
import http from 'node:http'
import https from 'node:https'

import type { PayloadRequest, TaskConfig } from 'payload'

import { settingsOf } from '../plugin/options'
import { DELIVER_TASK, WEBHOOK_QUEUE } from './events'
import { signatureHeader } from './signature'
import { assertLiteralTargetAllowed, guardedLookup } from './targets'

/** Wait before attempt `attempt + 1`, after `attempt` failures: base × 2^(attempt − 1), at most a day. */
export const backoffMs = (attempt: number, baseMs: number): number => Math.min(baseMs * 2 ** (attempt - 1), 24 * 3600_000)

interface DeliveryRow {
  id: string | number
  deliveryId: string
  webhook: string | number | { id: string | number }
  event: string
  status: string
  attempts: number
  body: string
}

interface WebhookRow {
  id: string | number
  url: string
  active?: boolean | null
  signingSecret?: string | null
}

export async function attemptDelivery(req: PayloadRequest, id: string): Promise<void> {
  const { payload } = req
  const delivery = (await payload.findByID({
    collection: 'webhook-deliveries',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as DeliveryRow | null
  if (!delivery || delivery.status === 'succeeded' || delivery.status === 'failed') return
  const webhookId = typeof delivery.webhook === 'object' ? delivery.webhook.id : delivery.webhook
  const webhook = (await payload.findByID({
    collection: 'webhooks',
    id: webhookId,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    disableErrors: true,
    req,
  })) as WebhookRow | null

  const settings = settingsOf(payload.config).webhooks
  const attempt = delivery.attempts + 1
  const update = (data: Record<string, unknown>) =>
    payload.update({ collection: 'webhook-deliveries', id: delivery.id, data, overrideAccess: true, depth: 0, req })

  if (!webhook || webhook.active === false || !webhook.signingSecret) {
    await update({
      status: 'failed',
      nextAttemptAt: null,
      lastError: webhook ? 'webhook deactivated (or without a secret)' : 'webhook deleted',
    })
    return
  }

  let statusCode: number | undefined
  let error: string | undefined
  try {
    statusCode = await post(new URL(webhook.url), delivery, webhook.signingSecret, settings)
    if (statusCode < 200 || statusCode >= 300) error = `HTTP ${statusCode}`
  } catch (caught) {
    error = (caught as Error).message || String(caught)
  }

  if (!error) {
    await update({
      status: 'succeeded',
      attempts: attempt,
      lastStatusCode: statusCode,
      lastError: null,
      nextAttemptAt: null,
      deliveredAt: new Date().toISOString(),
    })
    return
  }
  if (attempt >= settings.maxAttempts) {
    await update({ status: 'failed', attempts: attempt, lastStatusCode: statusCode ?? null, lastError: error, nextAttemptAt: null })
    return
  }
  const nextAttemptAt = new Date(Date.now() + backoffMs(attempt, settings.retryBaseMs))
  await update({
    status: 'retrying',
    attempts: attempt,
    lastStatusCode: statusCode ?? null,
    lastError: error,
    nextAttemptAt: nextAttemptAt.toISOString(),
  })
  await payload.jobs.queue({
    task: DELIVER_TASK,
    queue: WEBHOOK_QUEUE,
    input: { delivery: String(delivery.id) },
    waitUntil: nextAttemptAt,
    req,
  })
}

/** POSTs the body, signed for this attempt; resolves with the status code. No redirects are followed. */
function post(
  url: URL,
  delivery: DeliveryRow,
  secret: string,
  { timeoutMs, allowPrivateTargets }: { timeoutMs: number; allowPrivateTargets: boolean },
): Promise<number> {
  assertLiteralTargetAllowed(url, allowPrivateTargets)
  const timestamp = Math.floor(Date.now() / 1000)
  const body = Buffer.from(delivery.body)
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(
      url,
      {
        method: 'POST',
        agent: false,
        lookup: guardedLookup(allowPrivateTargets),
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': body.length,
          'User-Agent': 'RTES-Webhooks/1',
          'X-RTES-Delivery': delivery.deliveryId,
          'X-RTES-Event': delivery.event,
          'X-RTES-Timestamp': String(timestamp),
          'X-RTES-Signature': signatureHeader(secret, timestamp, delivery.body),
        },
      },
      (response) => {
        response.resume() // the answer's body is not kept
        response.on('end', () => resolve(response.statusCode ?? 0))
        response.on('error', reject)
      },
    )
    const timer = timeoutMs > 0 ? setTimeout(() => request.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs) : undefined
    request.on('close', () => clearTimeout(timer))
    request.on('error', reject)
    request.end(body)
  })
}

export const deliverWebhookTask: TaskConfig = {
  slug: DELIVER_TASK,
  label: 'Deliver a webhook',
  inputSchema: [{ name: 'delivery', type: 'text', required: true }],
  // One attempt per job: failures are recorded on the delivery and rescheduled by attemptDelivery.
  handler: async ({ input, req }) => {
    await attemptDelivery(req, String((input as { delivery: string }).delivery))
    return { output: {} }
  },
}
