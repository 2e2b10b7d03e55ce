/**
 * `where`, `sort` and their field paths, derived from a collection's fields. Payload accepts
 * `where[<path>][<operator>]=<value>` (paths are dotted for groups, tabs, arrays and blocks) combined with
 * `where[and][i]` / `where[or][i]`; the operators a path offers depend on its field type.
 */
import type { FlattenedField, SanitizedCollectionConfig } from 'payload'

import { schemaRef } from './names'
import type { JSONSchema } from './types'

/** Operators whose value is a list: an array, or one comma-separated string. */
const listOf = (value: JSONSchema): JSONSchema => ({
  oneOf: [
    { type: 'array', items: value },
    { type: 'string', description: 'Comma-separated values' },
  ],
})

function operators(value: JSONSchema, names: string[]): JSONSchema {
  const properties: Record<string, JSONSchema> = {}
  for (const name of names) {
    if (name === 'exists') properties[name] = { type: 'boolean' }
    else if (name === 'in' || name === 'not_in' || name === 'all') properties[name] = listOf(value)
    else properties[name] = value
  }
  return { type: 'object', additionalProperties: false, properties }
}

const EQUALITY = ['equals', 'not_equals', 'in', 'not_in', 'exists']
const ORDER = ['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const TEXT = [...EQUALITY, 'like', 'not_like', 'contains', ...ORDER]

/** Shared operator schemas, one per kind of value, added to `components.schemas`. */
export const whereOperatorSchemas: Record<string, JSONSchema> = {
  WhereText: {
    description: '`like` matches every word in any order, `contains` a substring (both case-insensitive).',
    ...operators({ type: 'string' }, TEXT),
  },
  WhereNumber: operators({ type: 'number' }, [...EQUALITY, ...ORDER]),
  WhereDate: {
    description: 'Dates as ISO 8601 strings.',
    ...operators({ type: 'string' }, [...EQUALITY, ...ORDER]),
  },
  WhereBoolean: operators({ type: 'boolean' }, ['equals', 'not_equals', 'exists']),
  WhereId: {
    description: 'A document id (a relationship compares the related id).',
    ...operators({ type: 'string' }, [...EQUALITY, 'all']),
  },
  WhereRichText: operators({ type: 'string' }, ['like', 'not_like', 'contains', 'exists']),
  WhereJSON: operators({}, [...EQUALITY, 'like', 'contains']),
  WherePoint: operators({}, ['near', 'within', 'intersects', 'exists']),
}

interface WherePath {
  path: string
  schema: JSONSchema
  /** Scalar paths can also be sorted on. */
  sortable: boolean
}

/** Field types whose values can be filtered on across a relationship (`themes.slug`). */
const SCALAR = new Set(['text', 'textarea', 'email', 'code', 'number', 'date', 'checkbox', 'select', 'radio'])

/** A relationship or upload to one collection: its ids can be compared through a relationship (`territories.parent`). */
const isSingleRelation = (field: FlattenedField): boolean =>
  (field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string'

/**
 * Every queryable path of a collection, in field order, with its operator schema. Relationships to one
 * collection also offer that collection's scalar fields (`where[themes.slug][equals]=europe`) and the ids
 * of its own relationships (`where[territories.parent][equals]=<id>`).
 */
export function wherePaths(collection: SanitizedCollectionConfig, collections: SanitizedCollectionConfig[] = []): WherePath[] {
  const paths: WherePath[] = []
  const seen = new Set<string>()
  const add = (path: string, schema: JSONSchema, sortable: boolean) => {
    if (seen.has(path)) return
    seen.add(path)
    paths.push({ path, schema, sortable })
  }
  if (!collection.flattenedFields.some((field) => 'name' in field && field.name === 'id')) add('id', schemaRef('WhereId'), true)
  const related = (slug: string, prefix: string) => {
    const target = collections.find((candidate) => candidate.slug === slug)
    if (target)
      walk(
        target.flattenedFields.filter((field) => SCALAR.has(field.type) || isSingleRelation(field)),
        prefix,
        true,
        add,
      )
  }
  walk(collection.flattenedFields, '', false, add, related)
  return paths
}

function walk(
  fields: FlattenedField[],
  prefix: string,
  inArray: boolean,
  add: (path: string, schema: JSONSchema, sortable: boolean) => void,
  related?: (slug: string, prefix: string) => void,
): void {
  for (const field of fields) {
    if (!('name' in field)) continue
    if ('hidden' in field && field.hidden) continue
    if ('virtual' in field && field.virtual === true) continue
    const path = `${prefix}${field.name}`
    const sortable = !inArray
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'email':
      case 'code':
        add(path, schemaRef('WhereText'), sortable)
        break
      case 'number':
        add(path, schemaRef('WhereNumber'), sortable)
        break
      case 'date':
        add(path, schemaRef('WhereDate'), sortable)
        break
      case 'checkbox':
        add(path, schemaRef('WhereBoolean'), sortable)
        break
      case 'select':
      case 'radio': {
        const values = field.options.map((option) => (typeof option === 'string' ? option : option.value))
        const hasMany = field.type === 'select' && field.hasMany
        add(path, operators({ type: 'string', enum: values }, [...EQUALITY, ...(hasMany ? ['all'] : [])]), sortable)
        break
      }
      case 'relationship':
      case 'upload':
        if (Array.isArray(field.relationTo)) {
          add(`${path}.relationTo`, operators({ type: 'string', enum: field.relationTo }, EQUALITY), false)
          add(`${path}.value`, schemaRef('WhereId'), false)
        } else {
          add(path, schemaRef('WhereId'), sortable && !field.hasMany)
          related?.(field.relationTo, `${path}.`)
        }
        break
      case 'richText':
        add(path, schemaRef('WhereRichText'), false)
        break
      case 'json':
        add(path, schemaRef('WhereJSON'), false)
        break
      case 'point':
        add(path, schemaRef('WherePoint'), false)
        break
      case 'group':
      case 'tab':
        walk(field.flattenedFields, `${path}.`, inArray, add, related)
        break
      case 'array':
        walk(field.flattenedFields, `${path}.`, true, add, related)
        break
      case 'blocks':
        add(`${path}.blockType`, operators({ type: 'string', enum: field.blocks.map((block) => block.slug) }, EQUALITY), false)
        for (const block of field.blocks) walk(block.flattenedFields, `${path}.`, true, add, related)
        break
      default:
        break // join and ui fields are not queryable
    }
  }
}

/** `<Name>Where`: the per-field operators, combinable with `and` / `or`. */
export function whereSchema(collection: SanitizedCollectionConfig, name: string, collections: SanitizedCollectionConfig[]): JSONSchema {
  const properties: Record<string, JSONSchema> = {}
  for (const { path, schema } of wherePaths(collection, collections)) properties[path] = schema
  properties.and = { type: 'array', items: schemaRef(`${name}Where`) }
  properties.or = { type: 'array', items: schemaRef(`${name}Where`) }
  return {
    type: 'object',
    description: `Filters on ${collection.slug}: \`where[<field>][<operator>]=<value>\`, dotted paths for nested fields and for the fields of related documents (\`themes.slug\`), combined with \`and\` / \`or\`.`,
    additionalProperties: false,
    properties,
  }
}

/** `<Name>Sort`: one sortable path, descending with a leading `-`; or several, in order. */
export function sortSchema(collection: SanitizedCollectionConfig): JSONSchema {
  const keys = wherePaths(collection)
    .filter((path) => path.sortable)
    .flatMap(({ path }) => [path, `-${path}`])
  const key = { type: 'string', enum: keys }
  return {
    description: 'A field to sort by (`-field` for descending), or several in order of precedence.',
    oneOf: [key, { type: 'array', items: key }],
  }
}
