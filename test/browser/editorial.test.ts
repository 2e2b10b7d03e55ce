/**
 * An RTES editor's day, in French, in Chromium against the production build: the first account, a fiche
 * with a PDF, publishing (the first-publication date fills itself), a French revision scheduled for 9:00
 * Paris time tomorrow, the English translation published without the French draft, and a password reset
 * by email (a real SMTP receiver). Every page is checked for Payload strings known to stay in English.
 * Screenshots of each step: test-results/browser/editorial-*.png.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hasChromium, hydrated, launchChromium } from '../helpers/browser'
import { usingMongo } from '../helpers/database'
import { minimalPdf } from '../helpers/files'
import { call } from '../helpers/rest'
import { TEST_PASSWORD } from '../helpers/users'
import { ROOT, type RunningServer, startServer } from '../helpers/server'
import { type SmtpReceiver, startSmtpReceiver } from '../helpers/smtp'

const ARTEFACTS = path.join(ROOT, 'test-results/browser')
const WAIT = { timeout: 60_000 }
/** Each step may wait for several slow pages on a busy machine. */
const STEP = { timeout: 240_000 }

/**
 * Payload strings that used to show in English (or untranslated) in the French admin. None may appear in
 * a page's text, aria-labels, titles or placeholders. Whole words, case-sensitive.
 */
export const ENGLISH_DENYLIST = [
  'Create new',
  'Create New',
  'Add new',
  'Upload',
  'Locale',
  'Publish',
  'Schedule',
  'Draft',
  'Selected date',
  'Per Page',
  'Upcoming Events',
  'All',
  'Time',
  'Edit',
  'Toggle',
  'Current Draft',
  'Copy to locale',
  'Select a value',
  'Search by',
  'Loading',
  'Midway Island',
  'AM',
  'PM',
  'true',
  'false',
  'Key Figure',
  'Contact',
]

async function englishLeaks(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((element) =>
      ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
    )
    return [document.body.innerText, document.title, ...attributes]
  })
  const text = texts.join('\n')
  return ENGLISH_DENYLIST.flatMap((phrase) => {
    const match = new RegExp(`(^|[^\\p{L}])${phrase}($|[^\\p{L}])`, 'u').exec(text)
    // The phrase in its context, for the failure message.
    return match ? [`${phrase}: …${text.slice(Math.max(0, match.index - 40), match.index + phrase.length + 40)}…`] : []
  })
}

