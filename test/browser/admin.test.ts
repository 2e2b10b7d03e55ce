/**
 * The admin in a real browser: Playwright drives Debian's Chromium through the create-first-user screen
 * to the dashboard, and keeps screenshots in test-results/browser/.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CHROMIUM, hasChromium, launchChromium } from '../helpers/browser'
import { ROOT, type RunningServer, startServer } from '../helpers/server'
import { TEST_PASSWORD } from '../helpers/users'

const ARTEFACTS = path.join(ROOT, 'test-results/browser')

if (!hasChromium) {
  console.warn(
    `[browser tests skipped] no Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`,
  )
}

describe.skipIf(!hasChromium)('admin in Chromium', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    fs.mkdirSync(ARTEFACTS, { recursive: true })
    server = await startServer('browser')
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('creates the first user (an admin) and lands on the French dashboard', async () => {
    // An English-speaking browser still gets the French admin by default.
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${server.url}/admin`)
    await page.waitForURL(/\/admin\/create-first-user/, { timeout: 60_000 })
    await page.screenshot({ path: path.join(ARTEFACTS, 'create-first-user.png'), fullPage: true })

    await page.fill('#field-email', 'direction@rtes.fr')
    await page.fill('#field-password', TEST_PASSWORD)
    await page.fill('#field-confirm-password', TEST_PASSWORD)
    await page.click('button[type="submit"]')

    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })
    await expect.poll(() => page.locator('body').innerText(), { timeout: 30_000 }).toContain('Contenus')
    const text = await page.locator('body').innerText()
    for (const label of [
      'Fiches',
      'Kits',
      'Revue de presse',
      'Plaidoyers',
      'Agenda',
      'Actualités des territoires',
      'Paroles d’élu·e·s',
      'Partenaires',
      'Référentiels',
      'Médias',
    ]) {
      expect(text).toContain(label)
    }
    // The title follows the client-side navigation to the dashboard a moment after its content.
    await expect.poll(() => page.title(), { timeout: 30_000 }).toMatch(/RTES/)
    await page.screenshot({ path: path.join(ARTEFACTS, 'dashboard.png'), fullPage: true })

    // The account created through the screen is an admin.
    const me = await page.evaluate(async () => (await fetch('/api/users/me', { credentials: 'include' })).json())
    expect(me.user).toMatchObject({ email: 'direction@rtes.fr', role: 'admin' })

    // A kit's edit view lists its fiches (derived from each fiche's kit, in number order).
    // Created from the page with the session cookie, as the admin's own requests are (same origin).
    const kitId = await page.evaluate(async () => {
      const post = async (collection: string, data: object) => {
        const res = await fetch(`/api/${collection}`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...data, _status: 'published' }),
        })
        if (res.status !== 201) throw new Error(`${collection}: ${res.status} ${await res.text()}`)
        return ((await res.json()) as { doc: { id: string } }).doc
      }
      const kit = await post('kits', { title: 'Kit DépartementalESS', level: 'departemental', edition: 2021 })
      for (const [number, title] of [
        [2, 'Pourquoi une politique transversale ?'],
        [1, 'ESS : de quoi parle-t-on ?'],
      ] as const) {
        await post('fiches', { title, series: 'kit', kit: kit.id, number, category: 'introductive', page: number * 2 })
      }
      return kit.id
    })
    await page.goto(`${server.url}/admin/collections/kits/${kitId}`)
    const joinTable = page.locator('.relationship-table')
    await expect.poll(() => joinTable.innerText(), { timeout: 30_000 }).toContain('ESS : de quoi parle-t-on ?')
    const tableText = await joinTable.innerText()
    expect(tableText.indexOf('ESS : de quoi parle-t-on ?')).toBeLessThan(tableText.indexOf('Pourquoi une politique transversale ?'))
    await page.screenshot({ path: path.join(ARTEFACTS, 'kit-with-fiches.png'), fullPage: true })
    await context.close()
  })
})
