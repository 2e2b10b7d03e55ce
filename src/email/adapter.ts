import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

import type { EmailSettings } from '../config/env'

/** Every SMTP exchange is bounded: a silent server fails the send instead of holding the request. */
const SMTP_TIMEOUT_MS = 10_000

/**
 * Payload's email adapter interface implemented with nodemailer itself (`@payloadcms/email-nodemailer`
 * stops at 3.90.1 with an exact peer on that payload version). With `SMTP_HOST` set,
 * emails go to that server; without it (development, tests) each email is written to the log in a
 * readable form: recipient, subject, text and links (e.g. the password reset link).
 */
export const emailAdapter =
  (settings: EmailSettings, { production = false } = {}): EmailAdapter =>
  ({ payload }) => {
    if (!settings.smtp && production) {
      // Reset links in a production log are readable by whoever reads the log: say so once, at start.
      payload.logger.warn('SMTP_HOST is not set: emails (password resets) are written to the log instead of being sent.')
    }
    const transport = settings.smtp
      ? nodemailer.createTransport({
          host: settings.smtp.host,
          port: settings.smtp.port,
          secure: settings.smtp.secure,
          auth: settings.smtp.user ? { user: settings.smtp.user, pass: settings.smtp.pass ?? '' } : undefined,
          connectionTimeout: SMTP_TIMEOUT_MS,
          greetingTimeout: SMTP_TIMEOUT_MS,
          socketTimeout: SMTP_TIMEOUT_MS,
        })
      : undefined
    return {
      name: transport ? 'smtp' : 'log',
      defaultFromAddress: settings.from.address,
      defaultFromName: settings.from.name,
      sendEmail: async (message: SendEmailOptions) => {
        const from = message.from ?? { name: settings.from.name, address: settings.from.address }
        if (!transport) {
          payload.logger.info(readableEmail(message))
          return { logged: true }
        }
        return transport.sendMail({ ...message, from })
      },
    }
  }

/** One log entry a developer can read: who, what, and the links to follow. */
export function readableEmail(message: SendEmailOptions): string {
  const recipients: unknown[] = [message.to].flat(3)
  const to = recipients.map((recipient) =>
    typeof recipient === 'object' && recipient && 'address' in recipient ? String(recipient.address) : String(recipient),
  )
  const html = typeof message.html === 'string' ? message.html : ''
  const text = typeof message.text === 'string' ? message.text : htmlToText(html)
  // Links the text does not already show (an HTML body may hide them behind words).
  const links = [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]).filter((link) => !text.includes(link))
  return [
    `email (not sent: SMTP_HOST is not set) to ${to.join(', ')}: ${String(message.subject ?? '')}`,
    text,
    ...(links.length ? ['links:', ...links.map((link) => `  ${link}`)] : []),
  ].join('\n')
}

const htmlToText = (html: string): string =>
  html
    .replace(/<(br|\/p|\/h\d|\/li)\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
