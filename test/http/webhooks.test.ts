/**
 * Webhooks over the real server: admins only, write-only secrets (REST and GraphQL), private targets
 * refused without WEBHOOKS_ALLOW_PRIVATE_TARGETS, and a delivery made by the server's own job runner.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { verifyWebhookSignature } from '../../src/sdk/src'
import { call, createAccounts, type Credentials, graphql, type Role } from '../helpers/rest'
import { type RunningServer, startServer } from '../helpers/server'

const SECRET = 'whsec-http-test-0123456789abcdef'
const hook = (url: string) => ({ name: 'CRESS', url, secret: SECRET, events: ['publish', 'delete'], collections: ['fiches'], active: true })

describe('without WEBHOOKS_ALLOW_PRIVATE_TARGETS', () => {
  let server: RunningServer
  let auth: Credentials
  beforeAll(async () => {
    server = await startServer('webhooks', { env: { WEBHOOKS_ALLOW_PRIVATE_TARGETS: undefined } })
    auth = await createAccounts(server.url)
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('refuses private, loopback and link-local targets with a 400 naming the field', async () => {
    for (const url of [
      'http://127.0.0.1:4000/hooks',
      'http://localhost/hooks',
      'http://[::1]/',
      'http://169.254.169.254/',
      'http://192.168.0.10/',
    ]) {
      const res = await call(server.url, '/api/webhooks', { method: 'POST', auth: auth.admin, body: hook(url) })
      expect(res.status, url).toBe(400)
      expect(
        res.body.errors[0].data.errors.map((e: { path: string }) => e.path),
        url,
      ).toEqual(['url'])
    }
    const patch = await call(server.url, '/api/webhooks', { method: 'POST', auth: auth.admin, body: hook('https://hooks.example.org/a') })
    const res = await call(server.url, `/api/webhooks/${patch.body.doc.id}`, {
      method: 'PATCH',
      auth: auth.admin,
      body: { url: 'http://10.0.0.1/' },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('"path":"url"')
    const short = await call(server.url, '/api/webhooks', {
      method: 'POST',
      auth: auth.admin,
      body: { ...hook('https://hooks.example.org/b'), secret: 'short' },
    })
    expect(short.status).toBe(400)
    expect(JSON.stringify(short.body)).toContain('"path":"secret"')
  })

  it('never returns the secret: REST create, read, list, update; GraphQL query and mutation', async () => {
    const created = await call(server.url, '/api/webhooks', {
      method: 'POST',
      auth: auth.admin,
      body: hook('https://hooks.example.org/rtes'),
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const answers: unknown[] = [created.body]
    answers.push((await call(server.url, `/api/webhooks/${id}`, { auth: auth.admin })).body)
    answers.push((await call(server.url, '/api/webhooks?limit=100&depth=2', { auth: auth.admin })).body)
    answers.push(
      (await call(server.url, `/api/webhooks/${id}`, { method: 'PATCH', auth: auth.admin, body: { name: 'CRESS Bretagne' } })).body,
    )
    const query = await graphql(
      server.url,
      `{ Webhooks { docs { id name url secret events collections active } } Webhook(id: "${id}") { secret } }`,
      auth.admin,
    )
    expect(query.errors).toBeUndefined()
    expect(query.data.Webhook.secret).toBeNull()
    answers.push(query)
    const hidden = await graphql(server.url, `{ Webhook(id: "${id}") { signingSecret } }`, auth.admin)
    expect(JSON.stringify(hidden)).toMatch(/signingSecret/)
    expect(hidden.data?.Webhook?.signingSecret ?? null, JSON.stringify(hidden)).toBeNull()
    answers.push(hidden)
    const mutation = await graphql(
      server.url,
      `mutation { createWebhook(data: { name: "France urbaine", url: "https://hooks.example.org/fu", secret: "${SECRET}", events: [publish], collections: [fiches] }) { id secret } }`,
      auth.admin,
    )
    expect(mutation.errors).toBeUndefined()
    expect(mutation.data.createWebhook.secret).toBeNull()
    answers.push(mutation)
    for (const answer of answers) expect(JSON.stringify(answer)).not.toContain(SECRET)
  })

  it('keeps webhooks, deliveries and the change log to admins', async () => {
    for (const path of ['/api/webhooks', '/api/webhook-deliveries', '/api/sync-changes']) {
      for (const role of ['anonymous', 'partner', 'member', 'editor'] as Role[]) {
        expect((await call(server.url, path, { auth: auth[role] })).status, `${role} ${path}`).toBe(403)
      }
      expect((await call(server.url, path, { auth: auth.admin })).status, path).toBe(200)
    }
    expect(
      (await call(server.url, '/api/webhooks', { method: 'POST', auth: auth.editor, body: hook('https://hooks.example.org/e') })).status,
    ).toBe(403)
    expect((await call(server.url, '/api/sync-changes', { method: 'POST', auth: auth.admin, body: {} })).status).toBe(403)
  })
})

describe('delivered by the server’s job runner', () => {
  let server: RunningServer
  let auth: Credentials
  const received: { headers: IncomingHttpHeaders; body: string }[] = []
  const receiver = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      received.push({ headers: req.headers, body })
      res.writeHead(received.length === 1 ? 503 : 200).end()
    })
  })
  beforeAll(async () => {
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    server = await startServer('webhooks-runner', { env: { WEBHOOKS_ALLOW_PRIVATE_TARGETS: '1', WEBHOOKS_RETRY_BASE_MS: '0' } })
    auth = await createAccounts(server.url)
  })
  afterAll(async () => {
    await server?.stop()
    await new Promise((resolve) => receiver.close(resolve))
  })

  it('signs, retries after a 503 and logs the delivery', async () => {
    const { port } = receiver.address() as AddressInfo
    const webhook = await call(server.url, '/api/webhooks', {
      method: 'POST',
      auth: auth.admin,
      body: hook(`http://127.0.0.1:${port}/rtes`),
    })
    expect(webhook.status).toBe(201)
    const fiche = await call(server.url, '/api/fiches', {
      method: 'POST',
      auth: auth.editor,
      body: { title: 'Fiche annoncée', slug: 'fiche-annoncee', series: 'deniche', _status: 'published' },
    })
    expect(fiche.status).toBe(201)
    // The queue is run every 10 s by the server: poll the log (bounded), no timing assertion.
    let delivery: { status: string; attempts: number; lastStatusCode: number; deliveryId: string } | undefined
    for (let i = 0; i < 120 && delivery?.status !== 'succeeded'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      delivery = (await call(server.url, '/api/webhook-deliveries?depth=0', { auth: auth.admin })).body.docs[0]
    }
    expect(delivery).toMatchObject({ status: 'succeeded', attempts: 2, lastStatusCode: 200 })
    expect(received).toHaveLength(2)
    for (const { headers, body } of received) {
      expect(headers['x-rtes-delivery']).toBe(delivery!.deliveryId)
      expect(await verifyWebhookSignature(SECRET, headers['x-rtes-signature'] as string, body, 300)).toBe(true)
      expect(JSON.parse(body)).toMatchObject({
        event: 'publish',
        collection: 'fiches',
        documentId: fiche.body.doc.id,
        doc: { slug: 'fiche-annoncee' },
      })
    }
  })
})
