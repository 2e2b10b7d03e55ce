import { expect } from 'vitest'

/** A JSON call to the running server; `auth` is a ready `Authorization` header value. */
export async function call(
  baseUrl: string,
  path: string,
  { method = 'GET', body, auth }: { method?: string; body?: unknown; auth?: string } = {},
): Promise<{ status: number; body: any }> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(auth ? { Authorization: auth } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : null }
}

// Accounts per role: test/helpers/users.ts (re-exported here, where REST tests take their auth from).
export { createAccounts, type Credentials, type Role } from './users'

/** Creates a document over REST (published unless `status` says draft); throws with the body on failure. */
export async function createDoc(
  baseUrl: string,
  auth: string | undefined,
  collection: string,
  data: Record<string, unknown>,
  status: 'draft' | 'published' = 'published',
): Promise<{ id: string; slug: string }> {
  const res = await call(baseUrl, `/api/${collection}${status === 'draft' ? '?draft=true' : ''}`, {
    method: 'POST',
    auth,
    body: { ...data, _status: status },
  })
  if (res.status !== 201) throw new Error(`creating ${collection} failed: ${JSON.stringify(res.body)}`)
  return res.body.doc
}

/** Uploads a file to the media collection over REST (multipart); returns its id, throws with the body on failure. */
export async function uploadMedia(
  baseUrl: string,
  auth: string | undefined,
  file: { bytes: Buffer; name: string; type: string },
  data: Record<string, unknown>,
): Promise<string> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(data))
  const res = await fetch(`${baseUrl}/api/media`, { method: 'POST', headers: auth ? { Authorization: auth } : {}, body: form })
  if (res.status !== 201) throw new Error(`uploading ${file.name} failed: ${await res.text()}`)
  return ((await res.json()) as { doc: { id: string } }).doc.id
}

/** A GraphQL call; returns the parsed body. */
export async function graphql(baseUrl: string, query: string, auth?: string): Promise<any> {
  const res = await call(baseUrl, '/api/graphql', { method: 'POST', body: { query }, auth })
  return res.body
}

/** The field errors of a ValidationError answer (`errors[].data.errors[]`: path, message). */
export const fieldErrors = (res: { body: any }): { path: string; message: string }[] =>
  res.body.errors.flatMap((e: { data?: { errors?: unknown[] } }) => e.data?.errors ?? [])

/** Asserts a 400 whose errors name `path` with a message matching `message`. */
export function expectFieldError(res: { status: number; body: any }, path: string, message: RegExp = /.+/): void {
  expect(res.status, JSON.stringify(res.body)).toBe(400)
  expect(fieldErrors(res)).toContainEqual(expect.objectContaining({ path, message: expect.stringMatching(message) }))
}
