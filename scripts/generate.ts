/**
 * Regenerates every committed artefact derived from the Payload config (`npm run generate`).
 * With `--check` nothing is written: it exits 1 and names each stale artefact (run by the test suite).
 * `--only=<name,…>` limits the run to some artefacts (names below; `migrations` for SQLite migrations).
 *
 * Artefacts: src/payload-types.ts (`types`), the admin import map (`importmap`), the OpenAPI spec
 * (`openapi`: src/sdk/openapi.json), the SDK's types generated from it (`sdk-types`:
 * src/sdk/src/schema.d.ts), the GraphQL schemas (`graphql`: src/sdk/schema.full.graphql, what
 * `payload generate:graphQLSchema` prints, and the partners' view of it, src/sdk/schema.graphql), the SDK's
 * collection table and document types (`sdk-collections`: src/sdk/src/collections.ts, from the collection
 * registry), and SQLite migrations (`migrations`: a new migration is created when the config's schema differs
 * from the latest committed snapshot).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const check = process.argv.includes('--check')
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
const wanted = (name: string) => !only || only.includes(name)
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rtes-generate-'))

// Migrations are diffed against a throw-away SQLite schema, whatever DATABASE_URI says.
process.env.DATABASE_URI = `file:${path.join(tmp, 'schema.db')}`
process.env.PAYLOAD_SECRET ||= 'generate'
process.env.NEXT_TELEMETRY_DISABLED = '1'

const { generateImportMap, getPayload } = await import('payload')
const { generateTypes } = await import('payload/node')
const config = await (await import('../payload.config')).default
const { buildOpenAPIDocument, serializeOpenAPIDocument } = await import('../src/openapi')
const { registryOf } = await import('../src/plugin/registry')
const { renderSdkCollections, SDK_COLLECTIONS_FILE } = await import('./generate/sdkCollections')

interface Artefact {
  name: string
  /** Path relative to the repository root. */
  file: string
  /** Returns the artefact's up-to-date content. */
  render: () => Promise<string>
}

const artefacts: Artefact[] = [
  {
    name: 'types',
    file: 'src/payload-types.ts',
    render: async () => {
      const out = path.join(tmp, 'payload-types.ts')
      process.env.PAYLOAD_TS_OUTPUT_PATH = out
      await generateTypes(config, { log: false })
      return fs.readFileSync(out, 'utf8')
    },
  },
  {
    name: 'importmap',
    file: 'src/app/(payload)/admin/importMap.js',
    render: async () => {
      // Written beside the real file: the import map's paths to custom components are relative to it.
      const out = path.join(root, 'src/app/(payload)/admin', `.importMap.${process.pid}.tmp.js`)
      fs.writeFileSync(out, '')
      try {
        await generateImportMap(
          { ...config, admin: { ...config.admin, importMap: { ...config.admin.importMap, importMapFile: out } } },
          { force: true, log: false },
        )
        return fs.readFileSync(out, 'utf8')
      } finally {
        fs.rmSync(out, { force: true })
      }
    },
  },
  {
    name: 'openapi',
    file: 'src/sdk/openapi.json',
    render: async () => serializeOpenAPIDocument(buildOpenAPIDocument(config)),
  },
  {
    name: 'sdk-types',
    file: 'src/sdk/src/schema.d.ts',
    render: async () => {
      const { default: openapiTS, astToString } = await import('openapi-typescript')
      // `--empty-objects-unknown`: otherwise Payload's open objects (json fields, rich text) become `never`.
      const ast = await openapiTS(JSON.parse(serializeOpenAPIDocument(buildOpenAPIDocument(config))), {
        emptyObjectsUnknown: true,
      })
      return (
        '// Generated from src/sdk/openapi.json by openapi-typescript (emptyObjectsUnknown, i.e.\n' +
        '// `--empty-objects-unknown`). Do not edit: run `npm run generate -- --only=openapi,sdk-types`.\n' +
        astToString(ast)
      )
    },
  },
  {
    name: 'sdk-collections',
    file: SDK_COLLECTIONS_FILE,
    render: async () => renderSdkCollections(registryOf(config)),
  },
  {
    name: 'graphql',
    file: 'src/sdk/schema.full.graphql',
    render: async () =>
      "# The whole GraphQL schema of POST /api/graphql (editors' mutations, accounts, versions included), for\n" +
      '# tools and the fuzz suite. Partners use schema.graphql. Generated: run `npm run generate -- --only=graphql`.\n\n' +
      `${await fullGraphQLSchema()}\n`,
  },
  {
    name: 'graphql',
    file: 'src/sdk/schema.graphql',
    render: async () => {
      const { partnerSchema } = await import('../src/graphql/partnerSchema')
      const { buildSchema, printSchema } = await import('graphql')
      return (
        '# The GraphQL schema for partners (public collections, queries only), for codegen: a view of what\n' +
        '# POST /api/graphql serves (src/graphql/partnerSchema.ts). Generated: run `npm run generate -- --only=graphql`.\n\n' +
        `${printSchema(buildSchema(partnerSchema(config, await fullGraphQLSchema())))}\n`
      )
    },
  },
]

/** What `payload generate:graphQLSchema` prints. */
async function fullGraphQLSchema(): Promise<string> {
  const { configToSchema } = await import('@payloadcms/graphql')
  const { printSchema } = await import('graphql')
  return printSchema(configToSchema(config).schema)
}

const stale: string[] = []
for (const artefact of artefacts.filter((a) => wanted(a.name))) {
  const target = path.join(root, artefact.file)
  const next = await artefact.render()
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined
  if (next === current) continue
  stale.push(artefact.file)
  if (!check) {
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, next)
    console.log(`generated ${artefact.file}`)
  }
}

// SQLite migrations: compare the config's schema with the newest committed snapshot.
if (wanted('migrations')) await checkMigrations()
fs.rmSync(tmp, { recursive: true, force: true })

if (check && stale.length) {
  console.error(`Stale generated files (run \`npm run generate\` and commit the result):\n  ${stale.join('\n  ')}`)
  process.exitCode = 1
} else {
  console.log(stale.length ? `${stale.length} artefact(s) regenerated` : 'All generated artefacts are up to date')
}

async function checkMigrations(): Promise<void> {
  const payload = await getPayload({ config })
  const db = payload.db as unknown as SqliteMigrationApi
  const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
  const snapshots = fs
    .readdirSync(db.migrationDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
  const before = snapshots.length
    ? JSON.parse(fs.readFileSync(path.join(db.migrationDir, snapshots[snapshots.length - 1]), 'utf8'))
    : db.defaultDrizzleSnapshot
  const pending = await generateMigration(before, await generateDrizzleJson(db.schema))
  if (pending.length) {
    stale.push(`${path.relative(root, db.migrationDir)} (${pending.length} schema statements without a migration)`)
    if (!check) await db.createMigration({ payload, migrationName: 'schema', forceAcceptWarning: true })
  }
  await payload.destroy()
}

interface SqliteMigrationApi {
  migrationDir: string
  schema: unknown
  defaultDrizzleSnapshot: unknown
  requireDrizzleKit: () => {
    generateDrizzleJson: (schema: unknown) => Promise<unknown>
    generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  }
  createMigration: (args: { payload: unknown; migrationName: string; forceAcceptWarning: boolean }) => Promise<void>
}
