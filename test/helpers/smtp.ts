import type { AddressInfo } from 'node:net'

import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface SmtpReceiver {
  port: number
  /** Resolves with the next email sent to `to` (or rejects after `timeoutMs`). */
  next: (to: string, timeoutMs?: number) => Promise<ParsedMail>
  /** Environment that points the RTES server at this receiver. */
  env: Record<string, string>
  close: () => Promise<void>
}

/** A real SMTP server on a free loopback port, keeping every message it receives (parsed). */
export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const received: ParsedMail[] = []
  const waiting: Array<() => void> = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail)
          waiting.splice(0).forEach((wake) => wake())
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo

  const recipients = (mail: ParsedMail) =>
    [mail.to].flat().flatMap((to) => (to ? to.value.map((address) => address.address?.toLowerCase()) : []))

  const next = (to: string, timeoutMs = 30_000) =>
    new Promise<ParsedMail>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no email to ${to} within ${timeoutMs} ms`)), timeoutMs)
      const check = () => {
        const index = received.findIndex((mail) => recipients(mail).includes(to.toLowerCase()))
        if (index === -1) return void waiting.push(check)
        clearTimeout(timer)
        resolve(received.splice(index, 1)[0])
      }
      check()
    })

  return {
    port,
    next,
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_SECURE: 'false', EMAIL_FROM: 'RTES <ne-pas-repondre@rtes.test>' },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
