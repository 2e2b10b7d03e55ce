/** Sync tokens (src/sync/tokens.ts) and the `collections` parameter of /api/sync (src/sync/page.ts). */
import fc from 'fast-check'
import type { CollectionSlug } from 'payload'
import { describe, expect, it } from 'vitest'

import { parseCollections, parseLimit, SyncRequestError } from '../../src/sync/page'
import { decodeToken, encodeToken, TokenError, type TokenPayload } from '../../src/sync/tokens'

const SECRET = 'unit-test-secret'
const snapshot: TokenPayload = { v: 1, m: 'snapshot', s: 12, c: ['fiches', 'kits'], a: 'public', i: 1, k: 'abc' }

describe('sync tokens', () => {
  it('decode to what was encoded, for any payload', () => {
    const payloads = fc.oneof(
      fc.record({
        v: fc.constant(1 as const),
        m: fc.constant('snapshot' as const),
        s: fc.nat(),
        c: fc.array(fc.string()),
        a: fc.constantFrom('public' as const, 'members' as const, 'editors' as const),
        i: fc.nat(),
      }),
      fc.record({
        v: fc.constant(1 as const),
        m: fc.constant('delta' as const),
        s: fc.nat(),
        c: fc.array(fc.string()),
        a: fc.constantFrom('public' as const, 'members' as const, 'editors' as const),
      }),
    )
    fc.assert(
      fc.property(payloads, (payload) => {
        expect(decodeToken(SECRET, encodeToken(SECRET, payload))).toEqual(payload)
      }),
    )
  })

  it('refuse what is not a token, what another secret signed and what was altered', () => {
    expect(() => decodeToken(SECRET, 'not a token')).toThrow(/not a sync token/)
    expect(() => decodeToken(SECRET, encodeToken('another-secret', snapshot))).toThrow(/not issued by this server/)
    const [body, signature] = encodeToken(SECRET, snapshot).split('.')
    const forged = Buffer.from(JSON.stringify({ ...snapshot, a: 'editors' })).toString('base64url')
    expect(() => decodeToken(SECRET, `${forged}.${signature}`)).toThrow(TokenError)
    expect(() => decodeToken(SECRET, `${body}.${signature.slice(1)}x`)).toThrow(/not issued by this server/)
  })

  it('refuse a signed payload of an unknown shape or version', () => {
    const unsupported = { ...snapshot, v: 2 } as unknown as TokenPayload
    expect(() => decodeToken(SECRET, encodeToken(SECRET, unsupported))).toThrow(/unsupported version/)
    const negative = { ...snapshot, s: -1 }
    expect(() => decodeToken(SECRET, encodeToken(SECRET, negative))).toThrow(/unsupported version/)
  })
})

describe('/api/sync parameters', () => {
  const synced = ['fiches', 'kits', 'themes'] as CollectionSlug[]

  it('`collections`: a subset in the server’s order, without duplicates; unknown names are named', () => {
    expect(parseCollections(undefined, synced)).toBeUndefined()
    expect(parseCollections(' ', synced)).toBeUndefined()
    expect(parseCollections('themes, fiches,themes', synced)).toEqual(['fiches', 'themes'])
    expect(() => parseCollections('fiches,users,nope', synced)).toThrow(SyncRequestError)
    expect(() => parseCollections('fiches,users', synced)).toThrow(/"users".*Synced collections: fiches, kits, themes/)
  })

  it('`limit`: an integer from 1 to the maximum', () => {
    expect(parseLimit(undefined)).toBeGreaterThan(0)
    expect(parseLimit('7')).toBe(7)
    for (const bad of ['0', '-1', '1.5', 'abc', '100000']) expect(() => parseLimit(bad), bad).toThrow(SyncRequestError)
  })
})
