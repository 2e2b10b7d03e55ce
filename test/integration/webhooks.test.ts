/**
 * Webhook deliveries on Payload's jobs queue, run deterministically with `payload.jobs.run()` (Local API,
 * real temp database), against real receivers on 127.0.0.1: events, retries with backoff, the delivery
 * log, signatures checked with the SDK's helper, receivers that are down, private targets.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { type RtesSettings, settingsOf } from '../../src/plugin'
import { verifyWebhookSignature } from '../../src/sdk/src'
import { createTestPayload } from '../helpers/payload'

const SECRET = 'whsec-test-0123456789abcdef'
let payload: Payload
/** The config's webhook settings (read at each attempt): tests change them, `afterEach` restores them. */
let settings: RtesSettings['webhooks']
const DEFAULTS = { allowPrivateTargets: true, retryBaseMs: 0, maxAttempts: 5 }

interface Received {
  headers: IncomingHttpHeaders
  body: string
}

/** A receiver answering the scripted statuses in turn (then the last one), recording every request. */
async function receiver(statuses: number[], port = 0): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = []
  const server: Server = createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      received.push({ headers: req.headers, body })
      res.writeHead(statuses[Math.min(received.length - 1, statuses.length - 1)], { 'content-type': 'text/plain' })
      res.end('ok')
    })
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${address.port}/hooks/rtes`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** A loopback port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise((resolve) => probe.close(resolve))
  return port
}

const createWebhook = (url: string, collections: string[] = ['fiches'], events = ['publish', 'update', 'unpublish', 'delete']) =>
  payload.create({
    collection: 'webhooks',
    data: { name: 'Site de la CRESS', url, secret: SECRET, events: events as never, collections: collections as never, active: true },
  })

let n = 0
const publishFiche = (extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'fiches',
    data: { title: `Fiche ${++n}`, slug: `fiche-webhook-${n}`, series: 'deniche', _status: 'published', ...extra } as never,
  }) as Promise<{ id: string }>

const deliveriesOf = async (webhook: string | number) =>
  (
    await payload.find({
      collection: 'webhook-deliveries',
      where: { webhook: { equals: webhook } },
      sort: 'createdAt',
      depth: 0,
      limit: 100,
    })
  ).docs

/** Runs the webhooks queue until no job is runnable now (each run is one attempt per job). */
async function drain(maxRuns = 10): Promise<void> {
  for (let run = 0; run < maxRuns; run++) {
    const result = await payload.jobs.run({ queue: 'webhooks', silent: true })
    if (result.noJobsRemaining || Object.keys(result.jobStatus ?? {}).length === 0) return
  }
}

beforeAll(async () => {
  payload = await createTestPayload('webhooks')
  settings = settingsOf(payload.config).webhooks
  Object.assign(settings, DEFAULTS)
})
afterEach(() => {
  Object.assign(settings, DEFAULTS)
})
afterAll(async () => {
  await payload?.destroy()
})

describe('deliveries', () => {
  it('retries a receiver answering 500, 500, 200: three signed attempts, one success, logged', async () => {
    const target = await receiver([500, 500, 200])
    try {
      const webhook = await createWebhook(target.url)
      const fiche = await publishFiche()
      const [queued] = await deliveriesOf(webhook.id)
      expect(queued).toMatchObject({ status: 'pending', attempts: 0, event: 'publish', collection: 'fiches', documentId: fiche.id })

      await drain()
      expect(target.received).toHaveLength(3)
      const [delivery] = await deliveriesOf(webhook.id)
      expect(delivery).toMatchObject({ status: 'succeeded', attempts: 3, lastStatusCode: 200 })
      expect(delivery.lastError ?? null).toBeNull()
      expect(delivery.nextAttemptAt ?? null).toBeNull()
      expect(delivery.deliveredAt).toBeTruthy()

      for (const { headers, body } of target.received) {
        expect(headers['content-type']).toBe('application/json')
        expect(headers['x-rtes-delivery']).toBe(delivery.deliveryId) // the same id on every attempt
        expect(headers['x-rtes-event']).toBe('publish')
        expect(String(headers['x-rtes-signature'])).toMatch(new RegExp(`^t=${headers['x-rtes-timestamp']},v1=[0-9a-f]{64}$`))
        expect(await verifyWebhookSignature(SECRET, headers['x-rtes-signature'] as string, body, 300)).toBe(true)
        expect(await verifyWebhookSignature('another-secret-0123456789', headers['x-rtes-signature'] as string, body, 300)).toBe(false)
        expect(await verifyWebhookSignature(SECRET, headers['x-rtes-signature'] as string, body.replace('Fiche', 'Fichu'), 300)).toBe(false)
        expect(body).toBe(delivery.body)
      }
      const sent = JSON.parse(target.received[0].body)
      // The document's public form: what an anonymous reader gets (depth 0).
      const publicDoc = await payload.findByID({ collection: 'fiches', id: fiche.id, depth: 0, overrideAccess: false })
      expect(sent).toEqual({
        id: delivery.deliveryId,
        event: 'publish',
        collection: 'fiches',
        documentId: fiche.id,
        occurredAt: expect.any(String),
        doc: JSON.parse(JSON.stringify(publicDoc)),
      })
    } finally {
      await target.close()
    }
  })

  it('sends update, unpublish and delete as the public sees them, and nothing for drafts or members-only changes', async () => {
    const target = await receiver([204])
    try {
      const webhook = await createWebhook(target.url)
      const draft = await payload.create({
        collection: 'fiches',
        draft: true,
        data: { title: 'Brouillon', slug: `brouillon-${++n}`, series: 'deniche', _status: 'draft' },
      })
      await payload.update({ collection: 'fiches', id: draft.id, draft: true, data: { title: 'Brouillon relu' } })
      expect(await deliveriesOf(webhook.id)).toHaveLength(0) // nothing public happened

      const fiche = await publishFiche()
      await payload.update({ collection: 'fiches', id: fiche.id, data: { title: 'Titre corrigé' } })
      // A draft saved over the published version changes nothing public.
      await payload.update({ collection: 'fiches', id: fiche.id, draft: true, data: { title: 'Titre en cours de reprise' } })
      await payload.update({ collection: 'fiches', id: fiche.id, data: { visibility: 'members' } })
      await payload.update({ collection: 'fiches', id: fiche.id, data: { visibility: 'public', _status: 'published' } })
      await payload.update({ collection: 'fiches', id: fiche.id, data: { _status: 'draft' } })
      await payload.update({ collection: 'fiches', id: fiche.id, data: { _status: 'published' } })
      await payload.delete({ collection: 'fiches', id: fiche.id })
      const members = await publishFiche({ visibility: 'members' })
      await payload.delete({ collection: 'fiches', id: members.id })
      await payload.create({
        collection: 'kits',
        data: { title: 'Kit', slug: `kit-${++n}`, level: 'regional', edition: 2021, _status: 'published' } as never,
      })

      const deliveries = await deliveriesOf(webhook.id)
      expect(deliveries.map((d) => d.event)).toEqual(['publish', 'update', 'unpublish', 'publish', 'unpublish', 'publish', 'delete'])
      await drain()
      expect(target.received.map((r) => r.headers['x-rtes-event'])).toEqual(deliveries.map((d) => d.event))
      const bodies = target.received.map((r) => JSON.parse(r.body))
      expect(bodies[1].doc.title).toBe('Titre corrigé')
      for (const body of bodies.filter((b) => b.event === 'unpublish' || b.event === 'delete')) {
        expect(body).not.toHaveProperty('doc')
        expect(body.documentId).toBe(fiche.id)
      }
    } finally {
      await target.close()
    }
  })

  it('keeps retrying a receiver that is down, then delivers when it is back: nothing is lost', async () => {
    settings.retryBaseMs = 3600_000
    const port = await closedPort()
    const webhook = await createWebhook(`http://127.0.0.1:${port}/hooks`)
    await publishFiche()
    await drain()
    let [delivery] = await deliveriesOf(webhook.id)
    expect(delivery).toMatchObject({ status: 'retrying', attempts: 1 })
    expect(delivery.lastError).toMatch(/ECONNREFUSED/)
    expect(delivery.nextAttemptAt).toBeTruthy()
    // The retry waits in the queue until nextAttemptAt.
    const waiting = await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [{ queue: { equals: 'webhooks' } }, { completedAt: { exists: false } }, { 'input.delivery': { equals: String(delivery.id) } }],
      },
    })
    expect(waiting.docs).toHaveLength(1)
    expect(new Date(waiting.docs[0].waitUntil!).toISOString()).toBe(new Date(delivery.nextAttemptAt!).toISOString())
    await drain()
    expect((await deliveriesOf(webhook.id))[0]).toMatchObject({ status: 'retrying', attempts: 1 })

    // The receiver comes back; its retry time comes (moved to the past instead of waiting an hour).
    const target = await receiver([200], port)
    try {
      await payload.update({ collection: 'payload-jobs', id: waiting.docs[0].id, data: { waitUntil: new Date(0).toISOString() } })
      await drain()
      ;[delivery] = await deliveriesOf(webhook.id)
      expect(delivery).toMatchObject({ status: 'succeeded', attempts: 2, lastStatusCode: 200 })
      expect(target.received).toHaveLength(1)
      expect(await verifyWebhookSignature(SECRET, target.received[0].headers['x-rtes-signature'] as string, target.received[0].body)).toBe(
        true,
      )
    } finally {
      await target.close()
    }
  })

  it('gives up after the last attempt and says so in the log', async () => {
    settings.maxAttempts = 3
    const webhook = await createWebhook(`http://127.0.0.1:${await closedPort()}/hooks`)
    await publishFiche()
    await drain()
    const [delivery] = await deliveriesOf(webhook.id)
    expect(delivery).toMatchObject({ status: 'failed', attempts: 3 })
    expect(delivery.nextAttemptAt ?? null).toBeNull()
    expect(delivery.lastError).toMatch(/ECONNREFUSED/)
  })
})

