/**
 * The signature scheme of RTES webhooks (verified by `verifyWebhookSignature` in @rtes/sdk):
 *
 *   X-RTES-Timestamp: <unix seconds>
 *   X-RTES-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<unix seconds>.<raw body>")>
 *
 * The timestamp is that of the attempt (a retry is signed again), so receivers can refuse old or replayed
 * requests; `X-RTES-Delivery` stays the same across retries (idempotency key).
 */
import { createHmac } from 'node:crypto'

export function signatureHeader(secret: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
  return `t=${timestamp},v1=${mac}`
}
