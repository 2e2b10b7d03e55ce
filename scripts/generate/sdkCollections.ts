/**
 * `src/sdk/src/collections.ts`, the SDK's one table of collections (SDK name → API slug → schema name) and
 * the named document types, written from the collection registry (`custom.rtes`, src/plugin/registry.ts) by
 * `npm run generate`. The SDK stays self-contained: the file imports nothing from the server code.
 */
import type { RegistryEntry } from '../../src/plugin/registry'

export const SDK_COLLECTIONS_FILE = 'src/sdk/src/collections.ts'

/**
 * Resources and types follow the sync order (what a mirror walks first), then the other public
 * collections in the config's order.
 */
export function renderSdkCollections(registry: RegistryEntry[]): string {
  const ordered = [
    ...registry.filter((entry) => entry.sync).sort((a, b) => a.sync!.order - b.sync!.order),
    ...registry.filter((entry) => !entry.sync),
  ]
  const table = ordered.flatMap(({ sdk, slug, schema }) => (sdk ? [`  ${key(sdk)}: { slug: '${slug}', schema: '${schema}' },`] : []))
  const documents = ordered
    .filter((entry) => !entry.internal)
    .map(({ sdk, slug, schema }) => `export type ${schema} = ${sdk ? `DocumentOf<'${slug}'>` : `SchemaOf<'${schema}'>`}`)
  return `// Generated from the collection registry (\`custom.rtes\` of each collection, src/plugin/registry.ts).
// Do not edit: run \`npm run generate\` (or \`npm run generate -- --only=sdk-collections\`).
/**
 * The one table of the collections partners read: SDK name → API slug → schema name (the OpenAPI
 * component, also the TypeScript interface). Every resource (\`client.fiches\`, \`client.media\`…), every
 * collection type (\`DocumentOf<'fiches'>\`, \`WhereOf<'kits'>\`…) and the named document types below are
 * derived from it.
 */
import type { components } from './schema.js'

export const COLLECTIONS = {
${table.join('\n')}
} as const

export type CollectionTable = typeof COLLECTIONS
/** An SDK resource name: \`fiches\`, \`pressArticles\`, \`media\`… */
export type CollectionName = keyof CollectionTable
/** An API slug: \`fiches\`, \`press-articles\`, \`media\`… */
export type CollectionSlug = CollectionTable[CollectionName]['slug']
/** The SDK name of a slug (\`'press-articles'\` → \`'pressArticles'\`). */
export type NameOf<Slug extends CollectionSlug> = {
  [Name in CollectionName]: CollectionTable[Name]['slug'] extends Slug ? Name : never
}[CollectionName]
/** The schema name of a slug (\`'press-articles'\` → \`'PressArticle'\`). */
export type SchemaNameOf<Slug extends CollectionSlug> = CollectionTable[NameOf<Slug>]['schema']

type Schemas = components['schemas']
/** The component schema called \`Name\` (e.g. \`SchemaOf<'Fiche'>\`), or \`never\` when there is none. */
export type SchemaOf<Name extends string> = Name extends keyof Schemas ? Schemas[Name] : never
/** The document type of a collection, as the API returns it at its default depth (\`DocumentOf<'fiches'>\`). */
export type DocumentOf<Slug extends CollectionSlug> = SchemaOf<SchemaNameOf<Slug>>

// Document types, by the names partners know.
${documents.join('\n')}
`
}

/** An object key as written in TypeScript (quoted unless it is an identifier). */
const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`)
