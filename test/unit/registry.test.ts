/** The collection registry (src/plugin/registry.ts) and the plugin's options (src/plugin/options.ts). */
import type { CollectionConfig, Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { hubCollections } from '../../src/plugin/collections'
import { resolveOptions, roleField, settingsOf } from '../../src/plugin/options'
import {
  feedCollections,
  isPublicCollection,
  registryOf,
  searchedCollections,
  seededCollections,
  syncedCollections,
} from '../../src/plugin/registry'

const config = {
  collections: [
    {
      slug: 'b',
      typescript: { interface: 'B' },
      labels: { plural: { fr: 'Bés', en: 'Bs' } },
      custom: { rtes: { sync: { order: 2 }, seed: { order: 1 } } },
    },
    {
      slug: 'a',
      typescript: { interface: 'A' },
      labels: { plural: 'As' },
      custom: { rtes: { sdk: 'as', sync: { order: 1 }, feed: { date: 'd', summary: 's' } } },
    },
    { slug: 'host-only', fields: [] },
    { slug: 'log', typescript: { interface: 'Log' }, custom: { rtes: { internal: true, seed: { order: 0 } } } },
  ] as CollectionConfig[],
}

describe('registryOf', () => {
  it('lists the registered collections in config order, with their type name and labels', () => {
    expect(registryOf(config).map(({ slug, schema, labels }) => ({ slug, schema, labels }))).toEqual([
      { slug: 'b', schema: 'B', labels: { fr: 'Bés', en: 'Bs' } },
      { slug: 'a', schema: 'A', labels: { fr: 'As', en: 'As' } },
      { slug: 'log', schema: 'Log', labels: {} },
    ])
  })

  it('derives synced (sync order), seeded (seed order) and feed collections', () => {
    expect(syncedCollections(config).map(({ slug }) => slug)).toEqual(['a', 'b'])
    expect(seededCollections(config).map(({ slug }) => slug)).toEqual(['log', 'b'])
    expect([...feedCollections(config).keys()]).toEqual(['a'])
  })

  it('refuses a registered collection without a type name', () => {
    expect(() => registryOf({ collections: [{ slug: 'x', custom: { rtes: {} } }] })).toThrow(/"x".*typescript.interface/)
  })

  it('counts internals, accounts and Payload’s own collections as not public', () => {
    expect(isPublicCollection({ slug: 'a', custom: {} })).toBe(true)
    expect(isPublicCollection({ slug: 'log', custom: { rtes: { internal: true } } })).toBe(false)
    expect(isPublicCollection({ slug: 'payload-jobs' })).toBe(false)
    expect(isPublicCollection({ slug: 'accounts', auth: true })).toBe(false)
  })
})

describe('the full-text search', () => {
  /** The field at a dotted path, through groups, rows and unnamed tabs. */
  function fieldAt(fields: Field[], path: string): Field | undefined {
    const [name, ...rest] = path.split('.')
    const flat = (list: Field[]): Field[] =>
      list.flatMap((field) =>
        'name' in field
          ? [field]
          : field.type === 'tabs'
            ? field.tabs.flatMap((tab) => flat(tab.fields))
            : 'fields' in field
              ? flat(field.fields)
              : [],
      )
    const field = flat(fields).find((candidate) => 'name' in candidate && candidate.name === name)
    if (!rest.length || !field) return field
    return 'fields' in field ? fieldAt(field.fields, rest.join('.')) : undefined
  }

  it('indexes text fields that exist, in the collections partners search', () => {
    const collections = hubCollections(resolveOptions(), [])
    const searched = searchedCollections({ collections })
    expect(searched.map(({ slug }) => slug)).toEqual(['fiches', 'kits', 'press-articles', 'advocacy-contributions', 'news', 'interviews'])
    for (const { slug, search } of searched) {
      const { fields } = collections.find((collection) => collection.slug === slug)!
      for (const path of ['title', ...search.text]) {
        expect(fieldAt(fields, path)?.type, `${slug}: ${path}`).toMatch(/^(text|textarea|richText)$/)
      }
    }
  })
})

describe('plugin options', () => {
  it('have documented defaults', () => {
    const settings = resolveOptions()
    expect(settings).toMatchObject({
      mediaDir: 'data/media',
      usersSlug: 'users',
      runJobs: false,
      webhooks: { allowPrivateTargets: false, retryBaseMs: 30_000, maxAttempts: 5, timeoutMs: 10_000 },
      graphQL: { maxDepth: 12, maxComplexity: 10_000 },
      limits: { maxDepth: 5, maxLimit: 100, maxWhereConditions: 50, maxUploadBytes: 20 * 1024 * 1024 },
    })
    expect(settings.locales.map(({ code }) => code)).toEqual(['fr', 'en'])
    expect(settings.publicSiteUrl).toBe('')
    expect(resolveOptions({ publicSiteUrl: 'https://www.rtes.fr/' }).publicSiteUrl).toBe('https://www.rtes.fr')
  })

  it('read roles from the plugin’s own users by default; a host with its own accounts must say how', () => {
    const role = roleField('users')
    expect(role({ collection: 'users', role: 'editor' } as never)).toBe('editor')
    expect(role({ collection: 'accounts', role: 'editor' } as never)).toBeUndefined()
    expect(role({ collection: 'users', role: 'king' } as never)).toBeUndefined()
    expect(role(null)).toBeUndefined()
    expect(() => resolveOptions({ users: false })).toThrow(/roleOf/)
    expect(resolveOptions({ users: false, roleOf: () => 'member' }).usersSlug).toBeNull()
  })

  it('are found on a config the plugin was added to, and only there', () => {
    expect(settingsOf({ custom: { rtes: resolveOptions({ mediaDir: '/m' }) } }).mediaDir).toBe('/m')
    expect(() => settingsOf({ custom: {} })).toThrow(/plugin is not installed/)
  })
})
