import { RtesError } from './RtesError.js'

/** The call (all its attempts and waits included) took longer than `timeoutMs`. */
export class RtesTimeoutError extends RtesError {
  readonly url: string
  readonly method: string
  readonly timeoutMs: number

  constructor(args: { method: string; url: string; timeoutMs: number }) {
    super(`${args.method} ${args.url} timed out after ${args.timeoutMs} ms`)
    this.name = 'RtesTimeoutError'
    this.url = args.url
    this.method = args.method
    this.timeoutMs = args.timeoutMs
  }
}

/** True when the call was abandoned because of `timeoutMs`. */
export function isRtesTimeoutError(error: unknown): error is RtesTimeoutError {
  return error instanceof RtesTimeoutError
}
