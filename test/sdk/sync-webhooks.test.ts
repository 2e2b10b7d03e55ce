/**
 * The SDK's sync iterator against a scripted local server (no Payload), and `verifyWebhookSignature`
 * against signatures made the way the server makes them (src/webhooks/signature.ts).
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { constructWebhookEvent, createClient, isRtesWebhookError, RtesWebhookError, verifyWebhookSignature } from '../../src/sdk/src'
import { signatureHeader } from '../../src/webhooks/signature'

describe('sync and syncAll', () => {
  let server: Server
  let baseUrl: string
  const queries: URLSearchParams[] = []
  const pages: Record<string, unknown> = {
    '': { changes: [{ op: 'upsert', collection: 'themes', id: 'a', doc: { id: 'a' } }], nextToken: 't1', hasMore: true },
    t1: { changes: [{ op: 'delete', collection: 'themes', id: 'b' }], nextToken: 't2', hasMore: true },
    t2: { changes: [], nextToken: 't3', hasMore: false },
  }
  beforeAll(async () => {
    server = createServer((req, res) => {
      const query = new URL(req.url!, 'http://x').searchParams
      queries.push(query)
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(pages[query.get('since') ?? '']))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('sync() fetches one page with the query; syncAll() follows pages and exposes the last token', async () => {
    const rtes = createClient({ baseUrl })
    expect(await rtes.sync({ collections: ['themes', 'territories'], limit: 10 })).toEqual(pages[''])
    expect(Object.fromEntries(queries[0])).toEqual({ collections: 'themes,territories', limit: '10' })

    queries.length = 0
    const all = rtes.syncAll({ collections: ['themes'] })
    expect(all.nextToken).toBeUndefined()
    const seen = []
    for await (const change of all) seen.push(`${change.op} ${change.id}`)
    expect(seen).toEqual(['upsert a', 'delete b'])
    expect(all.nextToken).toBe('t3')
    expect(queries.map((q) => q.get('since'))).toEqual([null, 't1', 't2'])
    expect(queries.every((q) => q.get('collections') === 'themes')).toBe(true)
  })
})

describe('verifyWebhookSignature', () => {
  const secret = 'whsec-0123456789abcdef'
  const body = JSON.stringify({ event: 'publish', collection: 'fiches', documentId: 'x', doc: { title: 'Économie sociale' } })
  const now = () => Math.floor(Date.now() / 1000)

  it('accepts the server’s signature, for a string or bytes body', async () => {
    const header = signatureHeader(secret, now(), body)
    expect(await verifyWebhookSignature(secret, header, body, 300)).toBe(true)
    expect(await verifyWebhookSignature(secret, header, new TextEncoder().encode(body), 300)).toBe(true)
    expect(await verifyWebhookSignature(secret, header, new TextEncoder().encode(body).buffer)).toBe(true)
  })

  it('accepts any of several v1 signatures (secret rotation)', async () => {
    const t = now()
    const other = signatureHeader('previous-secret-0123456789', t, body).split(',')[1]
    expect(await verifyWebhookSignature(secret, `${signatureHeader(secret, t, body)},${other}`, body)).toBe(true)
    expect(await verifyWebhookSignature(secret, `t=${t},${other}`, body)).toBe(false)
  })

  it('refuses a wrong secret, an altered body or timestamp, an old timestamp, malformed headers', async () => {
    const t = now()
    const header = signatureHeader(secret, t, body)
    expect(await verifyWebhookSignature('wrong-secret-0123456789', header, body)).toBe(false)
    expect(await verifyWebhookSignature(secret, header, `${body} `)).toBe(false)
    expect(await verifyWebhookSignature(secret, header.replace(`t=${t}`, `t=${t - 1}`), body)).toBe(false)
    const old = signatureHeader(secret, t - 600, body)
    expect(await verifyWebhookSignature(secret, old, body, 300)).toBe(false)
    expect(await verifyWebhookSignature(secret, old, body, 900)).toBe(true)
    for (const bad of [
      '',
      'garbage',
      `t=${t}`,
      `v1=${header.split('v1=')[1]}`,
      `t=abc,v1=${header.split('v1=')[1]}`,
      `t=${t},v1=zz`,
      null,
      undefined,
    ]) {
      expect(await verifyWebhookSignature(secret, bad, body), String(bad)).toBe(false)
    }
    expect(await verifyWebhookSignature('', header, body)).toBe(false)
  })
})

describe('constructWebhookEvent', () => {
  const secret = 'partner-secret-0123456789'
  const event = {
    id: 'd0c0ffee-0000-4000-8000-000000000001',
    event: 'publish',
    collection: 'fiches',
    documentId: 'f1',
    occurredAt: '2026-11-29T10:00:00.000Z',
    doc: { id: 'f1', title: 'Une fiche', slug: 'une-fiche' },
  }
  const body = JSON.stringify(event)
  const signed = () => signatureHeader(secret, Math.floor(Date.now() / 1000), body)

  it('verifies and parses in one call, from fetch Headers or Node’s headers, a string or bytes', async () => {
    const fromFetch = await constructWebhookEvent(body, new Headers({ 'X-RTES-Signature': signed() }), secret)
    expect(fromFetch).toEqual(event)
    const fromNode = await constructWebhookEvent(
      new TextEncoder().encode(body),
      { 'x-rtes-signature': signed(), 'content-type': 'application/json' },
      secret,
    )
    expect(fromNode).toEqual(event)
    // Typed by collection: a publish of a fiche carries a Fiche.
    if (fromFetch.collection === 'fiches' && 'doc' in fromFetch) expect(fromFetch.doc.title).toBe('Une fiche')
  })

  it('refuses a missing or wrong signature, an old one, and a body that is not an event', async () => {
    const refusals = [
      () => constructWebhookEvent(body, {}, secret),
      () => constructWebhookEvent(body, { 'x-rtes-signature': signed() }, 'another-secret-0123456789'),
      () => constructWebhookEvent(`${body} `, { 'x-rtes-signature': signed() }, secret),
      () =>
        constructWebhookEvent(body, { 'x-rtes-signature': signatureHeader(secret, Math.floor(Date.now() / 1000) - 3600, body) }, secret),
      () => constructWebhookEvent('[1]', { 'x-rtes-signature': signatureHeader(secret, Math.floor(Date.now() / 1000), '[1]') }, secret),
      () => constructWebhookEvent('{', { 'x-rtes-signature': signatureHeader(secret, Math.floor(Date.now() / 1000), '{') }, secret),
    ]
    for (const refusal of refusals) {
      const error = await refusal().catch((e: unknown) => e)
      expect(isRtesWebhookError(error), String(error)).toBe(true)
      expect(error).toBeInstanceOf(RtesWebhookError)
    }
    // A wider tolerance accepts the old signature.
    const old = signatureHeader(secret, Math.floor(Date.now() / 1000) - 3600, body)
    expect(await constructWebhookEvent(body, { 'x-rtes-signature': old }, secret, { toleranceSeconds: 7200 })).toEqual(event)
  })
})
