/** The pure parts of HTTP caching: routes, URL keys, validators, and the content-version tracker. */
import { describe, expect, it } from 'vitest'

import { ContentVersionTracker } from '../../src/cache/contentVersion'
import { etagOf, isNotModified, lastModifiedOf, normaliseUrl, routeOf as route } from '../../src/server/httpCache'

describe('routeOf', () => {
  const routeOf = (path: string) => route(path, new Set(['fiches', 'press-articles', 'media']))

  it('caches public collections, GraphQL, sync, the spec and feeds; nothing about accounts or files', () => {
    expect(routeOf('/api/fiches')).toEqual({ kind: 'rest', sharedWithPartners: true })
    expect(routeOf('/api/press-articles/123')).toEqual({ kind: 'rest', sharedWithPartners: true })
    expect(routeOf('/api/fiches/count')).toEqual({ kind: 'rest', sharedWithPartners: true })
    expect(routeOf('/api/media/abc')).toEqual({ kind: 'rest', sharedWithPartners: true })
    expect(routeOf('/api/graphql')).toEqual({ kind: 'graphql', sharedWithPartners: false })
    expect(routeOf('/api/sync')).toEqual({ kind: 'endpoint', sharedWithPartners: true })
    expect(routeOf('/api/openapi.json')).toEqual({ kind: 'endpoint', sharedWithPartners: true })
    expect(routeOf('/feeds/fiches.rss')).toEqual({ kind: 'feed', sharedWithPartners: true })
    for (const path of [
      '/api/users',
      '/api/users/me',
      '/api/webhooks',
      '/api/webhook-deliveries',
      '/api/sync-changes',
      '/api/payload-jobs',
      '/api/media/file/a.png',
      '/api/graphql-playground',
      '/admin',
      '/api',
    ]) {
      expect(routeOf(path), path).toBeUndefined()
    }
  })
})

describe('normaliseUrl', () => {
  it('orders parameters by name, keeping the order of repeated ones', () => {
    expect(normaliseUrl('/api/fiches?limit=20&depth=0')).toBe('/api/fiches?depth=0&limit=20')
    expect(normaliseUrl('/api/fiches?sort=b&limit=1&sort=a&')).toBe('/api/fiches?limit=1&sort=b&sort=a')
    expect(normaliseUrl('/api/fiches')).toBe('/api/fiches')
  })

  it('leaves a query with `[]` keys as sent (their order is meaningful)', () => {
    const url = '/api/fiches?where[or][][a][equals]=1&limit=2&where[or][][b][equals]=2'
    expect(normaliseUrl(url)).toBe(url)
    const encoded = '/api/fiches?where%5Bor%5D%5B%5D%5Ba%5D=1&limit=2'
    expect(normaliseUrl(encoded)).toBe(encoded)
  })
})