describe.skipIf(!hasChromium)('an editor’s day in the French admin', () => {
  let smtp: SmtpReceiver
  let server: RunningServer
  let browser: Browser
  let page: Page
  let ficheId: string
  const steps: string[] = []

  /** Screenshot + English check of the current page. */
  const step = async (name: string, target: Page = page) => {
    steps.push(name)
    await target.screenshot({
      path: path.join(ARTEFACTS, `editorial-${String(steps.length).padStart(2, '0')}-${name}.png`),
      fullPage: true,
    })
    expect(await englishLeaks(target), `English strings on step "${name}"`).toEqual([])
  }
  const api = (pathname: string, init: { method?: string; body?: unknown } = {}) =>
    page.evaluate(
      async ({ pathname, init }) => {
        const res = await fetch(pathname, {
          method: init.method ?? 'GET',
          credentials: 'include',
          headers: init.body ? { 'content-type': 'application/json' } : {},
          body: init.body ? JSON.stringify(init.body) : undefined,
        })
        return { status: res.status, body: await res.json() }
      },
      { pathname, init },
    )

  beforeAll(async () => {
    fs.mkdirSync(ARTEFACTS, { recursive: true })
    smtp = await startSmtpReceiver()
    server = await startServer('browser-editorial', { env: smtp.env })
    browser = await launchChromium()
    // A browser outside Paris: scheduling must still mean Paris time.
    const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'UTC', viewport: { width: 1280, height: 900 } })
    context.setDefaultTimeout(WAIT.timeout)
    page = await context.newPage()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await smtp?.close()
  })

  it('creates the first account, which the screen says is an administrator', STEP, async () => {
    await page.goto(`${server.url}/admin`)
    await page.waitForURL(/\/admin\/create-first-user/, WAIT)
    await expect.poll(() => page.locator('body').innerText(), WAIT).toContain('ce sera un compte administrateur')
    const text = await page.locator('body').innerText()
    expect(text).not.toContain('Rôle')
    expect(text).not.toContain('Membre')
    expect(text).not.toContain('Clé d’API')
    // One space between the title and its suffix (it was "Administration  · RTES").
    await expect.poll(() => page.title(), WAIT).toBe('Administration · RTES')
    await step('premier-compte')

    await hydrated(page.locator('button[type="submit"]'))
    await page.fill('#field-email', 'direction@rtes.test')
    await page.fill('#field-password', TEST_PASSWORD)
    await page.fill('#field-confirm-password', TEST_PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin', WAIT)
    await expect.poll(() => page.locator('body').innerText(), WAIT).toContain('Revue de presse')
    expect((await api('/api/users/me')).body.user.role).toBe('admin')
    // RTES icon in the navigation, and a favicon.
    await expect.poll(() => page.locator('img[src="/rtes-icon.svg"]').count(), WAIT).toBeGreaterThan(0)
    expect((await page.request.get(`${server.url}/favicon.ico`)).status()).toBe(200)
    await step('tableau-de-bord')
  })

  it('creates a fiche with a PDF and publishes it: "Publié le" fills itself', STEP, async () => {
    await page.goto(`${server.url}/admin/collections/fiches/create`)
    await hydrated(page.getByRole('button', { name: 'Ajouter : Document' }))
    await page.locator('#field-title').fill('Les pôles territoriaux de coopération économique')
    await page.locator('#field-series').click()
    await page.getByRole('option', { name: 'Étude RepèrESS' }).click()
    await page.getByRole('button', { name: 'Ajouter : Document' }).click()
    await page.locator('#field-documents__0__label').fill('Étude complète (PDF)')
    // The document's file: uploaded from the fiche, in Payload's media drawer.
    await page.locator('#field-documents__0__file').getByRole('button', { name: 'Créer' }).click()
    const drawer = page.locator('.drawer--is-open').last()
    await drawer
      .locator('input[type="file"]')
      .setInputFiles({ name: 'ptce.pdf', mimeType: 'application/pdf', buffer: minimalPdf('Les PTCE') })
    await expect.poll(() => drawer.innerText(), WAIT).toContain('Texte alternatif (images)')
    expect(await drawer.innerText()).toContain('Inutile pour un PDF')
    await step('document-pdf')
    await drawer.locator('#action-save').click()
    await expect.poll(() => page.locator('#field-documents__0__file').innerText(), WAIT).toContain('ptce')
    // In French, publishing is one action for every language: no "French only" menu.
    expect(await page.locator('#action-save').innerText()).toBe('Publier les modifications (toutes les langues)')
    expect(await page.locator('#action-save').getAttribute('class')).toContain('btn--withoutPopup')
    await step('fiche-avant-publication')

    await page.locator('#action-save').click()
    await page.waitForURL((url) => /\/admin\/collections\/fiches\/(?!create$)[\w-]+$/.test(url.pathname), WAIT)
    ficheId = page.url().split('/').pop()!
    const fiche = (await api(`/api/fiches/${ficheId}?depth=1`)).body
    expect(fiche._status).toBe('published')
    expect(fiche.documents[0].file.mimeType).toBe('application/pdf')
    expect(Date.now() - new Date(fiche.firstPublishedAt).getTime()).toBeLessThan(10 * 60_000)
    const today = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
      new Date(),
    )
    await expect.poll(() => page.locator('#field-firstPublishedAt input').first().inputValue(), WAIT).toBe(today)
    await step('fiche-publiee')
  })

  it('schedules a French revision for 9:00 Paris time tomorrow', STEP, async () => {
    await page.locator('#field-summary').fill('Révision à paraître demain matin.')
    await page.locator('#action-save-draft').click()
    await expect.poll(() => page.locator('#rtes-schedule-open').isEnabled(), WAIT).toBe(true)
    await page.locator('#rtes-schedule-open').click()

    const tomorrow = new Date(Date.now() + 24 * 3600_000)
    const day = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
      tomorrow,
    )
    await page.locator('.rtes-schedule input[type="radio"][value="publish"]').check()
    const input = page.locator('#rtes-schedule-date input')
    await input.fill(`${day} 09:00`)
    await input.press('Enter')
    await page.locator('#rtes-schedule-locale').selectOption('all')
    await page.locator('#rtes-schedule-save').click()
    await expect.poll(() => page.locator('.rtes-schedule').innerText(), WAIT).toContain(`${day} 09:00`)
    await step('programmation')

    // Saved as 9:00 in Paris: 08:00Z in winter, 07:00Z in summer.
    if (!usingMongo()) {
      const [dd, mm, yyyy] = day.split('/').map(Number)
      const { parisTimeToInstant } = await import('../../src/admin/dates')
      const expected = parisTimeToInstant(new Date(yyyy, mm - 1, dd, 9, 0)).toISOString()
      expect(['08:00', '07:00']).toContain(expected.slice(11, 16))
      expect(await scheduledJobs(server.databaseUri, ficheId)).toEqual([expected])
    }
    await page.keyboard.press('Escape')
  })

  it('publishes the English translation alone: the French draft stays scheduled', STEP, async () => {
    await page.goto(`${server.url}/admin/collections/fiches/${ficheId}?locale=en`)
    // No English title yet: the French one heads the page.
    await expect.poll(() => page.locator('h1').innerText(), WAIT).toContain('Les pôles territoriaux de coopération économique')
    await hydrated(page.locator('#field-title'))
    await page.locator('#field-title').fill('Territorial economic cooperation hubs')
    const publish = page.locator('#action-save')
    await expect.poll(() => publish.innerText(), WAIT).toBe('Publier uniquement : Anglais')
    expect(await publish.getAttribute('class')).not.toContain('btn--withoutPopup') // "every language" stays in the menu
    await step('traduction-anglaise')
    await publish.click()
    await expect
      .poll(async () => (await call(server.url, `/api/fiches/${ficheId}?locale=en`)).body?.title, WAIT)
      .toBe('Territorial economic cooperation hubs')
    // Anonymous readers still get the published French text, not tomorrow's draft.
    const french = await call(server.url, `/api/fiches/${ficheId}?locale=fr`)
    expect(french.body.summary ?? null).toBeNull()
    if (!usingMongo()) expect(await scheduledJobs(server.databaseUri, ficheId)).toHaveLength(1)
    await step('traduction-publiee')
  })

  it('finds the fiche from the list without typing accents', STEP, async () => {
    await page.goto(`${server.url}/admin/collections/fiches?locale=fr`)
    await page.locator('#search-filter-input').fill('cooperation economique')
    const rows = page.locator('.table tbody tr')
    await expect.poll(() => rows.count(), WAIT).toBe(1)
    expect(await rows.first().innerText()).toContain('Les pôles territoriaux de coopération économique')
    await page.locator('#search-filter-input').fill('economie sociale')
    await expect.poll(() => page.locator('.table tbody tr').count(), WAIT).toBe(0)
    await page.locator('#search-filter-input').fill('pôles coopération')
    await expect.poll(() => rows.count(), WAIT).toBe(1)
    // "Publié le" and "Modifié le" columns, French dates.
    const table = await page.locator('.table').innerText()
    expect(table).toContain('Publié le')
    expect(table).toContain('Modifié le')
    expect(table).toMatch(/\d{2}\/\d{2}\/\d{4}/)
    await step('liste-recherche')
  })

  it('resets a password by email', STEP, async () => {
    const created = await api('/api/users', {
      method: 'POST',
      body: { email: 'edition@rtes.test', password: TEST_PASSWORD, role: 'editor', name: 'Camille' },
    })
    expect(created.status).toBe(201)
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } })
    const visitor = await context.newPage()
    try {
      await visitor.goto(`${server.url}/admin/forgot`)
      await hydrated(visitor.locator('button[type="submit"]'))
      await visitor.locator('#field-email').fill('edition@rtes.test')
      const mail = smtp.next('edition@rtes.test')
      await visitor.locator('button[type="submit"]').click()
      const received = await mail
      expect(received.subject).toBe('RTES : réinitialisation de votre mot de passe')
      expect(received.text).toContain('Bonjour Camille')
      const link = /https?:\/\/\S+\/admin\/reset\/[\w-]+/.exec(received.text ?? '')![0]

      await visitor.goto(link)
      await hydrated(visitor.locator('button[type="submit"]'))
      await visitor.locator('#field-password').fill('nouveau mot de passe solide')
      await visitor.locator('#field-confirm-password').fill('nouveau mot de passe solide')
      await step('nouveau-mot-de-passe', visitor)
      await visitor.locator('button[type="submit"]').click()
      await visitor.waitForURL((url) => url.pathname === '/admin', WAIT)
      const login = await call(server.url, '/api/users/login', {
        method: 'POST',
        body: { email: 'edition@rtes.test', password: 'nouveau mot de passe solide' },
      })
      expect(login.status).toBe(200)
    } finally {
      await context.close()
    }
  })
})

/** `waitUntil` of the fiche's pending scheduled publications, read from the server's SQLite file. */
async function scheduledJobs(databaseUri: string, id: string): Promise<string[]> {
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: databaseUri })
  try {
    const { rows } = await client.execute({
      sql: "SELECT wait_until, input FROM payload_jobs WHERE task_slug = 'schedulePublish' AND completed_at IS NULL",
      args: [],
    })
    return rows
      .filter((row) => JSON.parse(String(row.input)).doc?.value === id)
      .map((row) => new Date(String(row.wait_until)).toISOString())
  } finally {
    client.close()
  }
}
