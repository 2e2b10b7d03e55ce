/**
 * Unique downloads from the outside (real server): `GET /api/downloads/<media id>` counts one download per
 * visitor, document and day, never for bots nor for what the caller may not read, then redirects to the
 * file; editors (only) read the counts per document, fiche, kit and month; no visitor data reaches the
 * database.
 */
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { usingMongo } from '../helpers/database'
import { minimalPdf } from '../helpers/files'
import { call, createAccounts, createDoc, type Credentials } from '../helpers/rest'
import { type RunningServer, startServer } from '../helpers/server'

let server: RunningServer
let auth: Credentials
const ids: Record<string, string> = {}

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 RTES-test'
const OTHER_BROWSER =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15 RTES-test'
const BOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'
// Documentation addresses (RFC 5737): looked for, byte by byte, in the database file at the end.
const VISITOR_IP = '203.0.113.77'
const OTHER_IP = '198.51.100.23'

beforeAll(async () => {
  // Behind one trusted proxy (the test), so that X-Forwarded-For stands for distinct visitors.
  server = await startServer('downloads', { env: { TRUST_PROXY: 'loopback' } })
  auth = await createAccounts(server.url)
  const upload = async (name: string, visibility: 'public' | 'members') => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(minimalPdf(name))], { type: 'application/pdf' }), name)
    form.append('_payload', JSON.stringify({ visibility }))
    const res = await fetch(`${server.url}/api/media`, { method: 'POST', headers: { Authorization: auth.editor! }, body: form })
    expect(res.status, await res.clone().text()).toBe(201)
    return ((await res.json()) as { doc: { id: string } }).doc.id
  }
  ids.fichePdf = await upload('kit-regionaless-fiche-3.pdf', 'public')
  ids.kitPdf = await upload('kit-regionaless.pdf', 'public')
  ids.membersPdf = await upload('flash-hebdo-reserve.pdf', 'members')
  const document = (file: string) => ({ label: 'PDF', kind: 'pdf', file })
  ids.kit = (
    await createDoc(server.url, auth.editor, 'kits', {
      title: 'Kit RégionalESS',
      slug: 'kit-regionaless-dl',
      level: 'regional',
      edition: 2021,
      documents: [document(ids.kitPdf)],
    })
  ).id
  ids.fiche = (
    await createDoc(server.url, auth.editor, 'fiches', {
      title: 'Fiche n°3 : les aides aux entreprises',
      slug: 'kit-regionaless-fiche-3-dl',
      series: 'kit',
      kit: ids.kit,
      number: 3,
      documents: [document(ids.fichePdf), document(ids.membersPdf)],
    })
  ).id
})
afterAll(async () => {
  await server?.stop()
})

/** A download as a browser (or bot) would make it, without following the redirect. */
const download = (
  id: string,
  { userAgent = BROWSER, ip = VISITOR_IP, authorization }: { userAgent?: string; ip?: string; authorization?: string } = {},
) =>
  fetch(`${server.url}/api/downloads/${id}`, {
    redirect: 'manual',
    headers: { 'User-Agent': userAgent, 'X-Forwarded-For': ip, ...(authorization ? { Authorization: authorization } : {}) },
  })

const stats = async (query: string, authorization = auth.editor) => {
  const res = await call(server.url, `/api/download-stats?${query}`, { auth: authorization })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body as { total: number; rows: { id: string; label: string; downloads: number }[] }
}
const downloadsOf = async (mediaId: string) => (await stats('by=document')).rows.find((row) => row.id === mediaId)?.downloads ?? 0

