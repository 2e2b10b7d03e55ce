/**
 * Retry policy: which requests are retried, how long to wait, and the loop around `fetch` that applies
 * it. Idempotent requests are retried on transient statuses and network errors, with exponential backoff
 * and jitter; a `Retry-After` header, when present, decides the wait instead.
 */

export interface RetryOptions {
  /** Retries after the first attempt. Default 2 (so at most 3 attempts); 0 disables retries. */
  limit?: number | undefined
  /** HTTP methods that may be retried. Default `['GET', 'HEAD', 'OPTIONS']`. */
  methods?: string[] | undefined
  /** Statuses that are retried. Default `[408, 429, 500, 502, 503, 504]`. Network errors always are. */
  statusCodes?: number[] | undefined
  /** Wait before the first retry, doubled at each retry. Default 300 ms. */
  backoffMs?: number | undefined
  /** Upper bound of the exponential wait. Default 10 000 ms. */
  maxBackoffMs?: number | undefined
  /** Randomise each wait between half and all of it, so clients do not retry in step. Default true. */
  jitter?: boolean | undefined
  /** A `Retry-After` longer than this is not waited for: the error is thrown at once. Default 60 000 ms. */
  maxRetryAfterMs?: number | undefined
  /** Called before each wait, e.g. for logging. */
  onRetry?: ((event: RetryEvent) => void) | undefined
}

export interface RetryEvent {
  /** 1 for the first retry. */
  retry: number
  /** How long the SDK waits before retrying. */
  delayMs: number
  method: string
  url: string
  /** The response that is retried, when there was one. */
  status?: number
  /** The network error that is retried, when there was no response. */
  error?: unknown
}

export type RetryPolicy = Required<Omit<RetryOptions, 'onRetry'>> & Pick<RetryOptions, 'onRetry'>

export const DEFAULT_RETRY: Readonly<RetryPolicy> = Object.freeze({
  limit: 2,
  methods: ['GET', 'HEAD', 'OPTIONS'],
  statusCodes: [408, 429, 500, 502, 503, 504],
  backoffMs: 300,
  maxBackoffMs: 10_000,
  jitter: true,
  maxRetryAfterMs: 60_000,
})

/** `retry: 3` sets the limit; `retry: false` (or 0) disables retries; an object overrides defaults. */
export function retryPolicy(option: number | false | RetryOptions | undefined): RetryPolicy {
  if (option === false) return { ...DEFAULT_RETRY, limit: 0 }
  if (typeof option === 'number') return { ...DEFAULT_RETRY, limit: option }
  const given = Object.fromEntries(Object.entries(option ?? {}).filter(([, value]) => value !== undefined))
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...given }
  return { ...policy, methods: policy.methods.map((method) => method.toUpperCase()) }
}

/** `Retry-After` in milliseconds (seconds or an HTTP date), or undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/** Exponential backoff for the nth retry (1-based), with "equal jitter" when enabled. */
export function backoffDelay(policy: RetryPolicy, retry: number, random: () => number = Math.random): number {
  const delay = Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** (retry - 1))
  return policy.jitter ? delay / 2 + (random() * delay) / 2 : delay
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason)
    const done = () => {
      signal.removeEventListener('abort', abort)
      resolve()
    }
    const abort = () => {
      clearTimeout(timer)
      reject(signal.reason)
    }
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', abort, { once: true })
  })

/** How the SDK sends: the URL and the `fetch` options (the client's `fetch` option gets them as a `Request`). */
export type Send = (url: string, init: SentInit) => Promise<Response>

/** `fetch` options as the transport builds them: a method, plain headers, a text body, always a signal. */
export type SentInit = Omit<RequestInit, 'method' | 'headers' | 'signal'> & {
  method: string
  headers: Record<string, string>
  signal: AbortSignal
}

export interface SendOptions {
  send: Send
  policy: RetryPolicy
  /** Epoch ms after which no retry is started (the call's timeout). */
  deadline?: number
}

/**
 * Sends the request, retrying as the policy says (the body is text: each attempt sends it again). Resolves
 * with the last response (successful or not); rejects with the last network error, or with the signal's
 * reason once the signal aborts.
 */
export async function sendWithRetry(url: string, init: SentInit, { send, policy, deadline }: SendOptions): Promise<Response> {
  const method = init.method.toUpperCase()
  const retryable = policy.limit > 0 && policy.methods.includes(method)
  for (let retry = 1; ; retry++) {
    const last = !retryable || retry > policy.limit
    let response: Response | undefined
    let error: unknown
    try {
      response = await send(url, init)
    } catch (caught) {
      if (init.signal.aborted) throw init.signal.reason
      error = caught
    }
    if (response && !policy.statusCodes.includes(response.status)) return response
    if (last) {
      if (response) return response
      throw error
    }

    const retryAfter = response ? parseRetryAfter(response.headers.get('Retry-After')) : undefined
    const delayMs = retryAfter ?? backoffDelay(policy, retry)
    const tooLate = deadline !== undefined && Date.now() + delayMs >= deadline
    if ((retryAfter !== undefined && retryAfter > policy.maxRetryAfterMs) || tooLate) {
      if (response) return response
      throw error
    }
    policy.onRetry?.({ retry, delayMs, method, url, status: response?.status, error })
    await response?.body?.cancel().catch(() => undefined)
    await sleep(delayMs, init.signal)
  }
}
