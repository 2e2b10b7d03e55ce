import { RtesApiError } from './RtesApiError.js'

/**
 * The GraphQL endpoint answered with `errors`: a 200 whose operation failed (partly or wholly), or a 400
 * for a query refused before running (syntax, unknown field, depth or complexity limit). `errors` holds
 * the GraphQL errors (`message`, `locations`, `path`, `extensions`); `data` what was resolved, if anything.
 */
export class RtesGraphQLError extends RtesApiError {
  readonly data: unknown

  constructor(args: { url: string; response: Response; body: unknown }) {
    super({ method: 'POST', ...args })
    this.name = 'RtesGraphQLError'
    this.data = (args.body as { data?: unknown } | null)?.data ?? null
  }
}

/** True when a GraphQL call answered with errors. */
export function isRtesGraphQLError(error: unknown): error is RtesGraphQLError {
  return error instanceof RtesGraphQLError
}
