import { execFile } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { seededDatabaseUri, startServerOn } from '../helpers/seeded'
import { type ApiUser, createUser, registerAdmin } from '../helpers/users'
import { ROOT, type RunningServer } from '../helpers/server'

/**
 * A partner's view: `npm run build:sdk`, `npm pack`, install the tarball offline into a throw-away
 * project, type-check test/sdk/consumer/consumer.mts in strict mode against it (a type error or a missing
 * export fails), then run it against the live, seeded server with a partner API key.
 */
const run = promisify(execFile)
const CONSUMER = path.join(ROOT, 'test/sdk/consumer')

let server: RunningServer
let partner: ApiUser
let project: string

beforeAll(async () => {
  const [uri] = await Promise.all([seededDatabaseUri('sdk-consumer'), packAndInstall()])
  server = await startServerOn('sdk-consumer', uri)
  const admin = await registerAdmin(server.url)
  partner = await createUser(server.url, admin.token, { email: 'site@cress.test', role: 'partner', apiKey: randomUUID() })
})
afterAll(async () => {
  await server?.stop()
  if (project) fs.rmSync(project, { recursive: true, force: true })
})

async function packAndInstall(): Promise<void> {
  await run(process.execPath, ['--import', 'tsx', 'src/sdk/scripts/build.ts'], { cwd: ROOT })
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'rtes-sdk-consumer-'))
  const { stdout } = await run('npm', ['pack', path.join(ROOT, 'src/sdk'), '--pack-destination', project, '--json'], { cwd: project })
  const [{ filename }] = JSON.parse(stdout) as [{ filename: string }]
  fs.writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'cress-site', private: true, type: 'module', dependencies: { '@rtes/sdk': `file:./${filename}` } }),
  )
  for (const file of fs.readdirSync(CONSUMER)) fs.copyFileSync(path.join(CONSUMER, file), path.join(project, file))
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: project })
}

it('builds the API reference with the partner guide as its home page', () => {
  const home = fs.readFileSync(path.join(ROOT, 'src/sdk/docs/index.html'), 'utf8')
  expect(home).toContain('Partner guide')
  for (const page of [
    'functions/createClient.html',
    'functions/constructWebhookEvent.html',
    'types/ListParams.html',
    'interfaces/ResourceMethods.html',
  ]) {
    expect(fs.existsSync(path.join(ROOT, 'src/sdk/docs', page)), page).toBe(true)
  }
})

it('packs a self-contained package: no dependencies, built JavaScript and declarations only', async () => {
  const installed = path.join(project, 'node_modules')
  expect(fs.readdirSync(installed).filter((entry) => !entry.startsWith('.'))).toEqual(['@rtes'])
  const pkg = path.join(installed, '@rtes/sdk')
  const manifest = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8'))
  expect(manifest.dependencies ?? {}).toEqual({})
  expect(fs.readdirSync(pkg).sort()).toEqual(['README.md', 'dist', 'openapi.json', 'package.json', 'schema.graphql'])
  expect(fs.readdirSync(path.join(pkg, 'dist'))).toContain('index.d.ts')
  expect(fs.readdirSync(path.join(pkg, 'dist')).some((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toBe(false)
})

it('type-checks a strict consumer script against the packed types', async () => {
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc')
  try {
    await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project })
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string }
    expect.fail(`the consumer does not type-check:\n${stdout}${stderr}`)
  }
  expect(fs.existsSync(path.join(project, 'out/consumer.mjs'))).toBe(true)
})

it('runs the consumer against the live server with a partner API key', async () => {
  const { stdout } = await run(process.execPath, ['out/consumer.mjs'], {
    cwd: project,
    env: { ...process.env, RTES_URL: server.url, RTES_API_KEY: partner.apiKey },
  })
  const result = JSON.parse(stdout.trim().split('\n').pop()!)
  const count = async (query: string) => ((await (await fetch(`${server.url}/api/${query}`)).json()) as { totalDocs: number }).totalDocs
  expect(result.collections).toEqual([
    'fiches',
    'kits',
    'pressArticles',
    'partners',
    'advocacyContributions',
    'events',
    'themes',
    'territories',
    'people',
    'news',
    'interviews',
    'newsletters',
    'media',
  ])
  expect(result.totals.fiches).toBe(await count('fiches/count'))
  expect(result.totals.media).toBe(await count('media/count'))
  // The README's quick start finds the region's fiches on the seeded data.
  expect(result.region).toBe('ile-de-france')
  expect(result.regionalFiches).toBeGreaterThan(0)
  expect(result.regionalTitles[0]).toMatch(/\(.+\)$/)
  expect(result.themes).toBe(await count('themes/count'))
  expect(result.fiches).toBe(result.ficheCount)
  expect(result.fiches).toBeGreaterThan(0)
  expect(result.ficheKitIsId).toBe(true)
  expect(typeof result.firstTitle).toBe('string')
  expect(result.press).toHaveLength(Math.min(3, await count('press-articles/count')))
  expect(result.noKit).toBeNull()
  expect(result.notFoundStatus).toBe(404)
  expect(result.searchTotal).toBeGreaterThan(0)
  expect(result.resultTitles.length).toBeGreaterThan(0)
  expect(result.serverHtml).toMatch(/^<(p|h[1-6]|ul|ol|blockquote)>/)
  expect(result.localHtml).toMatch(/^<(p|h[1-6]|ul|ol|blockquote)>/)
})