describe('validators', () => {
  it('a strong ETag from the body', () => {
    expect(etagOf(Buffer.from('{"a":1}'))).toMatch(/^"[\w-]{32}"$/)
    expect(etagOf(Buffer.from('{"a":1}'))).toBe(etagOf(Buffer.from('{"a":1}')))
    expect(etagOf(Buffer.from('{"a":1}'))).not.toBe(etagOf(Buffer.from('{"a":2}')))
  })

  it('Last-Modified is the end of the second of the change, given only once that second is over', () => {
    const changedAt = Date.parse('2026-11-28T10:00:00.400Z')
    expect(lastModifiedOf(0)).toBeUndefined()
    expect(lastModifiedOf(changedAt, changedAt + 100)).toBeUndefined()
    expect(lastModifiedOf(changedAt, changedAt + 600)).toBe(Date.parse('2026-11-28T10:00:01Z'))
  })

  it('If-None-Match wins over If-Modified-Since; weak comparison; any listed tag', () => {
    const etag = '"abc"'
    const lastModified = Date.parse('2026-11-28T10:00:01Z')
    expect(isNotModified({ 'if-none-match': '"abc"' }, etag)).toBe(true)
    expect(isNotModified({ 'if-none-match': 'W/"abc"' }, etag)).toBe(true)
    expect(isNotModified({ 'if-none-match': '"x", "abc"' }, etag)).toBe(true)
    expect(isNotModified({ 'if-none-match': '*' }, etag)).toBe(true)
    expect(isNotModified({ 'if-none-match': '"abc-gz"' }, [etag, '"abc-gz"'])).toBe(true)
    expect(isNotModified({ 'if-none-match': '"old"', 'if-modified-since': 'Sat, 28 Nov 2026 10:00:01 GMT' }, etag, lastModified)).toBe(
      false,
    )
    expect(isNotModified({ 'if-modified-since': 'Sat, 28 Nov 2026 10:00:01 GMT' }, etag, lastModified)).toBe(true)
    expect(isNotModified({ 'if-modified-since': 'Sat, 28 Nov 2026 10:00:00 GMT' }, etag, lastModified)).toBe(false)
    expect(isNotModified({ 'if-modified-since': 'yesterday' }, etag, lastModified)).toBe(false)
    expect(isNotModified({ 'if-modified-since': 'Sat, 28 Nov 2026 10:00:01 GMT' }, etag)).toBe(false)
    expect(isNotModified({}, etag, lastModified)).toBe(false)
  })
})

describe('ContentVersionTracker', () => {
  /** A tracker reading a version the test controls, counting reads. */
  function setup(maxAgeMs = 60_000) {
    const state = { version: { token: 'a', changedAt: 1 }, reads: 0 }
    const tracker = new ContentVersionTracker()
    tracker.attach(async () => {
      state.reads++
      return state.version
    }, maxAgeMs)
    return { tracker, state }
  }

  it('is off until a reader is attached', async () => {
    expect(await new ContentVersionTracker().snapshot()).toBeUndefined()
  })

  it('reads the version once per maxAge and shares concurrent reads', async () => {
    const { tracker, state } = setup()
    const [first, second] = await Promise.all([tracker.snapshot(), tracker.snapshot()])
    expect(first?.version.token).toBe('a')
    expect(second?.version.token).toBe('a')
    await tracker.snapshot()
    expect(state.reads).toBe(1)
  })

  it('re-reads once its copy is older than maxAge', async () => {
    const { tracker, state } = setup(1)
    await tracker.snapshot()
    state.version = { token: 'b', changedAt: 2 }
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect((await tracker.snapshot())?.version.token).toBe('b')
  })

  it('a local change suspends caching until its new version is read back, and says so once', async () => {
    const { tracker, state } = setup()
    const announced: string[] = []
    tracker.onLocalCommit((version) => announced.push(version.token))
    const before = (await tracker.snapshot())!
    tracker.localChange('a')
    expect(tracker.isCurrent(before)).toBe(false)
    expect(await tracker.snapshot()).toBeUndefined() // not committed yet: still 'a'
    state.version = { token: 'b', changedAt: 2 }
    const after = await tracker.snapshot()
    expect(after?.version.token).toBe('b')
    expect(tracker.isCurrent(after!)).toBe(true)
    expect(announced).toEqual(['b'])
  })

  it('an invalidation (another instance changed) makes the next snapshot read again', async () => {
    const { tracker, state } = setup()
    await tracker.snapshot()
    state.version = { token: 'c', changedAt: 3 }
    expect((await tracker.snapshot())?.version.token).toBe('a')
    tracker.invalidate()
    expect((await tracker.snapshot())?.version.token).toBe('c')
    expect(state.reads).toBe(2)
  })

  it('turns caching off while the version cannot be read', async () => {
    const tracker = new ContentVersionTracker()
    tracker.attach(async () => {
      throw new Error('database unreachable')
    })
    expect(await tracker.snapshot()).toBeUndefined()
  })
})