describe('GET /api/downloads/{id}', () => {
  it('redirects to the file, uncached, and the file itself caches', async () => {
    const res = await download(ids.kitPdf)
    expect(res.status).toBe(302)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const location = res.headers.get('location')!
    expect(new URL(location, server.url).pathname).toMatch(/^\/api\/media\/file\/kit-regionaless.*\.pdf$/)
    const file = await fetch(new URL(location, server.url))
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    expect(file.headers.get('cache-control')).toMatch(/^public, max-age=\d+/)
  })

  it('counts one download per visitor, document and day; another visitor counts again; bots never', async () => {
    const before = await downloadsOf(ids.fichePdf)
    expect((await download(ids.fichePdf)).status).toBe(302)
    expect((await download(ids.fichePdf)).status).toBe(302)
    expect(await downloadsOf(ids.fichePdf)).toBe(before + 1)
    // Another browser from the same address, then another address: two more visitors.
    expect((await download(ids.fichePdf, { userAgent: OTHER_BROWSER })).status).toBe(302)
    expect((await download(ids.fichePdf, { ip: OTHER_IP })).status).toBe(302)
    expect(await downloadsOf(ids.fichePdf)).toBe(before + 3)
    // A crawler gets the file but is not counted; neither is a HEAD.
    expect((await download(ids.fichePdf, { userAgent: BOT, ip: '192.0.2.99' })).status).toBe(302)
    expect(
      (
        await fetch(`${server.url}/api/downloads/${ids.fichePdf}`, {
          method: 'HEAD',
          redirect: 'manual',
          headers: { 'User-Agent': BROWSER, 'X-Forwarded-For': '192.0.2.98' },
        })
      ).status,
    ).toBe(302)
    expect(await downloadsOf(ids.fichePdf)).toBe(before + 3)
  })

  it('refuses members-only documents to anonymous readers and partner keys, without counting them', async () => {
    for (const authorization of [undefined, auth.partner]) {
      const res = await download(ids.membersPdf, { authorization, ip: '192.0.2.10' })
      expect(res.status).toBe(404)
      expect(res.headers.get('location')).toBeNull()
    }
    expect(await downloadsOf(ids.membersPdf)).toBe(0)
    const member = await download(ids.membersPdf, { authorization: auth.member, ip: '192.0.2.11' })
    expect(member.status).toBe(302)
    expect(await downloadsOf(ids.membersPdf)).toBe(1)
  })

  it('answers bad and unknown ids with 400 and 404', async () => {
    for (const bad of ['not-an-id', '1', "x'%20OR%201=1", 'a'.repeat(300)]) {
      const res = await download(bad)
      expect(res.status, bad).toBe(400)
      expect(((await res.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/identifiant/)
    }
    const unknown = usingMongo() ? '0123456789abcdef01234567' : '00000000-0000-4000-8000-000000000000'
    expect((await download(unknown)).status).toBe(404)
  })
})

describe('GET /api/download-stats', () => {
  it('adds up per fiche, kit, document and month', async () => {
    // The kit's own PDF was downloaded once (first test) by one visitor, the fiche's by three, the members-only one by one.
    const byKit = await stats('by=kit')
    expect(byKit.rows).toEqual([{ id: ids.kit, label: 'Kit RégionalESS', downloads: 5 }])
    expect(byKit.total).toBe(5)
    const byFiche = await stats(`by=fiche&kit=${ids.kit}`)
    expect(byFiche.rows).toEqual([{ id: ids.fiche, label: 'Fiche n°3 : les aides aux entreprises', downloads: 4 }])
    const byDocument = await stats('by=document')
    expect(byDocument.rows.map(({ label, downloads }) => [label, downloads])).toEqual([
      ['kit-regionaless-fiche-3.pdf', 3],
      ['flash-hebdo-reserve.pdf', 1],
      ['kit-regionaless.pdf', 1],
    ])
    const month = new Date().toISOString().slice(0, 7)
    const byMonth = await stats(`by=month&to=${month}`)
    expect(byMonth.rows).toHaveLength(12)
    expect(byMonth.rows.at(-1)).toEqual({ id: month, label: month, downloads: 5 })
    expect(byMonth.rows.slice(0, -1).every((row) => row.downloads === 0)).toBe(true)
  })

  it('is for editors and admins only', async () => {
    expect((await call(server.url, '/api/download-stats')).status).toBe(401)
    expect((await call(server.url, '/api/download-stats', { auth: auth.member })).status).toBe(403)
    expect((await call(server.url, '/api/download-stats', { auth: auth.partner })).status).toBe(403)
    expect((await call(server.url, '/api/download-stats', { auth: auth.admin })).status).toBe(200)
    // The rows themselves: read by editors, written by nobody over the API.
    for (const role of ['anonymous', 'partner', 'member'] as const) {
      const list = await call(server.url, '/api/download-counts', { auth: auth[role] })
      expect(list.status, role).toBe(403)
      const graph = await call(server.url, '/api/graphql', {
        method: 'POST',
        auth: auth[role],
        body: { query: '{ DownloadCounts { totalDocs } }' },
      })
      expect(graph.body.data?.DownloadCounts ?? null, role).toBeNull()
    }
    const rows = await call(server.url, '/api/download-counts?limit=100', { auth: auth.editor })
    expect(rows.status).toBe(200)
    expect(rows.body.totalDocs).toBe(3)
    const id = rows.body.docs[0].id
    expect(
      (await call(server.url, '/api/download-counts', { method: 'POST', auth: auth.admin, body: { month: '2026-01', downloads: 99 } }))
        .status,
    ).toBe(403)
    expect(
      (await call(server.url, `/api/download-counts/${id}`, { method: 'PATCH', auth: auth.admin, body: { downloads: 99 } })).status,
    ).toBe(403)
    expect((await call(server.url, `/api/download-counts/${id}`, { method: 'DELETE', auth: auth.admin })).status).toBe(403)
  })

  it('answers bad parameters with a 400 naming them', async () => {
    for (const [query, named] of [
      ['by=year', '`by`'],
      ['from=2026-13', '`from`'],
      ['to=tomorrow', '`to`'],
      ['from=2026-05&to=2026-01', '`from`'],
      ['from=2000-01&to=2026-01', 'at most'],
      ['by=kit&by=fiche', '`by`'],
      ['kit=%27%3B', '`kit`'],
    ]) {
      const res = await call(server.url, `/api/download-stats?${query}`, { auth: auth.editor })
      expect(res.status, query).toBe(400)
      expect(res.body.errors[0].message, query).toContain(named)
    }
  })
})

describe('concurrency', () => {
  it('loses no count when many visitors download at once', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(minimalPdf('rapport'))], { type: 'application/pdf' }), 'rapport-activite-2021.pdf')
    form.append('_payload', JSON.stringify({ visibility: 'public' }))
    const uploaded = await fetch(`${server.url}/api/media`, { method: 'POST', headers: { Authorization: auth.editor! }, body: form })
    const { doc } = (await uploaded.json()) as { doc: { id: string } }
    const answers = await Promise.all(Array.from({ length: 16 }, (_, i) => download(doc.id, { ip: `192.0.2.${100 + i}` })))
    expect(answers.map((res) => res.status)).toEqual(Array(16).fill(302))
    expect(await downloadsOf(doc.id)).toBe(16)
  })
})

