import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testDatabaseUri } from '../helpers/database'
import { startServerOn } from '../helpers/seeded'
import type { RunningServer } from '../helpers/server'
import { readCommittedSpec } from './validator'

/** `GET /api/openapi.json` and the `/api/docs` page, whose assets all come from our own server. */
let server: RunningServer

beforeAll(async () => {
  server = await startServerOn('api-docs', testDatabaseUri('api-docs'))
})
afterAll(async () => {
  await server?.stop()
})

describe('GET /api/openapi.json', () => {
  it('serves the committed spec as JSON, readable cross-origin', async () => {
    const res = await fetch(`${server.url}/api/openapi.json`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(await res.json()).toEqual(readCommittedSpec())
  })
})

describe('GET /api/docs', () => {
  it('is an HTML page whose scripts and styles are all served by us', async () => {
    const res = await fetch(`${server.url}/api/docs`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await res.text()
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1])
    expect(urls.length).toBeGreaterThanOrEqual(4)
    for (const url of urls) {
      expect(url, 'no CDN').toMatch(/^\/api\//)
      const asset = await fetch(`${server.url}${url}`)
      expect(asset.status, url).toBe(200)
      await asset.arrayBuffer()
    }
    expect((await fetch(`${server.url}/api/docs/assets/index.html`)).status).toBe(404)
  })

  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => fs.existsSync(file))

  it('renders the reference in a browser that can reach nothing but our server', async (context) => {
    if (!executablePath) context.skip('no Chromium on this machine (apt-get install chromium)')
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rtes-docs-chromium-'))
    const browser = await chromium.launch({
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    })
    try {
      const page = await browser.newPage()
      const elsewhere: string[] = []
      await page.route('**/*', (route) => {
        const url = route.request().url()
        if (url.startsWith(server.url) || url.startsWith('data:')) return route.continue()
        elsewhere.push(url)
        return route.abort()
      })
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      await page.goto(`${server.url}/api/docs`)
      await page.locator('.swagger-ui .info .title').waitFor({ timeout: 30_000 })
      expect(await page.locator('.swagger-ui .info .title').innerText()).toContain('RTES content hub API')
      await page.locator('.opblock-tag').first().waitFor()
      const tags = await page.locator('.opblock-tag').allInnerTexts()
      for (const tag of readCommittedSpec().tags ?? []) expect(tags.join('\n')).toContain(tag.name)
      await page.screenshot({ path: path.join(profile, 'docs.png') })
      expect(elsewhere, 'requests that left the server').toEqual([])
      expect(errors).toEqual([])
    } finally {
      await browser.close()
      fs.rmSync(profile, { recursive: true, force: true })
    }
  })
})
