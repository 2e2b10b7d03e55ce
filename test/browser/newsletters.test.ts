/**
 * A newsletter issue's email HTML (GET /api/newsletters/<id>/html, MJML) opened in Chromium against the
 * production build, as a reader's browser opens the web version: the layout shows the items in order, the
 * images load from absolute URLs, nothing overflows a phone's width; and the same HTML passes an HTML
 * validator (html-validate) with the rules email HTML cannot follow turned off (see VALIDATION).
 * In the admin, « Préparer le prochain numéro » opens the next issue's draft, prefilled.
 * Screenshots: test-results/browser/newsletter-desktop.png, newsletter-mobile.png and newsletter-admin-next.png.
 */
import fs from 'node:fs'
import path from 'node:path'

import { type ConfigData, HtmlValidate } from 'html-validate'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hasChromium, launchChromium } from '../helpers/browser'
import { tinyPng } from '../helpers/files'
import { paragraph, root, text } from '../helpers/lexical'
import { createAccounts, createDoc, type Credentials, uploadMedia } from '../helpers/rest'
import { ROOT, type RunningServer, startServer } from '../helpers/server'
import { TEST_PASSWORD } from '../helpers/users'

const ARTEFACTS = path.join(ROOT, 'test-results/browser')

/**
 * html-validate's recommended rules, less those that email HTML must break or that MJML's output breaks
 * without harm (each found on this very output). Everything else is checked: nesting and permitted content,
 * unique ids, duplicate attributes, alt text, escaping, `lang`, the title, deprecated elements…
 */
const VALIDATION: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Mail clients (Outlook's Word engine, Gmail) need the presentational attributes HTML5 deprecates
    // (`align`, `cellpadding`, `cellspacing`, `width` on tables and cells) and inline styles (many drop <style>).
    'no-deprecated-attr': 'off',
    'no-inline-style': 'off',
    // MJML's Outlook blocks (`<!--[if mso | IE]>` tables, VML namespaces) are how it reaches Outlook.
    'no-conditional-comment': 'off',
    // MJML's spelling: `<!doctype html>`, `<img … />`, `height="auto"` on images, `role="article"` on the
    // body's wrapper, and trailing spaces from its templates.
    'doctype-style': 'off',
    'void-style': 'off',
    'attribute-allowed-values': 'off',
    'prefer-native-element': 'off',
    'no-trailing-whitespace': 'off',
  },
}

