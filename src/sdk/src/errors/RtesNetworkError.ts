import { RtesError } from './RtesError.js'

/**
 * No answer from the server (DNS failure, refused or reset connection, offline), after any retries.
 * The original error from `fetch` is in `cause`.
 */
export class RtesNetworkError extends RtesError {
  readonly url: string
  readonly method: string

  constructor(args: { method: string; url: string; cause: unknown }) {
    const reason = args.cause instanceof Error ? args.cause.message : String(args.cause)
    super(`${args.method} ${args.url} failed: ${reason}`, { cause: args.cause })
    this.name = 'RtesNetworkError'
    this.url = args.url
    this.method = args.method
  }
}

/** True when the request never got an answer. */
export function isRtesNetworkError(error: unknown): error is RtesNetworkError {
  return error instanceof RtesNetworkError
}