describe('targets', () => {
  it('refuses private, loopback and link-local targets at save time, naming the field', async () => {
    settings.allowPrivateTargets = false
    for (const url of [
      'http://127.0.0.1:8080/',
      'http://localhost/hooks',
      'http://[::1]/',
      'http://169.254.169.254/latest',
      'https://10.1.2.3/',
      'http://192.168.1.10/',
      'http://[::ffff:127.0.0.1]/',
      'http://2130706433/',
    ]) {
      const error = await createWebhook(url).then(
        () => undefined,
        (e: { data?: { errors?: { path: string }[] } }) => e,
      )
      expect(
        error?.data?.errors?.map((e) => e.path),
        url,
      ).toEqual(['url'])
    }
  })

  it('refuses them again when delivering, after DNS resolution', async () => {
    const target = await receiver([200])
    try {
      const webhook = await createWebhook(target.url) // allowed while the setting is on…
      await publishFiche()
      settings.allowPrivateTargets = false // …refused once it is off
      settings.maxAttempts = 1
      await drain()
      const [delivery] = await deliveriesOf(webhook.id)
      expect(delivery).toMatchObject({ status: 'failed', attempts: 1 })
      expect(delivery.lastError).toMatch(/target refused/)
      expect(target.received).toHaveLength(0)
    } finally {
      await target.close()
    }
  })
})

