import { RtesError } from './RtesError.js'

/**
 * `constructWebhookEvent` refused a delivery: a missing or wrong `X-RTES-Signature` (or one older than
 * the tolerance), or a body that is not an RTES webhook event. Answer it with a 400 or 401.
 */
export class RtesWebhookError extends RtesError {
  constructor(message: string) {
    super(message)
    this.name = 'RtesWebhookError'
  }
}

/** True when a webhook delivery was refused by `constructWebhookEvent`. */
export function isRtesWebhookError(error: unknown): error is RtesWebhookError {
  return error instanceof RtesWebhookError
}