describe('privacy', () => {
  it('keeps no IP address nor user agent: rows hold a document, a month, a count and attributions', async () => {
    const rows = await call(server.url, '/api/download-counts?limit=100&depth=0', { auth: auth.editor })
    for (const row of rows.body.docs) {
      expect(Object.keys(row).sort()).toEqual(['createdAt', 'downloads', 'fiche', 'id', 'kit', 'media', 'month', 'updatedAt'])
    }
    expect(JSON.stringify(rows.body)).not.toMatch(/203\.0\.113|198\.51\.100|192\.0\.2|Mozilla|Googlebot/)
    if (usingMongo()) return
    // Every byte of the SQLite database (and its write-ahead log), whatever the table.
    const file = fileURLToPath(server.databaseUri)
    const bytes = [file, `${file}-wal`]
      .filter((name) => fs.existsSync(name))
      .map((name) => fs.readFileSync(name).toString('latin1'))
      .join('')
    expect(bytes.length).toBeGreaterThan(0)
    for (const needle of [VISITOR_IP, OTHER_IP, '192.0.2.11', 'RTES-test', 'Googlebot']) expect(bytes.includes(needle), needle).toBe(false)
  })
})

describe('rate limits', () => {
  let limited: RunningServer
  beforeAll(async () => {
    limited = await startServer('downloads-limited', { env: { RATE_LIMIT_API: '3/60' } })
  })
  afterAll(async () => {
    await limited?.stop()
  })

  it('counts the download route against the API budget: 429 with Retry-After once spent', async () => {
    const unknown = usingMongo() ? '0123456789abcdef01234567' : '00000000-0000-4000-8000-000000000000'
    const statuses: number[] = []
    let refused: Response | undefined
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${limited.url}/api/downloads/${unknown}`, { redirect: 'manual' })
      statuses.push(res.status)
      if (res.status === 429) refused = res
    }
    expect(statuses).toEqual([404, 404, 404, 429])
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})
