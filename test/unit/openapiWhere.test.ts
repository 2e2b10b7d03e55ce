/** `where` paths of the OpenAPI spec (src/openapi/where.ts), from hand-written flattened fields. */
import type { SanitizedCollectionConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { pascal, schemaOfRef, schemaRef } from '../../src/openapi/names'
import { wherePaths } from '../../src/openapi/where'

const collection = (slug: string, flattenedFields: unknown[]) => ({ slug, flattenedFields }) as unknown as SanitizedCollectionConfig

const themes = collection('themes', [
  { name: 'title', type: 'text' },
  { name: 'description', type: 'richText' },
])
const fiches = collection('fiches', [
  { name: 'title', type: 'text' },
  { name: 'number', type: 'number' },
  { name: 'series', type: 'select', options: ['deniche', { label: 'Kit', value: 'kit' }] },
  { name: 'secret', type: 'text', hidden: true },
  { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true },
  { name: 'about', type: 'relationship', relationTo: ['themes', 'kits'] },
  { name: 'meta', type: 'group', flattenedFields: [{ name: 'reviewedAt', type: 'date' }] },
  { name: 'figures', type: 'array', flattenedFields: [{ name: 'value', type: 'number' }] },
  { name: 'kitFiches', type: 'join' },
])

describe('wherePaths', () => {
  const paths = wherePaths(fiches, [fiches, themes])
  const byPath = Object.fromEntries(paths.map(({ path, schema, sortable }) => [path, { schema, sortable }]))

  it('lists every queryable path in field order: id first, dotted groups and arrays, related scalars', () => {
    expect(paths.map(({ path }) => path)).toEqual([
      'id',
      'title',
      'number',
      'series',
      'themes',
      'themes.title',
      'about.relationTo',
      'about.value',
      'meta.reviewedAt',
      'figures.value',
    ])
  })

  it('gives each path the operators of its type, and says which can be sorted', () => {
    expect(byPath.title).toEqual({ schema: schemaRef('WhereText'), sortable: true })
    expect(byPath['meta.reviewedAt']).toEqual({ schema: schemaRef('WhereDate'), sortable: true })
    expect(byPath['figures.value'].sortable).toBe(false) // inside an array
    expect(byPath.themes.sortable).toBe(false) // hasMany
    expect(byPath['themes.title']).toEqual({ schema: schemaRef('WhereText'), sortable: false }) // across a relationship
    expect(byPath.series.schema).toMatchObject({ properties: { equals: { type: 'string', enum: ['deniche', 'kit'] } } })
    expect(byPath['about.relationTo'].schema).toMatchObject({
      properties: { in: { oneOf: [{ items: { enum: ['themes', 'kits'] } }, {}] } },
    })
  })

  it('without the related collections, offers the relationship’s id only', () => {
    expect(wherePaths(fiches).map(({ path }) => path)).not.toContain('themes.title')
  })
})

describe('component names', () => {
  it('are PascalCase and round-trip through a $ref', () => {
    expect(pascal('press-articles_select')).toBe('PressArticlesSelect')
    expect(pascal('fiches')).toBe('Fiches')
    expect(schemaOfRef(schemaRef('FicheWhere').$ref as string)).toBe('FicheWhere')
    expect(schemaOfRef('#/components/parameters/depth')).toBeUndefined()
  })
})