describe.skipIf(!hasChromium)('a newsletter issue in Chromium', () => {
  let server: RunningServer
  let auth: Credentials
  let browser: Browser
  let url: string
  let html: string
  let issueId: string
  let kitId: string

  beforeAll(async () => {
    fs.mkdirSync(ARTEFACTS, { recursive: true })
    server = await startServer('browser-newsletters')
    auth = await createAccounts(server.url)
    const image = await uploadMedia(
      server.url,
      auth.editor,
      { bytes: tinyPng(), name: 'kit-regionaless.png', type: 'image/png' },
      { alt: 'Couverture du kit RégionalESS', visibility: 'public' },
    )
    const kit = await createDoc(server.url, auth.editor, 'kits', {
      title: 'Kit RégionalESS',
      slug: 'kit-regionaless-nl',
      level: 'regional',
      edition: 2021,
      summary: 'Des fiches pour les élu·e·s régionaux : commande publique, financement, coopération.',
      cover: image,
    })
    const fiche = await createDoc(server.url, auth.editor, 'fiches', {
      title: 'Fiche n°3 : les aides aux entreprises de l’ESS',
      slug: 'fiche-3-nl',
      series: 'deniche',
      summary: 'Comment une région accompagne les entreprises de l’économie sociale et solidaire.',
    })
    const event = await createDoc(server.url, auth.editor, 'events', {
      title: 'Webinaire « L’ESS dans les CRTE »',
      slug: 'webinaire-crte-nl',
      kind: 'webinar',
      start: '2021-02-26T09:30:00.000Z',
      description: 'Contrats de relance et de transition écologique : quelle place pour l’ESS ?',
    })
    const issue = await createDoc(server.url, auth.editor, 'newsletters', {
      title: 'Lettre électronique n°2 – février 2021',
      slug: 'lettre-2-nl',
      series: 'lettre-electronique',
      number: 2,
      date: '2021-02-01',
      preheader: 'Lancement des kits RégionalESS et DépartementalESS',
      intro: root(paragraph(text('Chères et chers adhérent·e·s, ce mois-ci les kits pour les élections régionales et départementales.'))),
      items: [
        { doc: { relationTo: 'kits', value: kit.id }, note: 'À découvrir le 25 février.' },
        { doc: { relationTo: 'fiches', value: fiche.id } },
        { doc: { relationTo: 'events', value: event.id } },
      ],
    })
    issueId = issue.id
    kitId = kit.id
    url = `${server.url}/api/newsletters/${issue.id}/html`
    html = await (await fetch(url)).text()
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows the issue, its items in order and their images, on a desktop and a phone', async () => {
    for (const [name, viewport] of [
      ['desktop', { width: 1024, height: 900 }],
      ['mobile', { width: 375, height: 800 }],
    ] as const) {
      const page = await browser.newPage({ viewport })
      const failed: string[] = []
      page.on('requestfailed', (request) => failed.push(request.url()))
      const res = await page.goto(url, { waitUntil: 'load' })
      expect(res?.status()).toBe(200)
      expect(await page.title()).toBe('Lettre électronique n°2 – février 2021')
      const body = await page.locator('body').innerText()
      const order = ['Kit RégionalESS', 'Fiche n°3 : les aides aux entreprises de l’ESS', 'Webinaire « L’ESS dans les CRTE »'].map(
        (title) => body.indexOf(title),
      )
      expect(order.every((index) => index >= 0)).toBe(true)
      expect([...order].sort((a, b) => a - b)).toEqual(order)
      expect(body).toContain('À découvrir le 25 février.')
      // The cover loaded from its absolute URL on the hub.
      const cover = page.locator('img[alt="Couverture du kit RégionalESS"]')
      await expect
        .poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 30_000 })
        .toBe(true)
      expect(await cover.getAttribute('src')).toMatch(new RegExp(`^${server.url}/`))
      expect(failed).toEqual([])
      // Nothing wider than the screen (MJML's columns stack on a phone).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width)
      await page.screenshot({ path: path.join(ARTEFACTS, `newsletter-${name}.png`), fullPage: true })
      await page.close()
    }
  })

  it('drafts the next issue from the admin: « Préparer le prochain numéro »', { timeout: 180_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`${server.url}/admin/login`)
    await page.locator('#field-email').fill('editor@rtes.test')
    await page.locator('#field-password').fill(TEST_PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((address) => address.pathname === '/admin', { timeout: 60_000 })
    await page.goto(`${server.url}/admin/collections/newsletters/${issueId}`)
    await page.getByRole('button', { name: 'Préparer le prochain numéro' }).click()
    await page.waitForURL(
      (address) => /\/admin\/collections\/newsletters\/[\w-]+$/.test(address.pathname) && !address.pathname.endsWith(issueId),
      {
        timeout: 60_000,
      },
    )
    await expect.poll(() => page.locator('#field-title').inputValue(), { timeout: 60_000 }).toMatch(/^Lettre électronique n°3 – /)
    await page.screenshot({ path: path.join(ARTEFACTS, 'newsletter-admin-next.png'), fullPage: true })
    const id = page.url().split('/').at(-1)!
    const res = await fetch(`${server.url}/api/newsletters/${id}?draft=true&depth=0`, { headers: { Authorization: auth.editor! } })
    const next = (await res.json()) as { number: number; _status: string; items: Array<{ doc: { relationTo: string; value: string } }> }
    // Published since n°2 (1 February): the webinar (26 February), then the kit and the fiche published today.
    expect(next).toMatchObject({ number: 3, _status: 'draft' })
    expect(next.items.map((item) => item.doc.relationTo)).toEqual(['events', 'fiches', 'kits'])
    expect(next.items.at(-1)!.doc.value).toBe(kitId)
    await page.close()
  })

  it('is valid HTML, apart from what email clients require', async () => {
    const report = await new HtmlValidate(VALIDATION).validateString(html)
    const problems = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`))
    expect(problems).toEqual([])
  })
})
