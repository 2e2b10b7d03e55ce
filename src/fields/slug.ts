import slugify from '@sindresorhus/slugify'
import type { Field, FieldHook } from 'payload'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const FOLDING = { customReplacements: [['&', ' ']] as [string, string][], decamelize: false }

/** "Économie sociale & solidaire" → "economie-sociale-solidaire" (accents folded, "&" dropped). */
export const toSlug = (text: string): string => slugify(text, FOLDING)

/**
 * The same folding with spaces, for accent- and case-insensitive search: "Économie circulaire" →
 * "economie circulaire" (see src/fields/search.ts).
 */
export const foldText = (text: string): string => slugify(text, { ...FOLDING, separator: ' ' })

/**
 * A unique, editable slug filled from `source` (usually the title) when left empty. Not localized: a
 * document keeps one address whatever the language.
 */
export function slugField(source = 'title'): Field {
  const fillFromSource: FieldHook = ({ value, data, siblingData }) => {
    // Input that folds to nothing ("---") is kept, so the error says what a slug may contain.
    if (typeof value === 'string' && value.trim()) return toSlug(value) || value
    const text = siblingData?.[source] ?? data?.[source]
    return typeof text === 'string' && text.trim() ? toSlug(text) : value
  }
  return {
    name: 'slug',
    type: 'text',
    label: { fr: 'Identifiant d’adresse (slug)', en: 'Slug' },
    unique: true,
    index: true,
    // Required in responses; on create it may be omitted (filled from the source field before validation).
    required: true,
    hooks: { beforeValidate: [fillFromSource] },
    validate: (value: unknown) =>
      typeof value === 'string' && SLUG_PATTERN.test(value)
        ? true
        : 'Le slug ne peut contenir que des lettres minuscules sans accent, des chiffres et des tirets.',
    admin: {
      position: 'sidebar',
      description: { fr: 'Rempli automatiquement à partir du titre ; modifiable.', en: 'Filled from the title; editable.' },
    },
  }
}
