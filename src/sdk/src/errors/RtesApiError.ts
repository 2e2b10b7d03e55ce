import { parseRetryAfter } from '../retry.js'
import { RtesError } from './RtesError.js'

/** One entry of Payload's error body: `{ "errors": [{ "message": "…" }] }`. */
export interface ApiErrorDetail {
  message: string
  name?: string
  field?: string
  data?: unknown
}

/**
 * The server answered with a non-2xx status (after any retries): a missing document (404), an invalid
 * `where` (400), missing rights (403), a server error (5xx)…
 */
export class RtesApiError extends RtesError {
  /** HTTP status, e.g. 404. */
  readonly status: number
  /** Payload's `errors[]`, or one entry made from the status text when the body had none. */
  readonly errors: ApiErrorDetail[]
  /** The URL requested (query string included). */
  readonly url: string
  readonly method: string
  /** The parsed response body (JSON when it was JSON, else text). */
  readonly body: unknown
  readonly response: Response
  /**
   * How long the server asked to wait before trying again (its `Retry-After`, in ms), on a 429 or 503
   * the SDK did not retry (retries exhausted, or a wait longer than `maxRetryAfterMs`); else undefined.
   */
  readonly retryAfterMs: number | undefined

  constructor(args: { method: string; url: string; response: Response; body: unknown }) {
    const errors = errorsFrom(args.body, args.response)
    super(`${args.method} ${args.url} → ${args.response.status}: ${errors.map((e) => e.message).join('; ')}`)
    this.name = 'RtesApiError'
    this.status = args.response.status
    this.errors = errors
    this.url = args.url
    this.method = args.method
    this.body = args.body
    this.response = args.response
    this.retryAfterMs = parseRetryAfter(args.response.headers.get('Retry-After'))
  }
}

function errorsFrom(body: unknown, response: Response): ApiErrorDetail[] {
  const errors = (body as { errors?: unknown } | null)?.errors
  if (Array.isArray(errors) && errors.length && errors.every((e) => typeof e?.message === 'string')) {
    return errors as ApiErrorDetail[]
  }
  const text = typeof body === 'string' && body.trim() && body.length < 200 ? body.trim() : ''
  return [{ message: text || response.statusText || `HTTP ${response.status}` }]
}

/** True when the server answered with an error status. */
export function isRtesApiError(error: unknown): error is RtesApiError {
  return error instanceof RtesApiError
}
