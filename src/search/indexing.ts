/**
 * Keeping the search index in step with the content: after every create, update, publish, unpublish and
 * delete of a searched collection, the document's entries are replaced in the change's own transaction
 * (a rolled-back change leaves the index as it was). The entries hold what the collection itself holds,
 * i.e. the published version (a draft saved over a published document changes nothing there), drafts
 * and members-only documents included: the search reads results with the caller's access (./run.ts).
 */
import {
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionConfig,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { type SearchedCollection, searchedSlugs, searchTextFields } from './collections'
import { type IndexEntry, searchStore } from './store'
import { indexText, lexicalText } from './text'

type Doc = Record<string, unknown>

/** `select` for `title` and the collection's text fields (dotted names into groups). */
function selectOf(fields: string[]): Record<string, unknown> {
  const select: Record<string, unknown> = { title: true }
  for (const path of fields) {
    const [first, second] = path.split('.') as [string, string?]
    select[first] = second ? { ...(select[first] as object), [second]: true } : true
  }
  return select
}

/** A field of a document read with `locale: 'all'`, in one language (falling back to the default one). */
function valueIn(doc: Doc, path: string, locale: string, locales: string[], defaultLocale: string): unknown {
  let value: unknown = doc
  for (const key of path.split('.')) value = value !== null && typeof value === 'object' ? (value as Doc)[key] : undefined
  const perLocale =
    value !== null && typeof value === 'object' && !('root' in value) && Object.keys(value).every((key) => locales.includes(key))
  if (!perLocale) return value
  const localized = value as Record<string, unknown>
  return localized[locale] ?? localized[defaultLocale]
}

const textOf = (value: unknown): string => (typeof value === 'string' ? value : lexicalText(value))

/** The index entries of a document as stored, one per language with any text. */
export async function entriesOf(req: PayloadRequest, slug: SearchedCollection, id: string): Promise<IndexEntry[]> {
  const fields = searchTextFields(req.payload.collections[slug].config) ?? []
  const doc = (await req.payload.findByID({
    collection: slug,
    id,
    locale: 'all',
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    select: selectOf(fields),
    req,
  })) as Doc | null
  if (!doc) return []
  const localization = req.payload.config.localization
  const locales = localization ? localization.localeCodes : ['fr']
  const defaultLocale = localization ? localization.defaultLocale : 'fr'
  return locales.flatMap((locale) => {
    const title = indexText(textOf(valueIn(doc, 'title', locale, locales, defaultLocale)))
    const body = indexText(fields.map((path) => textOf(valueIn(doc, path, locale, locales, defaultLocale))).join(' '))
    return title || body ? [{ collection: slug, document: id, locale, title, body }] : []
  })
}

const indexAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (!searchTextFields(collection)) return doc
  const id = String(doc.id)
  await searchStore(req.payload).replace(req, collection.slug, id, await entriesOf(req, collection.slug, id))
  return doc
}

const unindexAfterDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  if (searchTextFields(collection)) await searchStore(req.payload).replace(req, collection.slug, String(id), [])
}

/** Adds the index hooks to the searched collections. */
export function withSearchIndex(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) =>
    searchTextFields(collection)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), indexAfterChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), unindexAfterDelete],
          },
        }
      : collection,
  )
}

/** Pages read at a time when building the index from the content. */
const REBUILD_PAGE = 100

/** Runs `work` in a transaction of its own (the database's write queue orders it with every other write). */
async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const own = await initTransaction(req)
  try {
    const result = await work()
    if (own) await commitTransaction(req)
    return result
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}

/**
 * At start (`onInit`): creates the index when missing and, when it was, fills it from the content (a
 * database that predates the index, or a fresh one), a page of documents per transaction.
 */
export async function ensureSearchIndex(payload: Payload): Promise<void> {
  const store = searchStore(payload)
  const local = () => createLocalReq({}, payload)
  const created = await local().then((req) => inTransaction(req, () => store.ensure(req)))
  if (!created) return
  let indexed = 0
  for (const slug of searchedSlugs(payload.config)) {
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.find({
        collection: slug,
        depth: 0,
        limit: REBUILD_PAGE,
        page,
        overrideAccess: true,
        select: {},
      })
      const req = await local()
      await inTransaction(req, async () => {
        for (const { id } of docs) await store.replace(req, slug, String(id), await entriesOf(req, slug, String(id)))
      })
      indexed += docs.length
      if (!hasNextPage) break
    }
  }
  if (indexed) payload.logger.info(`search: index built from ${indexed} documents`)
}
