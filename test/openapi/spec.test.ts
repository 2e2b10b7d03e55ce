import { Validator } from '@seriousme/openapi-schema-validator'
import type { SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { buildOpenAPIDocument, type OpenAPIDocument, undocumentedEndpoints } from '../../src/openapi'
import type { JSONSchema, ParameterObject, ReferenceObject } from '../../src/openapi/types'
import { isInternalCollection, registryOf } from '../../src/plugin/registry'
import { COLLECTIONS } from '../../src/sdk/src/collections'
import { testDatabaseUri } from '../helpers/database'
import { readCommittedSpec, SpecValidator } from './validator'

/** The spec built from the config, checked without a server: validity, completeness, shapes. */
let config: SanitizedConfig
let spec: OpenAPIDocument

beforeAll(async () => {
  process.env.DATABASE_URI = testDatabaseUri('openapi-spec')
  process.env.PAYLOAD_SECRET ||= 'test-secret'
  config = await (await import('../../payload.config')).default
  spec = buildOpenAPIDocument(config)
})

const publicCollections = () => config.collections.filter((c) => !isInternalCollection(c))
const schemaName = (slug: string) => {
  const ref = (spec.paths[`/api/${slug}/{id}`]?.get?.responses['200'] as { content: Record<string, { schema: JSONSchema }> })?.content[
    'application/json'
  ]?.schema.$ref as string | undefined
  return ref?.split('/').pop()
}
const parameterNames = (parameters: (ParameterObject | ReferenceObject)[] = []) =>
  parameters.map((p) => ('$ref' in p ? spec.components.parameters![p.$ref.split('/').pop()!].name : p.name))

describe('the OpenAPI document built from the Payload config', () => {
  it('is a valid OpenAPI 3.1 document (@seriousme/openapi-schema-validator)', async () => {
    const result = await new Validator().validate(structuredClone(spec) as unknown as Record<string, unknown>)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(spec.openapi).toBe('3.1.0')
  })

  it('is what src/sdk/openapi.json holds (regenerate with `npm run generate`)', () => {
    expect(JSON.parse(JSON.stringify(spec))).toEqual(readCommittedSpec())
  })

  it('has component schemas that compile as JSON Schema 2020-12 in strict mode, and refs that resolve', () => {
    const names = new SpecValidator(spec).compileAll()
    expect(names.length).toBeGreaterThan(10)
    const refs = JSON.stringify(spec).match(/"\$ref":"[^"]+"/g) ?? []
    for (const ref of new Set(refs)) {
      const [, kind, name] = /#\/components\/(\w+)\/([^"]+)"/.exec(ref) ?? []
      expect((spec.components as Record<string, Record<string, unknown>>)[kind]?.[name], ref).toBeDefined()
    }
  })

  it('describes every collection of the config (but Payload’s internal ones) with list, count and CRUD by id', () => {
    for (const collection of publicCollections()) {
      const base = `/api/${collection.slug}`
      expect(Object.keys(spec.paths[base] ?? {}), base).toEqual(['get', 'post'])
      expect(Object.keys(spec.paths[`${base}/count`] ?? {}), base).toEqual(['get'])
      expect(Object.keys(spec.paths[`${base}/{id}`] ?? {}), base).toEqual(['get', 'patch', 'delete'])
      const name = schemaName(collection.slug)!
      if (collection.typescript?.interface) expect(name).toBe(collection.typescript.interface)
      for (const suffix of ['', 'List', 'Where', 'Sort', 'Select', 'Create', 'Update', 'Mutation']) {
        expect(spec.components.schemas[`${name}${suffix}`], `${name}${suffix}`).toBeDefined()
      }
      if (collection.auth) {
        for (const op of ['login', 'logout', 'refresh-token']) expect(spec.paths[`${base}/${op}`]?.post, op).toBeDefined()
        expect(spec.paths[`${base}/me`]?.get).toBeDefined()
      }
    }
    expect(Object.keys(spec.paths).some((path) => path.includes('payload-'))).toBe(false)
  })

  it('offers Payload’s query parameters on lists and reads', () => {
    for (const collection of publicCollections()) {
      const list = spec.paths[`/api/${collection.slug}`].get!
      // `richText=html` where there is rich text to render.
      const richText = collection.flattenedFields.some((field) => field.type === 'richText') ? ['richText'] : []
      expect(parameterNames(list.parameters).sort()).toEqual(
        ['depth', 'draft', 'fallback-locale', 'limit', 'locale', 'page', 'pagination', 'select', 'sort', 'where', ...richText].sort(),
      )
      const where = list.parameters!.find((p) => 'name' in p && p.name === 'where') as ParameterObject
      expect(where).toMatchObject({ in: 'query', style: 'deepObject', explode: true })
      const read = spec.paths[`/api/${collection.slug}/{id}`].get!
      expect(parameterNames(read.parameters).sort()).toEqual(
        ['depth', 'draft', 'fallback-locale', 'id', 'locale', 'select', ...richText].sort(),
      )
    }
    expect(spec.components.parameters!.locale.schema.enum).toEqual(config.localization ? config.localization.localeCodes : [])
  })

  it('types `where` per field, combinable with and/or', () => {
    for (const collection of publicCollections()) {
      const where = spec.components.schemas[`${schemaName(collection.slug)}Where`]
      const properties = where.properties as Record<string, JSONSchema>
      expect(properties.and).toEqual({ type: 'array', items: { $ref: `#/components/schemas/${schemaName(collection.slug)}Where` } })
      for (const field of collection.flattenedFields) {
        const queryable = !('hidden' in field && field.hidden) && !('virtual' in field && field.virtual === true)
        const leaf = !['group', 'tab', 'array', 'blocks', 'join', 'relationship', 'upload'].includes(field.type)
        if (queryable && leaf) expect(properties[field.name], `${collection.slug}.${field.name}`).toBeDefined()
      }
    }
  })

  it('types relationships as id or document, and leaves out what REST never returns', () => {
    let relationships = 0
    for (const collection of publicCollections()) {
      const schema = spec.components.schemas[schemaName(collection.slug)!]
      const properties = schema.properties as Record<string, JSONSchema>
      for (const field of collection.flattenedFields) {
        if ('hidden' in field && field.hidden) expect(properties[field.name], field.name).toBeUndefined()
        if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
          const property = properties[field.name]
          const variants = JSON.stringify(field.hasMany ? property.items : property.oneOf)
          expect(variants, `${collection.slug}.${field.name}`).toContain('"string"')
          expect(variants).toContain(`#/components/schemas/${schemaName(field.relationTo)}`)
          relationships++
        }
      }
      if (collection.auth) expect(properties.password).toBeUndefined()
    }
    expect(relationships).toBeGreaterThan(0)
  })

  it('describes the paginated envelope and the error body as Payload sends them', () => {
    const list = spec.components.schemas.UserList
    expect(list.required).toEqual(
      expect.arrayContaining([
        'docs',
        'totalDocs',
        'limit',
        'totalPages',
        'page',
        'pagingCounter',
        'hasPrevPage',
        'hasNextPage',
        'prevPage',
        'nextPage',
      ]),
    )
    expect(spec.components.schemas.Error).toMatchObject({ required: ['errors'] })
  })

  it('gives every operation a unique operationId, a summary and documented responses', () => {
    const ids = Object.values(spec.paths).flatMap((item) => Object.values(item).map((operation) => operation.operationId))
    expect(ids.every((id) => typeof id === 'string' && /^[A-Za-z][A-Za-z0-9]*$/.test(id))).toBe(true)
    expect(new Set(ids).size).toBe(ids.length)
    for (const item of Object.values(spec.paths)) {
      for (const operation of Object.values(item)) {
        expect(operation.summary, operation.operationId).toBeTruthy()
        expect(Object.keys(operation.responses).length, operation.operationId).toBeGreaterThan(0)
      }
    }
  })

  it('includes every custom endpoint, each described next to its handler', () => {
    expect(undocumentedEndpoints(config)).toEqual([])
    expect(spec.paths['/api/openapi.json']?.get?.operationId).toBe('getOpenAPIDocument')
  })

  it('secures writes with an API key or a JWT, and lets reads go anonymous', () => {
    expect(spec.components.securitySchemes!.ApiKey).toMatchObject({ type: 'apiKey', in: 'header', name: 'Authorization' })
    const fiches = spec.paths['/api/users']
    expect(fiches.get!.security).toContainEqual({})
    expect(fiches.post!.security).not.toContainEqual({})
    expect(fiches.post!.security).toContainEqual({ ApiKey: [] })
  })
})

describe('the registered collections', () => {
  it('each have their documents described under their type name, with list and read paths', () => {
    const registry = registryOf(config).filter((entry) => !entry.internal)
    expect(registry.length).toBeGreaterThan(0)
    for (const { slug, schema } of registry) {
      expect(spec.paths[`/api/${slug}`]?.get, slug).toBeDefined()
      expect(schemaName(slug), slug).toBe(schema)
    }
  })

  it('with an SDK name are the SDK’s collection table (generated)', () => {
    const resources = registryOf(config).filter((entry) => entry.sdk)
    expect(COLLECTIONS).toEqual(Object.fromEntries(resources.map(({ sdk, slug, schema }) => [sdk, { slug, schema }])))
  })
})
