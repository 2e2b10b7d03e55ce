import type { AfterErrorHook } from 'payload'

import { ISO_DATE_MESSAGE } from '../fields/dates'

/**
 * Database and date errors that only bad input causes, wherever our field checks do not reach (Payload's
 * own collections — locked documents, preferences, jobs — which the plugin cannot wrap, and new paths
 * Payload may add): a related id that does not exist (FOREIGN KEY), a missing required value (NOT NULL),
 * a date JavaScript cannot read ("Invalid time value"), a list or an object where SQLite takes one value. Every write runs in a transaction, so the failed
 * write left nothing behind: the answer is the client's 400, not a 500. REST and GraphQL alike.
 */
const RULES: Array<[RegExp, (match: RegExpExecArray) => string]> = [
  [/FOREIGN KEY constraint failed/, () => 'Un document lié n’existe pas (a related document does not exist).'],
  [/NOT NULL constraint failed: (\S+)/, (match) => `Valeur manquante (a required value is missing): ${match[1]}.`],
  [/^Invalid time value$/, () => ISO_DATE_MESSAGE],
  [
    /can only bind numbers, strings, bigints, buffers, and null/,
    () => 'Une valeur n’a pas le type attendu (a value has the wrong type: a list or an object where one value is expected).',
  ],
]

function clientMessage(error: unknown): string | undefined {
  const seen = new Set<unknown>()
  const queue: unknown[] = [error]
  while (queue.length) {
    const e = queue.shift() as { message?: unknown; cause?: unknown; originalError?: unknown; status?: unknown } | undefined
    if (!e || typeof e !== 'object' || seen.has(e)) continue
    seen.add(e)
    if (typeof e.message === 'string') {
      for (const [pattern, message] of RULES) {
        const match = pattern.exec(e.message)
        if (match) return message(match)
      }
    }
    queue.push(e.cause, e.originalError)
  }
  return undefined
}

export const clientDataErrorsAreBadRequests: AfterErrorHook = ({ error, graphqlResult }) => {
  const status = (error as { status?: number }).status ?? (error as { originalError?: { status?: number } }).originalError?.status
  if (status && status < 500) return
  const message = clientMessage(error)
  if (!message) return
  return {
    status: 400,
    response: { errors: [{ message }] },
    ...(graphqlResult
      ? { graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: 400 } } }
      : {}),
  }
}
