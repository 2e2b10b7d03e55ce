/**
 * Test accounts, created from the outside as an administrator would: the first user registered on an
 * empty server (an admin), then users with a role and, for partners, an API key. Every account has
 * TEST_PASSWORD.
 */
import { randomUUID } from 'node:crypto'

export const TEST_PASSWORD = 'correct horse battery staple'

export type Role = 'anonymous' | 'partner' | 'member' | 'editor' | 'admin'
/** The `Authorization` header of one account per role (none for anonymous). */
export type Credentials = Record<Role, string | undefined>

export interface ApiUser {
  id: string
  email: string
  token?: string
  apiKey?: string
}

async function postJson(url: string, body: unknown, authorization?: string): Promise<{ status: number; body: any }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
    body: JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : null }
}

/** Registers the first user over REST (it becomes an admin) and returns it with its JWT. */
export async function registerAdmin(url: string, email = 'admin@rtes.test'): Promise<ApiUser & { token: string }> {
  const res = await postJson(`${url}/api/users/first-register`, { email, password: TEST_PASSWORD })
  if (res.status !== 200) throw new Error(`first-register answered ${res.status}: ${JSON.stringify(res.body)}`)
  return { id: res.body.user.id, email, token: res.body.token }
}

/** Creates a user with a role and, optionally, an API key (as an admin, over REST). */
export async function createUser(
  url: string,
  adminToken: string,
  { email, role, apiKey }: { email: string; role: Exclude<Role, 'anonymous'>; apiKey?: string },
): Promise<ApiUser> {
  const body = { email, password: TEST_PASSWORD, role, ...(apiKey ? { enableAPIKey: true, apiKey } : {}) }
  const res = await postJson(`${url}/api/users`, body, `JWT ${adminToken}`)
  if (res.status !== 201) throw new Error(`creating ${email} answered ${res.status}: ${JSON.stringify(res.body)}`)
  return { id: res.body.doc.id, email, apiKey }
}

/** Logs in with TEST_PASSWORD; returns the JWT. */
export async function login(url: string, email: string): Promise<string> {
  const res = await postJson(`${url}/api/users/login`, { email, password: TEST_PASSWORD })
  if (res.status !== 200) throw new Error(`login of ${email} answered ${res.status}: ${JSON.stringify(res.body)}`)
  return res.body.token
}

/**
 * Registers the first user (an admin) on an empty server, then has the admin create one account per
 * role. Returns the `Authorization` header of each (partners use an API key, the others a JWT).
 */
export async function createAccounts(url: string): Promise<Credentials> {
  const admin = await registerAdmin(url)
  const withRole = async (role: 'editor' | 'member') => {
    const { email } = await createUser(url, admin.token, { email: `${role}@rtes.test`, role })
    return `JWT ${await login(url, email)}`
  }
  const apiKey = randomUUID()
  await createUser(url, admin.token, { email: 'partner@cress.test', role: 'partner', apiKey })
  return {
    anonymous: undefined,
    partner: `users API-Key ${apiKey}`,
    member: await withRole('member'),
    editor: await withRole('editor'),
    admin: `JWT ${admin.token}`,
  }
}
