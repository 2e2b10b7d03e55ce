import type { FuzzRequest, FuzzResponse } from './send'
import type { Secret } from './world'

/**
 * What makes an answer wrong, whatever was asked:
 * - a 5xx, except 503 with `Retry-After` (an explicit overload or time-budget answer);
 * - a 429 without `Retry-After`;
 * - no answer at all (connection refused or reset, nothing within the deadline), unless the client
 *   itself dropped the request;
 * - a leak: a fixture's id or marker in what a caller who may not see it receives, or a credential;
 * - a 4xx that does not say what was wrong (Payload's placeholders for errors it cannot describe).
 */

export interface Problem {
  oracle: '5xx' | 'no answer' | '429 without Retry-After' | 'leak' | 'credential leak' | 'crash' | 'unclear 4xx'
  detail: string
}

export function judge(request: FuzzRequest, response: FuzzResponse, secrets: readonly Secret[]): Problem[] {
  if (response.error) {
    // A server may refuse an oversized head or body by answering and closing at once: the client,
    // still writing, then sees the connection cut instead of the answer.
    // And Node closes the connection of a CONNECT (a proxy tunnel request) that no one handles.
    const cutOff = (oversized(request) || request.method === 'CONNECT') && /ECONNRESET|EPIPE|socket hang up/.test(response.error)
    return request.dropMidBody || cutOff ? [] : [{ oracle: 'no answer', detail: response.error }]
  }
  const problems: Problem[] = []
  const retryAfter = response.headers['retry-after'] !== undefined
  if (response.status >= 500 && !(response.status === 503 && retryAfter))
    problems.push({ oracle: '5xx', detail: `status ${response.status}` })
  const internal = graphqlInternalError(request, response)
  if (internal) problems.push({ oracle: '5xx', detail: `GraphQL error with statusCode ${internal}` })
  if (response.status === 429 && !retryAfter) problems.push({ oracle: '429 without Retry-After', detail: 'status 429' })
  if (response.status >= 400 && response.status < 500 && PLACEHOLDER.test(response.text))
    problems.push({ oracle: 'unclear 4xx', detail: `status ${response.status}` })
  for (const secret of leakedSecrets(request, response, secrets))
    problems.push({ oracle: 'leak', detail: `${secret.what} shown to ${request.role}` })
  for (const key of credentialKeys(response)) problems.push({ oracle: 'credential leak', detail: `"${key}" returned to ${request.role}` })
  return problems
}

/** Payload's message for an error it cannot describe, or whose message it keeps private. */
const PLACEHOLDER = /"message":"(An unknown error occurred\.|Something went wrong\.)"/

/** Beyond Node's 16 KB of request head, or a 1 MB body. */
const oversized = (request: FuzzRequest) =>
  request.path.length > 8_000 || (request.body !== undefined && Buffer.byteLength(request.body) > 1_000_000)

/**
 * GraphQL answers internal errors with a 200 whose `errors[].extensions.statusCode` is 500 ("Something
 * went wrong."): a 5xx all the same.
 */
function graphqlInternalError(request: FuzzRequest, response: FuzzResponse): number | undefined {
  if (!request.path.startsWith('/api/graphql') || !response.text.includes('"statusCode":5')) return undefined
  const body = parseJson(response.text) as { errors?: { extensions?: { statusCode?: unknown } }[] } | undefined
  const codes = (Array.isArray(body?.errors) ? body.errors : []).map((error) => Number(error?.extensions?.statusCode))
  return codes.find((code) => code >= 500)
}

/**
 * Secrets in the answer. One the request did not name is a leak wherever it appears (JSON, GraphQL,
 * feeds, HTML). One the request named (an id in the path, a slug in a filter) may be echoed by an error
 * message, so it is a leak only when the answer returns it as data: a JSON value equal to it outside
 * `errors`. A members-only media file served to someone who may not see it is a leak too.
 */
export function leakedSecrets(request: FuzzRequest, response: FuzzResponse, secrets: readonly Secret[]): Secret[] {
  const hidden = secrets.filter((secret) => secret.hiddenFrom.has(request.role))
  if (!hidden.length) return []
  const sent = requestText(request)
  const leaked: Secret[] = []
  let data: unknown
  let parsed = false
  for (const secret of hidden) {
    if (request.path.startsWith('/api/media/file/') && response.status < 300 && sent.includes(secret.token)) {
      leaked.push(secret)
      continue
    }
    if (!response.text.includes(secret.token)) continue
    if (!sent.includes(secret.token)) {
      leaked.push(secret)
      continue
    }
    if (!parsed) {
      parsed = true
      data = parseJson(response.text)
    }
    if (data !== undefined && containsValue(data, secret.token)) leaked.push(secret)
  }
  return leaked
}

/** Everything the client sent that could be echoed back: the decoded path and query, and the body. */
function requestText(request: FuzzRequest): string {
  let path = request.path
  for (let i = 0; i < 2; i++) {
    try {
      path = decodeURIComponent(path)
    } catch {
      break
    }
  }
  const body = request.body === undefined ? '' : Buffer.isBuffer(request.body) ? request.body.toString('latin1') : request.body
  return `${request.path}\n${path}\n${body}\n${JSON.stringify(request.headers)}`
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** Whether `token` is a string value (or object key) of `value`, not counting `errors` subtrees. */
function containsValue(value: unknown, token: string): boolean {
  const stack: unknown[] = [value]
  while (stack.length) {
    const node = stack.pop()
    if (typeof node === 'string') {
      if (node === token) return true
    } else if (Array.isArray(node)) stack.push(...node)
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (key === 'errors') continue
        if (key === token) return true
        stack.push(child)
      }
    }
  }
  return false
}

/** Fields that hold credentials: never returned to anybody, admins included. */
const CREDENTIAL_KEYS = new Set(['hash', 'salt', 'resetPasswordToken', 'signingSecret', '_verificationToken'])

function credentialKeys(response: FuzzResponse): string[] {
  if (!/"(hash|salt|resetPasswordToken|signingSecret|_verificationToken)"/.test(response.text)) return []
  const found = new Set<string>()
  const stack: unknown[] = [parseJson(response.text)]
  while (stack.length) {
    const node = stack.pop()
    if (Array.isArray(node)) stack.push(...node)
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (CREDENTIAL_KEYS.has(key) && typeof child === 'string' && child) found.add(key)
        else stack.push(child)
      }
    }
  }
  return [...found]
}
