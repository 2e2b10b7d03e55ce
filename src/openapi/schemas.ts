/**
 * Document schemas, from Payload's own JSON Schema generator (`configToJSONSchema`, what
 * `payload generate:types` uses), turned into OpenAPI 3.1 components:
 * - definitions are renamed to the collections' interface names (`fiches` → `Fiche`) and their `$ref`s
 *   rewritten to `#/components/schemas/…`;
 * - draft-04 leftovers are made valid JSON Schema 2020-12 (tuple `items`, `tsType`, nullable enums);
 * - fields the REST API never returns (hidden fields, the password) are removed, so the schemas describe
 *   real responses. Relationships are already id-or-document (`oneOf`), as REST returns them by `depth`.
 */
import { configToJSONSchema, type FlattenedField, type SanitizedCollectionConfig, type SanitizedConfig } from 'payload'

import { isInternalCollection } from '../plugin/registry'
import { pascal, schemaOfRef, schemaRef } from './names'
import type { JSONSchema } from './types'

/**
 * Payload's own collections (preferences, locks, migrations, jobs, key-value store) and the administration
 * internals of the registry (change log, webhooks: `custom.rtes.internal`) stay out of the spec.
 */
export const publicCollections = (config: SanitizedConfig): SanitizedCollectionConfig[] =>
  config.collections.filter((collection) => !isInternalCollection(collection))

export interface CollectionNames {
  /** The document schema's name: the TypeScript interface name (`Fiche`). */
  schema: string
  /** Plural used in operation ids (`Fiches`): GraphQL's plural name when set. */
  plural: string
}

export interface DocumentSchemas {
  /** Every component schema derived from the config, reachable from the public collections. */
  schemas: Record<string, JSONSchema>
  names: Map<string, CollectionNames>
}

const isObject = (value: unknown): value is JSONSchema => typeof value === 'object' && value !== null && !Array.isArray(value)

const clone = <T>(value: T): T => structuredClone(value)

export function buildDocumentSchemas(config: SanitizedConfig): DocumentSchemas {
  const jsonSchema = configToJSONSchema(config, config.db.defaultIDType === 'number' ? 'number' : 'text')
  const definitions = (jsonSchema.definitions ?? {}) as Record<string, JSONSchema>

  // Definition key → component name. Collections take their interface name (the definition's title).
  const rename = new Map<string, string>()
  const names = new Map<string, CollectionNames>()
  for (const collection of config.collections) {
    const definition = definitions[collection.slug]
    if (!definition) continue
    const schema = pascal(typeof definition.title === 'string' ? definition.title : collection.slug)
    rename.set(collection.slug, schema)
    rename.set(`${collection.slug}_select`, `${schema}Select`)
    const graphQL = collection.graphQL
    const plural = graphQL && typeof graphQL === 'object' && graphQL.pluralName ? graphQL.pluralName : `${schema}List`
    names.set(collection.slug, { schema, plural: pascal(plural) })
  }
  for (const key of Object.keys(definitions)) if (!rename.has(key)) rename.set(key, pascal(key))

  const converted: Record<string, JSONSchema> = {}
  for (const [key, definition] of Object.entries(definitions)) {
    if (key === 'auth') continue // draft-04 shapes of auth operations: the builder describes those itself
    converted[rename.get(key)!] = toJSONSchema2020(definition, rename) as JSONSchema
  }

  for (const collection of config.collections) {
    const name = names.get(collection.slug)?.schema
    if (!name || !converted[name]) continue
    pruneUnreturnedFields(converted[name], collection.flattenedFields)
    if (collection.auth) removeProperty(converted[name], 'password')
    const select = converted[`${name}Select`]
    if (select && isObject(select.properties)) {
      const kept = converted[name].properties as JSONSchema
      for (const key of Object.keys(select.properties)) if (!(key in kept)) delete select.properties[key]
    }
  }

  const roots = publicCollections(config).flatMap((collection) => {
    const name = names.get(collection.slug)?.schema
    return name ? [name, `${name}Select`] : []
  })
  return { schemas: reachable(converted, roots), names }
}

