import type { CollectionBeforeOperationHook, CollectionConfig, Field, FieldHook, Where } from 'payload'

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
      fields: [...collection.fields, searchTextField(fillSearchText(sources, localized))],
      hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), foldSearchQuery] },
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

/**
 * Runs last among the fields, so the submitted text is there. The other languages come from the stored
 * document (`siblingDocWithLocales`: the latest version, every language), without a query.
 */
function fillSearchText(sources: string[], localized: Set<string>): FieldHook {
  return ({ originalDoc, req, siblingData, siblingDocWithLocales }) => {
    const texts: unknown[] = []
    for (const name of sources) {
      const value = name in siblingData ? siblingData[name] : originalDoc?.[name]
      // With `locale=all` a localized value is an object of languages.
      texts.push(...(value && typeof value === 'object' ? Object.values(value) : [value]))
      const stored = siblingDocWithLocales?.[name]
      if (localized.has(name) && stored && typeof stored === 'object') {
        for (const [locale, text] of Object.entries(stored)) if (locale !== req.locale) texts.push(text)
      }
    }
    return foldText(texts.filter((text): text is string => typeof text === 'string').join(' '))
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
