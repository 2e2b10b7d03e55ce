/**
 * The editors' dashboard in Chromium against the production build: an editor signs in and reads, in
 * French, the real numbers of what this test created over the API: counts per collection, the latest
 * publications, a scheduled publication, failing webhook deliveries, unique downloads per kit and
 * publications per month (server-rendered SVG charts), member proposals awaiting review and the review queue
 * they link to. Screenshots: test-results/browser/dashboard-editor.png, dashboard-review-queue.png.
 */
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hasChromium, hydrated, launchChromium } from '../helpers/browser'
import { usingMongo } from '../helpers/database'
import { minimalPdf } from '../helpers/files'
import { call, createAccounts, createDoc, type Credentials } from '../helpers/rest'
import { ROOT, type RunningServer, startServer } from '../helpers/server'

const ARTEFACTS = path.join(ROOT, 'test-results/browser')
const PASSWORD = 'correct horse battery staple'
const WAIT = { timeout: 60_000 }

describe.skipIf(!hasChromium)('the editors’ dashboard', () => {
  let server: RunningServer
  let auth: Credentials
  let browser: Browser
  let page: Page
  const titles = {
    kit: 'Kit RégionalESS',
    fiche: 'Fiche n°3 : les aides aux entreprises',
    draft: 'Les SPASER, mode d’emploi',
    proposal: 'Une ressourcerie ouvre à Romainville',
  }

  beforeAll(async () => {
    fs.mkdirSync(ARTEFACTS, { recursive: true })
    // Webhooks to a closed local port fail at once; their retry waits a minute. A trusted proxy (the test)
    // lets X-Forwarded-For stand for distinct visitors of the download route.
    server = await startServer('browser-dashboard', {
      env: { WEBHOOKS_ALLOW_PRIVATE_TARGETS: '1', WEBHOOKS_RETRY_BASE_MS: '60000', TRUST_PROXY: 'loopback' },
    })
    auth = await createAccounts(server.url)

    const hook = await call(server.url, '/api/webhooks', {
      method: 'POST',
      auth: auth.admin,
      body: {
        name: 'Site de la CRESS',
        url: 'http://127.0.0.1:9/rtes',
        secret: 'a-long-enough-webhook-secret-for-tests',
        events: ['publish'],
        collections: ['fiches'],
        active: true,
      },
    })
    expect(hook.status, JSON.stringify(hook.body)).toBe(201)

    const upload = async (name: string) => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(minimalPdf(name))], { type: 'application/pdf' }), name)
      form.append('_payload', JSON.stringify({ visibility: 'public' }))
      const res = await fetch(`${server.url}/api/media`, { method: 'POST', headers: { Authorization: auth.editor! }, body: form })
      expect(res.status).toBe(201)
      return ((await res.json()) as { doc: { id: string } }).doc.id
    }
    const kitPdf = await upload('kit-regionaless.pdf')
    const fichePdf = await upload('kit-regionaless-fiche-3.pdf')
    const pdf = (file: string) => [{ label: 'PDF', kind: 'pdf', file }]
    const kit = await createDoc(server.url, auth.editor, 'kits', {
      title: titles.kit,
      slug: 'kit-regionaless',
      level: 'regional',
      edition: 2021,
      documents: pdf(kitPdf),
    })
    await createDoc(server.url, auth.editor, 'fiches', {
      title: titles.fiche,
      slug: 'kit-fiche-3',
      series: 'kit',
      kit: kit.id,
      number: 3,
      documents: pdf(fichePdf),
    })
    await createDoc(server.url, auth.editor, 'fiches', { title: 'Le Mois de l’ESS', slug: 'mois-ess', series: 'deniche' })
    const draft = await createDoc(server.url, auth.editor, 'fiches', { title: titles.draft, slug: 'spaser', series: 'deniche' }, 'draft')

    // A member attached to its authority proposes an actualité and submits it; another stays a draft.
    const territory = await call(server.url, '/api/territories', {
      method: 'POST',
      auth: auth.editor,
      body: { name: 'Romainville', kind: 'commune' },
    })
    const member = (await call(server.url, '/api/users/me', { auth: auth.member })).body.user
    await call(server.url, `/api/users/${member.id}`, { method: 'PATCH', auth: auth.editor, body: { authority: territory.body.doc.id } })
    for (const [title, reviewStatus] of [
      [titles.proposal, 'submitted'],
      ['Brouillon du membre', 'draft'],
    ]) {
      const proposed = await call(server.url, '/api/news', { method: 'POST', auth: auth.member, body: { title, reviewStatus } })
      expect(proposed.status, JSON.stringify(proposed.body)).toBe(201)
    }

    // Unique downloads: three visitors for the fiche's PDF (one of them twice), one for the kit's, and a bot.
    const download = (id: string, ip: string, userAgent = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36') =>
      fetch(`${server.url}/api/downloads/${id}`, { redirect: 'manual', headers: { 'User-Agent': userAgent, 'X-Forwarded-For': ip } })
    for (const ip of ['192.0.2.1', '192.0.2.1', '192.0.2.2', '192.0.2.3']) expect((await download(fichePdf, ip)).status).toBe(302)
    expect((await download(kitPdf, '192.0.2.1')).status).toBe(302)
    expect((await download(kitPdf, '192.0.2.9', 'Googlebot/2.1 (+http://www.google.com/bot.html)')).status).toBe(302)

    // A publication scheduled for tomorrow 9:00 (a job of Payload's `schedulePublish` task, as the admin's
    // scheduling drawer queues it; written straight to the SQLite file).
    if (!usingMongo()) {
      const { createClient } = await import('@libsql/client')
      const client = createClient({ url: server.databaseUri })
      try {
        await client.execute({
          sql: "INSERT INTO payload_jobs (id, input, task_slug, queue, wait_until) VALUES (?, ?, 'schedulePublish', 'default', ?)",
          args: [
            randomUUID(),
            JSON.stringify({ type: 'publish', doc: { relationTo: 'fiches', value: draft.id } }),
            new Date(Date.now() + 86_400_000).toISOString(),
          ],
        })
      } finally {
        client.close()
      }
    }

    browser = await launchChromium()
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 1000 } })
    context.setDefaultTimeout(WAIT.timeout)
    page = await context.newPage()
  }, 240_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows an editor what happened, in French, with the real numbers', { timeout: 240_000 }, async () => {
    await page.goto(`${server.url}/admin/login`)
    await hydrated(page.locator('button[type="submit"]'))
    await page.locator('#field-email').fill('editor@rtes.test')
    await page.locator('#field-password').fill(PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin', WAIT)
    await expect.poll(() => page.locator('.rtes-dashboard h1').textContent(), WAIT).toBe('Tableau de bord')

    // Webhook deliveries fail within a run of the delivery queue (every 10 s): reload until they show.
    const webhooks = page.locator('[data-section="webhooks"]')
    await expect
      .poll(
        async () => {
          await page.reload()
          return webhooks.innerText()
        },
        { timeout: 120_000, interval: 5_000 },
      )
      .toMatch(/[12] envois? en échec ou en attente d’un nouvel essai/)

    const count = (slug: string) => page.locator(`[data-collection="${slug}"]`).innerText()
    expect(await count('fiches')).toMatch(/^3\s+Fiches\s+2 publiés$/)
    expect(await count('kits')).toMatch(/^1\s+Kits\s+1 publié$/)
    expect(await count('media')).toMatch(/^2\s+Médias$/)

    const downloads = page.locator('[data-section="downloads"]')
    expect(await downloads.innerText()).toContain('4 téléchargements uniques au total')
    const bars = await downloads.locator('svg').textContent()
    expect(bars).toContain(titles.kit)
    expect(bars).toContain('4')

    const publications = await page.locator('[data-section="publications"] svg').textContent()
    expect(publications).toContain('Fiches')
    expect(publications).toContain('Kits')

    const recent = await page.locator('[data-section="recent"]').innerText()
    expect(recent).toContain(titles.fiche)
    expect(recent).toContain(titles.kit)
    expect(recent).not.toContain(titles.draft)

    const scheduled = await page.locator('[data-section="scheduled"]').innerText()
    if (!usingMongo()) expect(scheduled).toMatch(new RegExp(`${titles.draft}\\s+Publication · \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2} · Fiches`))

    const proposals = page.locator('[data-section="proposals"]')
    expect(await proposals.innerText()).toMatch(/1 proposition soumise par les adhérents\s+Actualités des territoires\s*1 à relire/)

    const text = await page.locator('.rtes-dashboard').innerText()
    for (const heading of [
      'Contenus',
      'Téléchargements uniques par kit',
      'Publications par mois',
      'Publié récemment',
      'Publications programmées',
      'Envois de webhooks en échec',
      'Propositions à relire',
    ]) {
      expect(text).toContain(heading)
    }
    await page.screenshot({ path: path.join(ARTEFACTS, 'dashboard-editor.png'), fullPage: true })

    // The link opens the review queue: the list of submitted proposals only.
    await proposals.getByRole('link', { name: 'Actualités des territoires' }).click()
    await page.waitForURL((url) => url.pathname === '/admin/collections/news', WAIT)
    await expect.poll(() => page.locator('.table').innerText(), WAIT).toContain(titles.proposal)
    expect(await page.locator('.table').innerText()).not.toContain('Brouillon du membre')
    await page.screenshot({ path: path.join(ARTEFACTS, 'dashboard-review-queue.png'), fullPage: true })

    // The proposal's edit view shows the review in French: who proposed it, its status, the comment to write.
    await page.locator('.table').getByRole('link', { name: titles.proposal }).click()
    await page.waitForURL((url) => /^\/admin\/collections\/news\/[^/]+$/.test(url.pathname), WAIT)
    // (Related documents' titles load after the form: polled.)
    const sidebar = () => page.locator('.document-fields__sidebar').innerText()
    for (const text of [
      'Proposé par',
      'member@rtes.test',
      'Relecture de la proposition',
      'À relire',
      'Commentaire de relecture',
      'Soumise le',
      'Romainville',
    ]) {
      await expect.poll(sidebar, WAIT).toContain(text)
    }
    await page.screenshot({ path: path.join(ARTEFACTS, 'dashboard-proposal.png'), fullPage: true })
  })
})
