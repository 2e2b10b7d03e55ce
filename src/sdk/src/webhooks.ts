/**
 * Receiving RTES webhooks with Web Crypto (browsers, Node ≥ 18, edge runtimes). The server sends
 * `X-RTES-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`.
 */
import { RtesWebhookError } from './errors/RtesWebhookError.js'
import type { components } from './schema.js'

/**
 * The body of a webhook delivery: `{ id, event, collection, documentId, occurredAt, doc? }`. `doc` (the
 * public document at depth 0, typed by `collection`) comes with `publish` and `update`.
 */
export type WebhookEvent = components['schemas']['WebhookEvent']
/** `publish`, `update`, `unpublish` or `delete`. */
export type WebhookEventType = WebhookEvent['event']

/** Request headers: a `Headers` object (fetch, edge runtimes) or Node's `req.headers`. */
export type HeadersLike = Headers | Record<string, string | string[] | undefined>

export interface ConstructWebhookEventOptions {
  /** Seconds of clock difference accepted between the signature's timestamp and now. Default 300. */
  toleranceSeconds?: number | undefined
}

const encoder = /* @__PURE__ */ new TextEncoder()

/**
 * True when `signatureHeader` (the `X-RTES-Signature` header) signs `rawBody` with `secret` and its
 * timestamp is within `toleranceSeconds` (default 300) of now. Pass the body exactly as received (before
 * any JSON parsing). The comparison is constant-time (`crypto.subtle.verify`).
 */
export async function verifyWebhookSignature(
  secret: string,
  signatureHeader: string | null | undefined,
  rawBody: string | Uint8Array | ArrayBuffer,
  toleranceSeconds = 300,
): Promise<boolean> {
  if (!secret || !signatureHeader) return false
  let timestamp: string | undefined
  const signatures: Uint8Array<ArrayBuffer>[] = []
  for (const part of signatureHeader.split(',')) {
    const [key, value = ''] = part.trim().split('=', 2) as [string, string?]
    if (key === 't' && /^\d+$/.test(value)) timestamp = value
    else if (key === 'v1' && /^(?:[0-9a-f]{2}){32}$/i.test(value)) signatures.push(hexBytes(value))
  }
  if (timestamp === undefined || !signatures.length) return false
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > toleranceSeconds) return false

  const body = typeof rawBody === 'string' ? encoder.encode(rawBody) : new Uint8Array(rawBody)
  const prefix = encoder.encode(`${timestamp}.`)
  const signed = new Uint8Array(prefix.length + body.length)
  signed.set(prefix)
  signed.set(body, prefix.length)
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify'])
  for (const signature of signatures) if (await crypto.subtle.verify('HMAC', key, signature, signed)) return true
  return false
}

function hexBytes(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2)
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return bytes
}

const header = (headers: HeadersLike, name: string): string | undefined => {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined
  const record = headers as Record<string, string | string[] | undefined>
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name.toLowerCase())
  const value = key === undefined ? undefined : record[key]
  return Array.isArray(value) ? value.join(',') : value
}

const EVENTS = ['publish', 'update', 'unpublish', 'delete']

/**
 * Verifies a delivery (`X-RTES-Signature` over the raw body, with `secret`) and parses its body, in one
 * call: resolves with the typed event, or rejects with `RtesWebhookError` (answer 400/401 then). Pass the
 * body exactly as received (a string or bytes, before any JSON parsing). Use `event.id` (also the
 * `X-RTES-Delivery` header) to ignore a delivery already processed: failed deliveries are retried.
 */
export async function constructWebhookEvent(
  rawBody: string | Uint8Array | ArrayBuffer,
  headers: HeadersLike,
  secret: string,
  { toleranceSeconds = 300 }: ConstructWebhookEventOptions = {},
): Promise<WebhookEvent> {
  const signature = header(headers, 'X-RTES-Signature')
  if (!signature) throw new RtesWebhookError('constructWebhookEvent: no X-RTES-Signature header.')
  if (!(await verifyWebhookSignature(secret, signature, rawBody, toleranceSeconds))) {
    throw new RtesWebhookError('constructWebhookEvent: the signature does not match this body and secret, or is too old.')
  }
  let event: unknown
  try {
    event = JSON.parse(typeof rawBody === 'string' ? rawBody : new TextDecoder().decode(rawBody))
  } catch {
    throw new RtesWebhookError('constructWebhookEvent: the body is not JSON.')
  }
  const { id, event: type, collection, documentId } = (event ?? {}) as Record<string, unknown>
  if (typeof id !== 'string' || !EVENTS.includes(type as string) || typeof collection !== 'string' || typeof documentId !== 'string') {
    throw new RtesWebhookError('constructWebhookEvent: the body is not an RTES webhook event.')
  }
  return event as WebhookEvent
}
