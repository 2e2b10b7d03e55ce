/**
 * The OpenAPI 3.1 description of the RTES REST API, built from the sanitized Payload config: every
 * collection (except Payload's internal ones) with its document, list, where, sort and select schemas,
 * the auth operations, and the custom endpoints that describe themselves (`custom.openapi`).
 *
 * Served at `GET /api/openapi.json` (src/endpoints/openapi.ts) and committed as src/sdk/openapi.json
 * by `npm run generate` (the SDK's types are generated from it).
 */
import type { SanitizedConfig } from 'payload'

import { downloadPaths } from '../downloads/openapi'
import { newsletterPaths } from '../newsletters/openapi'
import { syncedCollections } from '../plugin/registry'
import { webhookPaths, webhookSchemas } from '../webhooks/openapi'
import { collectionSpec } from './collections'
import { customEndpointPaths } from './endpoints'
import { buildDocumentSchemas, publicCollections } from './schemas'
import { securitySchemes, sharedParameters, sharedResponses, sharedSchemas } from './shared'
import type { JSONSchema, OpenAPIDocument, PathItemObject } from './types'
import { whereOperatorSchemas } from './where'

export type { EndpointOpenAPI, OpenAPIDocument } from './types'
export { undocumentedEndpoints } from './endpoints'

/** Bumped by hand when the API changes in a way partners must know about. */
export const API_VERSION = '1.0.0'

const DESCRIPTION = `Content of the RTES (Réseau des collectivités Territoriales pour une Économie Solidaire): fiches, kits,
press, partners, advocacy, events, themes and territories. A typed TypeScript client is published as \`@rtes/sdk\`.

- **Reading** needs no credentials: you see published, public content. Partner sites use an API key
  (\`Authorization: users API-Key <key>\`), created by an RTES admin.
- **Lists** are paginated (\`limit\`, \`page\`) and filtered with \`where[<field>][<operator>]=<value>\`.
- **Languages**: \`locale=fr|en\` (French by default, with fallback to French).
- **Errors** always answer \`{ "errors": [{ "message": "…" }] }\` with a 4xx/5xx status.`

const cache = new WeakMap<SanitizedConfig, OpenAPIDocument>()

export function buildOpenAPIDocument(config: SanitizedConfig): OpenAPIDocument {
  const cached = cache.get(config)
  if (cached) return cached

  const { schemas: documentSchemas, names } = buildDocumentSchemas(config)
  const paths: Record<string, PathItemObject> = {}
  const schemas: Record<string, JSONSchema> = { ...documentSchemas }
  const tags: { name: string; description?: string }[] = []
  const tagBySlug = new Map<string, string>()

  for (const collection of publicCollections(config)) {
    const collectionNames = names.get(collection.slug)
    const document = collectionNames && documentSchemas[collectionNames.schema]
    if (!collectionNames || !document) continue
    const spec = collectionSpec(config, collection, collectionNames, document)
    tags.push(spec.tag)
    tagBySlug.set(collection.slug, spec.tag.name)
    Object.assign(paths, spec.paths)
    Object.assign(schemas, spec.schemas)
  }
  const custom = customEndpointPaths(config, (slug) => tagBySlug.get(slug) ?? slug)
  for (const [path, item] of Object.entries({ ...custom, ...downloadPaths, ...newsletterPaths })) paths[path] = { ...paths[path], ...item }
  // Tags used by custom endpoints (e.g. `API`) are listed after the collections'.
  for (const item of [
    ...Object.values(custom),
    ...Object.values(downloadPaths),
    ...Object.values(newsletterPaths),
    ...Object.values(webhookPaths),
  ]) {
    for (const operation of Object.values(item)) {
      for (const name of operation?.tags ?? []) if (!tags.some((tag) => tag.name === name)) tags.push({ name })
    }
  }

  const document: OpenAPIDocument = {
    openapi: '3.1.0',
    info: { title: 'RTES content hub API', version: API_VERSION, description: DESCRIPTION },
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    servers: [{ url: '/', description: 'This server' }],
    tags,
    paths,
    // What RTES POSTs to partners' webhook URLs (src/webhooks/openapi.ts).
    webhooks: webhookPaths,
    components: {
      schemas: { ...schemas, ...whereOperatorSchemas, ...sharedSchemas, ...webhookSchemas(syncedCollections(config)) },
      parameters: sharedParameters(config),
      responses: sharedResponses,
      securitySchemes: securitySchemes(config),
    },
  }
  cache.set(config, document)
  return document
}

/** The committed form: two-space JSON with a final newline (stable: the config's order decides). */
export const serializeOpenAPIDocument = (document: OpenAPIDocument): string => `${JSON.stringify(document, null, 2)}\n`
