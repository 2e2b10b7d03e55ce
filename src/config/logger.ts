import { type Config, defaultLoggerOptions } from 'payload'

/**
 * Payload's logger (pino, pretty-printed as by default) with one change: errors answered with a 4xx are
 * logged as one `info` line, not as an `error` with a stack. Payload chooses the level from the error's
 * class name (`loggingLevels`: Forbidden, NotFound, ValidationError… are `info`), but Next's production
 * build minifies class names, so every refused write or missing document that went through Next was
 * logged as an error with its stack. The HTTP status survives minification.
 */
export function hubLogger(): NonNullable<Config['logger']> {
  return {
    destination: defaultLoggerOptions,
    options: {
      hooks: {
        logMethod(args, method, level) {
          const status = clientErrorStatus(args[0])
          if (level >= 50 && status !== undefined) return this.info(`${status} ${(args[0] as { err: Error }).err.message}`)
          return method.apply(this, args)
        },
      },
    },
  }
}

/** The status of `{ err }` when it is a client error (4xx). */
export function clientErrorStatus(entry: unknown): number | undefined {
  if (typeof entry !== 'object' || entry === null || !('err' in entry)) return undefined
  const { err } = entry
  const status = typeof err === 'object' && err !== null && 'status' in err ? err.status : undefined
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined
}
