import slugify from '@sindresorhus/slugify'
import type { CollectionSlug, Field, FieldHook, PayloadRequest } from 'payload'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const FOLDING = { customReplacements: [['&', ' ']] as [string, string][], decamelize: false }

/** "Économie sociale & solidaire" → "economie-sociale-solidaire" (accents folded, "&" dropped). */
export const toSlug = (text: string): string => slugify(text, FOLDING)

/** Longest slug: real titles gave slugs of up to 214 characters, too long for an address. */
export const SLUG_MAX_LENGTH = 80

/**
 * `slug` cut to `max` characters on a word boundary (a hyphen), never mid-word unless its first word alone
 * is longer than `max`.
 */
export function capSlug(slug: string, max = SLUG_MAX_LENGTH): string {
  if (slug.length <= max) return slug
  const cut = slug.slice(0, max + 1)
  const boundary = cut.lastIndexOf('-')
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/, '')
}

/** How many numbered variants (`-2`…) are tried in one query before falling back to a random suffix. */
const SUFFIX_TRIES = 50

/**
 * `base`, or the first of `base-2`, `base-3`… that no other document of the collection uses (drafts and
 * trashed documents included: the unique index covers them), read in the change's transaction.
 */
export async function uniqueSlug(req: PayloadRequest, collection: CollectionSlug, base: string, id?: number | string): Promise<string> {
  const candidates = [base]
  for (let n = 2; n <= SUFFIX_TRIES; n++) candidates.push(`${capSlug(base, SLUG_MAX_LENGTH - String(n).length - 1)}-${n}`)
  const { docs } = await req.payload.find({
    collection,
    where: { and: [{ slug: { in: candidates } }, ...(id === undefined ? [] : [{ id: { not_equals: id } }])] },
    select: { slug: true } as never,
    depth: 0,
    limit: candidates.length,
    pagination: false,
    overrideAccess: true,
    trash: true,
    req,
  })
  const taken = new Set(docs.map((doc) => (doc as { slug?: string }).slug))
  return (
    candidates.find((candidate) => !taken.has(candidate)) ??
    `${capSlug(base, SLUG_MAX_LENGTH - 9)}-${Math.random().toString(36).slice(2, 10)}`
  )
}

/**
 * The same folding with spaces, for accent- and case-insensitive search: "Économie circulaire" →
 * "economie circulaire" (see src/fields/search.ts).
 */
export const foldText = (text: string): string => slugify(text, { ...FOLDING, separator: ' ' })

/**
 * A unique, editable slug filled from `source` (usually the title) when left empty. Not localized: a
 * document keeps one address whatever the language. A filled-in slug gets `-2`, `-3`… when another
 * document has it (a new kit edition with the same title needs no hand-made slug); a typed slug that is
 * taken is refused instead (the editor chose it). New slugs are capped at SLUG_MAX_LENGTH characters, cut
 * on a word boundary; a slug already saved is kept as it is.
 */
export function slugField(source = 'title'): Field {
  const fillFromSource: FieldHook = async ({ value, data, siblingData, originalDoc, collection, req }) => {
    const saved = (originalDoc as { slug?: unknown } | undefined)?.slug
    if (typeof value === 'string' && value.trim()) {
      if (value === saved) return value
      // Input that folds to nothing ("---") is kept, so the error says what a slug may contain.
      const typed = toSlug(value)
      return typed ? capSlug(typed) : value
    }
    const text = siblingData?.[source] ?? data?.[source]
    if (typeof text !== 'string' || !text.trim()) return value
    const base = capSlug(toSlug(text))
    if (!base || !collection) return base || value
    return uniqueSlug(req, collection.slug, base, (originalDoc as { id?: number | string } | undefined)?.id)
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
