import type { CollectionBeforeOperationHook, CollectionConfig, CollectionSlug, Field, FieldHook, PayloadRequest, Where } from 'payload'

import { foldText } from './slug'

export const SEARCH_FIELD = 'searchText'

/**
 * Accent-insensitive search: a collection's searchable text (`admin.listSearchableFields`, every language)
 * is folded into an indexed `searchText` ("economie circulaire" finds "Économie circulaire"). The admin's
 * list search uses it; partners query it with `where[searchText][like]=…`, folded on the way in too.
 */
export const withSearchText = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => {
    const sources = collection.admin?.listSearchableFields
    if (!sources?.length) return collection
    const localized = new Set(
      topLevelFields(collection.fields)
        .filter((field) => 'name' in field && sources.includes(field.name) && 'localized' in field && field.localized)
        .map((field) => (field as { name: string }).name),
    )
    return {
      ...collection,
      admin: { ...collection.admin, listSearchableFields: [...sources, SEARCH_FIELD] },
      fields: [...collection.fields, searchTextField(fillSearchText(collection.slug, sources, localized))],
      hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), foldSearchQuery, notePublishedLocale] },
    }
  })

const searchTextField = (fill: FieldHook): Field => ({
  name: SEARCH_FIELD,
  type: 'text',
  index: true,
  hooks: { beforeChange: [fill] },
  label: { fr: 'Texte de recherche (sans accents)', en: 'Search text (accents folded)' },
  admin: {
    hidden: true,
    description: 'Maintained automatically: the searchable fields of every language, lower-case without accents.',
  },
})

/** Fields at the top level of the data, looking through rows, collapsibles and unnamed tabs. */
function topLevelFields(fields: Field[]): Field[] {
  return fields.flatMap((field) => {
    if ('name' in field) return [field]
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab ? [] : topLevelFields(tab.fields)))
    return 'fields' in field ? topLevelFields(field.fields) : []
  })
}

/** The collection whose translation is being published alone (Payload's `publishSpecificLocale`), on `req.context`. */
const PUBLISHING_ONE_LOCALE = 'searchText:publishSpecificLocale'

const notePublishedLocale: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation === 'update' && (args as { publishSpecificLocale?: string }).publishSpecificLocale)
    req.context[PUBLISHING_ONE_LOCALE] = collection.slug
  return args
}

/**
 * Runs last among the fields, so the submitted text is there. The other languages come from the stored
 * document (`siblingDocWithLocales`: the latest version, every language), without a query; except when a
 * translation is published alone: the other languages then keep their published text (Payload merges the
 * last published version), so it is read from there, lest a draft's words be published in `searchText`.
 */
function fillSearchText(collection: string, sources: string[], localized: Set<string>): FieldHook {
  return async ({ originalDoc, req, siblingData, siblingDocWithLocales }) => {
    const others =
      req.context[PUBLISHING_ONE_LOCALE] === collection ? await publishedText(req, collection, originalDoc?.id) : siblingDocWithLocales
    const texts: unknown[] = []
    for (const name of sources) {
      const value = name in siblingData ? siblingData[name] : originalDoc?.[name]
      // With `locale=all` a localized value is an object of languages.
      texts.push(...(value && typeof value === 'object' ? Object.values(value) : [value]))
      const stored = others?.[name]
      if (localized.has(name) && stored && typeof stored === 'object') {
        for (const [locale, text] of Object.entries(stored)) if (locale !== req.locale) texts.push(text)
      }
    }
    return foldText(texts.filter((text): text is string => typeof text === 'string').join(' '))
  }
}

/**
 * The published document in every language (none if it was never published), read from the database
 * directly: the Local API would set `req.locale` to 'all' for the rest of the update.
 */
async function publishedText(req: PayloadRequest, collection: string, id: unknown): Promise<Record<string, unknown> | undefined> {
  if (id === undefined || id === null) return undefined
  const doc = await req.payload.db.findOne<{ id: string; [field: string]: unknown }>({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
    locale: 'all',
    req,
  })
  return doc?._status === 'published' ? doc : undefined
}

/** `where[searchText][like]=Économie` is folded like the stored text. */
const foldSearchQuery: CollectionBeforeOperationHook = ({ args }) => {
  const where = (args as { where?: Where }).where
  if (where) foldWhere(where)
  return args
}

function foldWhere(where: Where): void {
  for (const [key, condition] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) condition.forEach((nested) => foldWhere(nested))
    else if (key === SEARCH_FIELD && condition && typeof condition === 'object') {
      const operators = condition as Record<string, unknown>
      for (const operator of ['like', 'contains', 'equals']) {
        if (typeof operators[operator] === 'string') operators[operator] = foldText(operators[operator])
      }
    }
  }
}
