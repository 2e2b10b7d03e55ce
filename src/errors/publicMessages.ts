import type { AfterErrorHook } from 'payload'

/** What Payload answers for an error it cannot describe, or one whose message it keeps private. */
const PLACEHOLDERS = new Set(['An unknown error occurred.', 'Something went wrong.'])

/**
 * A 4xx says what was wrong with the request. Payload keeps the message of an error not marked public
 * ("Something went wrong." for its own `APIError('Invalid filename.', 400)`), and describes an error by its
 * class name, which the production build may minify to "" ("An unknown error occurred.", ours included).
 * Client errors get their own message back; a 500 stays opaque.
 */
export const publicErrorsSayWhy: AfterErrorHook = ({ error, result, graphqlResult }) => {
  if (graphqlResult) return
  const { status, isPublic, message } = error as { status?: number; isPublic?: boolean; message?: unknown }
  const errors = (result as { errors?: Array<{ message?: unknown }> } | undefined)?.errors
  if (errors?.length !== 1 || !PLACEHOLDERS.has(errors[0]?.message as string)) return
  if (typeof message !== 'string' || !message || !(isPublic === true || (status && status < 500))) return
  return { response: { errors: [{ message }] } }
}
