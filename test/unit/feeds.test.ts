/** Pure parts of the feeds (src/server/feeds.ts): `If-None-Match` matching and the JSON Feed 1.1 patch. */
import { describe, expect, it } from 'vitest'

import { jsonFeed11, matches } from '../../src/server/feeds'

describe('If-None-Match', () => {
  const etag = '"abc"'
  it.each([
    [undefined, false],
    ['', false],
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", W/"abc"', true],
    ['"abcd"', false],
    ['*', true],
  ])('%s → %s', (header, expected) => {
    expect(matches(header, etag)).toBe(expected)
  })
})

describe('jsonFeed11', () => {
  it('turns the feed library’s JSON Feed 1.0 into 1.1: authors, language, plain-text content', () => {
    const v10 = JSON.stringify({
      version: 'https://jsonfeed.org/version/1',
      title: 'Fiches',
      author: { name: 'RTES' },
      items: [
        { id: 'https://x/1', url: 'https://x/1', title: 'Une', content_html: 'Résumé', summary: 'Résumé' },
        { id: 'https://x/2', title: 'Deux' },
      ],
    })
    const v11 = JSON.parse(jsonFeed11(v10, 'fr'))
    expect(v11).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Fiches',
      language: 'fr',
      authors: [{ name: 'RTES' }],
      items: [
        { id: 'https://x/1', url: 'https://x/1', title: 'Une', content_text: 'Résumé' },
        { id: 'https://x/2', title: 'Deux', content_text: '' },
      ],
    })
    expect(JSON.parse(jsonFeed11(JSON.stringify({ version: '1', items: [] }), 'en'))).not.toHaveProperty('authors')
  })
})
