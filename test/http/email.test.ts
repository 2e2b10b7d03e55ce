/**
 * "Mot de passe oublié" end to end over SMTP: the server sends a French email to a real SMTP receiver
 * started here; the link's token resets the password, and the new password logs in.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'

import { call, createAccounts } from '../helpers/rest'
import { TEST_PASSWORD } from '../helpers/users'
import { type RunningServer, startServer } from '../helpers/server'
import { type SmtpReceiver, startSmtpReceiver } from '../helpers/smtp'

let smtp: SmtpReceiver
let server: RunningServer

beforeAll(async () => {
  smtp = await startSmtpReceiver()
  server = await startServer('email', { env: smtp.env })
  await createAccounts(server.url)
})
afterAll(async () => {
  await server?.stop()
  await smtp?.close()
})

it('emails a French reset link whose token sets a new password', async () => {
  const email = 'editor@rtes.test'
  const mail = smtp.next(email)
  const forgot = await call(server.url, '/api/users/forgot-password', { method: 'POST', body: { email } })
  expect(forgot.status).toBe(200)

  const received = await mail
  expect(received.subject).toBe('RTES : réinitialisation de votre mot de passe')
  expect(received.from?.text).toContain('ne-pas-repondre@rtes.test')
  expect(received.text).toContain('Pour choisir un nouveau mot de passe')
  const link = /https?:\/\/\S+\/admin\/reset\/([\w-]+)/.exec(received.text ?? '')
  expect(link, received.text).not.toBeNull()
  expect(link![0].startsWith(server.url)).toBe(true)

  const reset = await call(server.url, '/api/users/reset-password', {
    method: 'POST',
    body: { token: link![1], password: 'un nouveau mot de passe solide' },
  })
  expect(reset.status).toBe(200)

  const oldLogin = await call(server.url, '/api/users/login', { method: 'POST', body: { email, password: TEST_PASSWORD } })
  expect(oldLogin.status).toBe(401)
  const login = await call(server.url, '/api/users/login', { method: 'POST', body: { email, password: 'un nouveau mot de passe solide' } })
  expect(login.status).toBe(200)
  expect(login.body.user.email).toBe(email)
  // The server said nothing about a missing email adapter.
  expect(server.output()).not.toMatch(/No email adapter/i)
})

it('writes emails to the log, readably, when no SMTP server is configured', async () => {
  const logOnly = await startServer('email-log')
  try {
    await createAccounts(logOnly.url)
    const forgot = await call(logOnly.url, '/api/users/forgot-password', { method: 'POST', body: { email: 'member@rtes.test' } })
    expect(forgot.status).toBe(200)
    await expect.poll(() => logOnly.output(), { timeout: 30_000 }).toMatch(/email \(not sent: SMTP_HOST is not set\) to member@rtes\.test/)
    expect(logOnly.output()).toMatch(/\/admin\/reset\/[\w-]+/)
    expect(logOnly.output()).not.toMatch(/No email adapter/i)
  } finally {
    await logOnly.stop()
  }
})
