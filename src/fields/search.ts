import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, CollectionConfig, Field, Where } from 'payload'

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
      fields: [...collection.fields, searchTextField()],
      hooks: {
        ...collection.hooks,
        beforeOperation: [...(collection.hooks?.beforeOperation ?? []), foldSearchQuery],
        beforeChange: [...(collection.hooks?.beforeChange ?? []), fillSearchText(sources, localized)],
      },
    }
  })

const searchTextField = (): Field => ({
  name: SEARCH_FIELD,
  type: 'text',
  index: true,
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

function fillSearchText(sources: string[], localized: Set<string>): CollectionBeforeChangeHook {
  return async ({ collection, data, originalDoc, req }) => {
    const current = (name: string) => (name in data ? data[name] : originalDoc?.[name])
    const texts: unknown[] = sources.map(current)
    // The other languages' text, as last saved (drafts included): one query per write.
    if (localized.size && originalDoc?.id !== undefined && req.payload.config.localization) {
      // Same request (same transaction), but the Local API sets `req.locale` to 'all': put it back after.
      const { locale, fallbackLocale } = req
      const all = await req.payload.findByID({
        collection: collection.slug,
        id: originalDoc.id,
        locale: 'all',
        draft: true,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
        select: Object.fromEntries([...localized].map((name) => [name, true])),
      }).finally(() => Object.assign(req, { locale, fallbackLocale }))
      for (const name of localized) {
        const byLocale = (all as Record<string, unknown> | null)?.[name]
        if (byLocale && typeof byLocale === 'object') {
          for (const [other, text] of Object.entries(byLocale)) if (other !== locale) texts.push(text)
        }
      }
    }
    data[SEARCH_FIELD] = foldText(texts.filter((text): text is string => typeof text === 'string').join(' '))
    return data
  }
}

/** `where[searchText][like]=Économie` is folded like the stored text. */
const foldSearchQuery: CollectionBeforeOperationHook = ({ args }) => {
  const where = (args as { where?: Where }).where
  if (where) foldWhere(where)
  return args
}

function foldWhere(where: Where): void {
  for (const [key, condition] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) condition.forEach((nested) => foldWhere(nested as Where))
    else if (key === SEARCH_FIELD && condition && typeof condition === 'object') {
      const operators = condition as Record<string, unknown>
      for (const operator of ['like', 'contains', 'equals']) {
        if (typeof operators[operator] === 'string') operators[operator] = foldText(operators[operator] as string)
      }
    }
  }
}