/** Recursively rewrites a draft-04 schema from Payload into JSON Schema 2020-12 with component refs. */
function toJSONSchema2020(node: unknown, rename: Map<string, string>): unknown {
  if (Array.isArray(node)) return node.map((item) => toJSONSchema2020(item, rename))
  if (!isObject(node)) return node
  const out: JSONSchema = {}
  for (const [key, value] of Object.entries(node)) {
    if (key === 'tsType') continue
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/definitions/')) {
      const target = value.slice('#/definitions/'.length)
      Object.assign(out, schemaRef(rename.get(target) ?? pascal(target)))
      continue
    }
    if (key === 'required' && !Array.isArray(value)) continue // draft-03 style `required: false`
    if (key === 'items' && Array.isArray(value)) {
      out.prefixItems = toJSONSchema2020(value, rename)
      if (node.additionalItems === false) out.items = false
      continue
    }
    if (key === 'additionalItems') continue
    out[key] =
      key === 'properties' || key === 'patternProperties' || key === '$defs' || key === 'definitions'
        ? Object.fromEntries(Object.entries(value as JSONSchema).map(([name, sub]) => [name, toJSONSchema2020(sub, rename)]))
        : toJSONSchema2020(value, rename)
  }
  // A nullable select (`type: ['string', 'null'], enum: [...]`) must list null among its values.
  if (Array.isArray(out.enum) && Array.isArray(out.type) && out.type.includes('null') && !out.enum.includes(null)) {
    out.enum = [...out.enum, null]
  }
  return out
}

function removeProperty(schema: JSONSchema, name: string): void {
  if (isObject(schema.properties)) delete schema.properties[name]
  if (Array.isArray(schema.required)) schema.required = schema.required.filter((key) => key !== name)
}

/** Hidden fields are never sent by the REST API: drop them (and in groups, tabs and arrays). */
function pruneUnreturnedFields(schema: JSONSchema, fields: FlattenedField[]): void {
  if (!isObject(schema.properties)) return
  for (const field of fields) {
    if (!('name' in field)) continue
    if ('hidden' in field && field.hidden) {
      removeProperty(schema, field.name)
      continue
    }
    const property = schema.properties[field.name]
    if (!isObject(property)) continue
    if ((field.type === 'group' || field.type === 'tab') && 'flattenedFields' in field) {
      pruneUnreturnedFields(property, field.flattenedFields)
    } else if (field.type === 'array' && isObject(property.items)) {
      pruneUnreturnedFields(property.items, field.flattenedFields)
    }
  }
}

/** Keeps only the schemas reachable from the roots, in a stable order (roots first, then by discovery). */
function reachable(schemas: Record<string, JSONSchema>, roots: string[]): Record<string, JSONSchema> {
  const seen = new Set<string>()
  const queue = [...roots]
  while (queue.length) {
    const name = queue.shift()!
    if (seen.has(name) || !schemas[name]) continue
    seen.add(name)
    collectRefs(schemas[name], queue)
  }
  return Object.fromEntries([...seen].map((name) => [name, schemas[name]]))
}

function collectRefs(node: unknown, into: string[]): void {
  if (Array.isArray(node)) for (const item of node) collectRefs(item, into)
  else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      const target = key === '$ref' && typeof value === 'string' ? schemaOfRef(value) : undefined
      if (target) into.push(target)
      else collectRefs(value, into)
    }
  }
}

/**
 * The request body of `POST /api/<collection>`: the document without what the server sets (id,
 * timestamps, virtual fields). Fields with a default value are optional. Auth collections take a password.
 */
export function createInputSchema(document: JSONSchema, collection: SanitizedCollectionConfig): JSONSchema {
  const input = clone(document)
  delete input.title
  for (const name of ['id', 'createdAt', 'updatedAt', 'collection', 'deletedAt']) removeProperty(input, name)
  for (const field of collection.flattenedFields) {
    if (!('name' in field)) continue
    if ('virtual' in field && field.virtual) removeProperty(input, field.name)
    else if ('defaultValue' in field && field.defaultValue !== undefined && Array.isArray(input.required)) {
      input.required = input.required.filter((key) => key !== field.name)
    }
  }
  if (collection.auth && !collection.auth.disableLocalStrategy && isObject(input.properties)) {
    input.properties.password = { type: 'string', writeOnly: true }
    input.required = [...((input.required as string[] | undefined) ?? []), 'password']
  }
  return input
}

/** The request body of `PATCH /api/<collection>/{id}`: any subset of the create body. */
export function updateInputSchema(createInput: JSONSchema): JSONSchema {
  const input = clone(createInput)
  input.required = []
  return input
}
