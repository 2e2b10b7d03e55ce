/**
 * The admin opened at http://127.0.0.1:PORT while SERVER_URL is http://localhost:PORT (its default): logging
 * in works, and a save shows the editor why it was refused instead of a bare "not allowed".
 */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { hasChromium, hydrated, launchChromium } from '../helpers/browser'
import { ROOT, startServer } from '../helpers/server'
import { TEST_PASSWORD } from '../helpers/users'

const ARTEFACTS = path.join(ROOT, 'test-results/browser')

describe.skipIf(!hasChromium)('admin opened at an address other than SERVER_URL', () => {
  it('explains a refused save: the address in use, SERVER_URL and what to change', async () => {
    const server = await startServer('browser-origins', { env: { SERVER_URL: undefined } })
    const browser = await launchChromium()
    try {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
      await page.goto(`${server.url}/admin`)
      await page.waitForURL(/\/admin\/create-first-user/, { timeout: 60_000 })
      await hydrated(page.locator('button[type="submit"]'))
      await page.fill('#field-email', 'direction@rtes.fr')
      await page.fill('#field-password', TEST_PASSWORD)
      await page.fill('#field-confirm-password', TEST_PASSWORD)
      await page.click('button[type="submit"]')
      await page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })

      await page.goto(`${server.url}/admin/collections/themes/create`)
      await hydrated(page.locator('#action-save'))
      await page.fill('#field-title', 'Économie circulaire')
      await page.click('#action-save')
      const localhost = server.url.replace('127.0.0.1', 'localhost')
      await expect
        .poll(() => page.locator('.payload-toast-container').innerText(), { timeout: 30_000 })
        .toContain(`Enregistrement refusé : l'administration est ouverte à ${server.url} mais SERVER_URL vaut ${localhost}`)
      fs.mkdirSync(ARTEFACTS, { recursive: true })
      await page.screenshot({ path: path.join(ARTEFACTS, 'refused-origin.png') })
    } finally {
      await browser.close()
      await server.stop()
    }
  }, 240_000)
})
