/** Base class of every error the SDK throws, so `catch` can tell them from programming errors. */
export class RtesError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'RtesError'
  }
}

/** True for any error thrown by the SDK (API, network or timeout). */
export function isRtesError(error: unknown): error is RtesError {
  return error instanceof RtesError
}
