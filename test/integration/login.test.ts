/**
 * The login lock under concurrency (Local API, real database): attempts are counted before passwords are
 * checked, so a burst of parallel attempts gets no more passwords checked than `maxLoginAttempts`.
 * Passwords checked are counted on `crypto.pbkdf2`, which Payload uses to compare them.
 */
import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { createTestPayload } from '../helpers/payload'

const PASSWORD = 'correct horse battery staple'

let payload: Payload
let MAX = 0

beforeAll(async () => {
  payload = await createTestPayload('login')
  await payload.create({ collection: 'users', data: { email: 'admin@rtes.fr', password: PASSWORD, role: 'admin' } })
  MAX = payload.collections.users.config.auth.maxLoginAttempts
})
afterAll(async () => {
  await payload?.destroy().catch(() => undefined)
})

const login = (email: string, password: string) => payload.login({ collection: 'users', data: { email, password } })

async function account(email: string) {
  await payload.create({ collection: 'users', data: { email, password: PASSWORD, role: 'editor' } })
}

describe('login lock', () => {
  it('checks at most maxLoginAttempts passwords when 40 wrong ones and the right one arrive at once', async () => {
    expect(MAX).toBe(5)
    await account('target@rtes.fr')
    const pbkdf2 = vi.spyOn(crypto, 'pbkdf2')
    const burst = await Promise.allSettled(
      Array.from({ length: 41 }, (_, i) => login('target@rtes.fr', i === 24 ? PASSWORD : 'wrong password')),
    )
    const checked = pbkdf2.mock.calls.length
    pbkdf2.mockRestore()

    expect(burst.map((result) => result.status)).toEqual(Array(41).fill('rejected'))
    expect(checked).toBe(MAX)
    const messages = burst.map((result) => (result as PromiseRejectedResult).reason.message as string)
    expect(messages.filter((message) => /verrouillé|locked/i.test(message))).toHaveLength(41 - MAX)
    // Afterwards the right password is refused too: the account is locked.
    await expect(login('target@rtes.fr', PASSWORD)).rejects.toThrow(/verrouillé|locked/i)
  })
})
