/** Links to documents in feeds and rendered rich text (src/utilities/documentLink.ts). */
import { describe, expect, it } from 'vitest'

import { collectionLink, documentLink } from '../../src/utilities/documentLink'

const server = 'https://contenus.rtes.fr'

describe('documentLink', () => {
  it('points at the public website by slug when there is one', () => {
    expect(documentLink({ site: 'https://www.rtes.fr', server, collection: 'fiches', id: 'a1', slug: 'tiers-lieux' })).toBe(
      'https://www.rtes.fr/fiches/tiers-lieux',
    )
    expect(documentLink({ site: 'https://www.rtes.fr', server, collection: 'fiches', id: 'a1', slug: 'é l' })).toBe(
      'https://www.rtes.fr/fiches/%C3%A9%20l',
    )
    expect(documentLink({ site: 'https://www.rtes.fr', server, collection: 'fiches', id: 'a1' })).toBeUndefined()
  })

  it('points at the document on the hub’s API by id without one', () => {
    expect(documentLink({ site: undefined, server, collection: 'fiches', id: 'a1', slug: 'tiers-lieux' })).toBe(`${server}/api/fiches/a1`)
    expect(documentLink({ site: '', server, collection: 'kits', id: 7 })).toBe(`${server}/api/kits/7`)
    expect(documentLink({ site: undefined, server, collection: 'kits' })).toBeUndefined()
    expect(collectionLink(undefined, server, 'kits')).toBe(`${server}/api/kits`)
    expect(collectionLink('https://www.rtes.fr', server, 'kits')).toBe('https://www.rtes.fr/kits')
  })
})
