/** Slugs and accent-insensitive search text (src/fields/slug.ts). */
import { describe, expect, it } from 'vitest'

import { foldText, toSlug } from '../../src/fields/slug'

describe('toSlug', () => {
  it.each([
    ['Économie sociale & solidaire', 'economie-sociale-solidaire'],
    ['  Marchés publics : l’achat responsable  ', 'marches-publics-l-achat-responsable'],
    ['Kit RégionalESS 2021', 'kit-regionaless-2021'],
    ['Œuvres — Ça déménage !', 'oeuvres-ca-demenage'],
    ['---', ''],
  ])('%s → %s', (text, slug) => {
    expect(toSlug(text)).toBe(slug)
  })
})

describe('foldText', () => {
  it('folds accents and case, keeps words apart with spaces', () => {
    expect(foldText('Économie circulaire')).toBe('economie circulaire')
    expect(foldText('ÉCONOMIE  Circulaire & Territoires')).toBe('economie circulaire territoires')
    expect(foldText('economie circulaire')).toBe(foldText('Économie Circulaire'))
  })
})