describe('secrets', () => {
  it('are kept for signing but never returned by the Local API, even to admins', async () => {
    const webhook = await createWebhook('https://hooks.example.org/rtes')
    expect(JSON.stringify(webhook)).not.toContain(SECRET)
    const read = await payload.findByID({ collection: 'webhooks', id: webhook.id })
    expect(read.secret ?? null).toBeNull()
    expect(JSON.stringify(read)).not.toContain(SECRET)
    const updated = await payload.update({ collection: 'webhooks', id: webhook.id, data: { name: 'Renommé' } })
    expect(JSON.stringify(updated)).not.toContain(SECRET)
    const kept = await payload.findByID({ collection: 'webhooks', id: webhook.id, showHiddenFields: true })
    expect(kept.signingSecret).toBe(SECRET) // an update without a secret keeps it
  })
})

describe('subscriptions', () => {
  it('are all honoured, however many webhooks follow a collection (read page by page, not the first 100)', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/hooks`
    const webhooks = []
    for (let i = 0; i < 101; i++) webhooks.push(await createWebhook(url, ['themes'], ['publish']))
    try {
      const theme = await payload.create({ collection: 'themes', data: { title: 'Abonnements', slug: `abonnements-${++n}` } })
      const { docs } = await payload.find({
        collection: 'webhook-deliveries',
        where: { and: [{ collection: { equals: 'themes' } }, { documentId: { equals: String(theme.id) } }] },
        depth: 0,
        pagination: false,
      })
      expect(docs).toHaveLength(101)
      expect(new Set(docs.map((delivery) => String(delivery.webhook)))).toEqual(new Set(webhooks.map(({ id }) => String(id))))
    } finally {
      // Their deliveries go with them; the queued jobs then find nothing to send.
      await payload.delete({ collection: 'webhooks', where: { id: { in: webhooks.map(({ id }) => id) } } })
      await payload.jobs.run({ queue: 'webhooks', limit: 500, silent: true })
    }
  })
})
