/**
 * A partner's script, written from src/sdk/README.md alone: type-checked in strict mode against the
 * packed @rtes/sdk, then run against the live server by test/sdk/consumer.live.test.ts. The
 * `typeChecks*` functions are never called: each `@ts-expect-error` line must fail type-checking, and
 * every other line must pass, as the SDK's types promise.
 */
import {
  COLLECTIONS,
  type CollectionName,
  constructWebhookEvent,
  createClient,
  type DocumentAtDepth,
  type Fiche,
  imageSources,
  imageUrl,
  isRtesApiError,
  isRtesError,
  isRtesGraphQLError,
  isRtesNetworkError,
  isRtesTimeoutError,
  isRtesWebhookError,
  type ListParams,
  type Page,
  type PressArticle,
  renderRichText,
  type RetryOptions,
  type SearchResult,
  type Territory,
  type Theme,
  type WebhookEvent,
  type WhereOf,
} from '@rtes/sdk'

// No @types/node here: the SDK must not need them. The test passes the server's address.
declare const process: { env: Record<string, string | undefined> }

const retry: RetryOptions = { limit: 3, backoffMs: 200 }
const rtes = createClient({
  baseUrl: process.env.RTES_URL ?? 'http://localhost:3000',
  apiKey: process.env.RTES_API_KEY,
  locale: 'fr',
  timeoutMs: 15_000,
  retry,
})

// The README's quick start: the fiches filed under a region or under one of its territories.
const region: Territory | null = await rtes.territories.bySlug('ile-de-france', { depth: 0 })
const regionalFiches = region
  ? await rtes.fiches.list({
      where: { or: [{ territories: { in: [region.id] } }, { 'territories.parent': { equals: region.id } }] },
      sort: '-firstPublishedAt',
      limit: 12,
      depth: 1,
    })
  : undefined
const regionalTitles = regionalFiches?.docs.map((fiche) => `${fiche.title} (${fiche.territories?.map((t) => t.name).join(', ')})`)

const themes = await rtes.themes.list({ sort: 'title', limit: 100, select: { title: true, slug: true } })
const titles: string[] = themes.docs.map((theme) => theme.title)
const theme: Theme | null = await rtes.themes.bySlug(themes.docs[0]!.slug)
const where: WhereOf<'fiches'> = { themes: { in: [theme!.id] } }
// `satisfies` keeps the literal, so the documents are typed by `depth: 0`.
const ficheParams = { where, limit: 2, depth: 0 } satisfies ListParams<'fiches'>
const fiches: DocumentAtDepth<'fiches', 0>[] = []
for await (const fiche of rtes.fiches.iterate(ficheParams)) fiches.push(fiche)
const ficheCount = await rtes.fiches.count({ where })
const firstTitle: string | undefined = fiches[0]?.title

const press: Pick<PressArticle, 'id' | 'slug' | 'title'>[] = (
  await rtes.pressArticles.list({ sort: '-date', limit: 3, locale: 'en', select: { slug: true, title: true } })
).docs
const noKit = await rtes.kits.bySlug('no-such-kit')

// Code over every collection: one call per resource, typed with the union of the collections.
const totals: Record<string, number> = {}
for (const name of Object.keys(COLLECTIONS) as CollectionName[]) totals[name] = (await rtes[name].list({ limit: 1, depth: 0 })).totalDocs

// Search, typed by collection.
const results = await rtes.search({ q: 'economie sociale', collections: ['fiches', 'press-articles'], limit: 5 })
const resultTitles = results.results.map((result: SearchResult) =>
  result.collection === 'fiches' ? `fiche: ${result.doc.title}` : result.doc.title,
)

// Rendered rich text from the server, and the SDK's own renderer for the JSON.
const [withBody] = (
  await rtes.fiches.list({ where: { body: { exists: true } }, limit: 1, richText: 'html', select: { title: true, body: true } })
).docs
const serverHtml: string | null | undefined = withBody?.bodyHtml
const localHtml: string = renderRichText(withBody?.body)

// GraphQL, typed by the caller; errors throw RtesGraphQLError.
const gql = await rtes.graphql<{ Themes: { docs: { slug: string }[] } }>(
  'query ($limit: Int) { Themes(limit: $limit) { docs { slug } } }',
  { limit: 1 },
)
if (gql.Themes.docs.length !== 1) throw new Error('graphql: expected one theme')
let graphQLRefused = false
try {
  await rtes.graphql('{ Themes { docs { nope } } }')
} catch (error) {
  graphQLRefused = isRtesGraphQLError(error) && error.status === 400
}
if (!graphQLRefused) throw new Error('graphql: an unknown field should throw RtesGraphQLError (400)')

let notFoundStatus = 0
try {
  await rtes.fiches.get('00000000-0000-4000-8000-000000000000')
} catch (error) {
  if (isRtesApiError(error)) notFoundStatus = error.status
  else if (isRtesTimeoutError(error) || isRtesNetworkError(error) || isRtesError(error)) throw error
}

// Never called: each `@ts-expect-error` line must fail to compile, the others must compile.
export async function typeChecksParameters(name: CollectionName): Promise<void> {
  // @ts-expect-error unknown parameter (list)
  await rtes.fiches.list({ limit: 5, sortt: 'title' })
  // @ts-expect-error unknown parameter (get)
  await rtes.fiches.get('id', { dept: 1 })
  // @ts-expect-error unknown parameter (bySlug)
  await rtes.kits.bySlug('slug', { selekt: { title: true } })
  // @ts-expect-error unknown parameter (iterate)
  rtes.themes.iterate({ limitt: 3 })
  // @ts-expect-error unknown parameter (count)
  await rtes.fiches.count({ limit: 3 })
  // @ts-expect-error unknown parameter (search)
  await rtes.search({ q: 'x', them: 'alimentation' })
  // @ts-expect-error `nope` is not a field of fiches
  await rtes.fiches.list({ where: { nope: { equals: 'x' } } })
  // @ts-expect-error `nope` is not an operator
  await rtes.fiches.list({ where: { title: { like: 'x', nope: 'y' } } })
  // @ts-expect-error `series` takes one of its options, not any string
  await rtes.fiches.list({ where: { series: { equals: 'unknown-series' } } })
  // @ts-expect-error ordering operators do not apply to relationships
  await rtes.fiches.list({ where: { kit: { greater_than: 'x' } } })
  // @ts-expect-error `nope` is not a field to select
  await rtes.fiches.list({ select: { title: true, nope: true } })
  // @ts-expect-error `de` is not a language of the API
  await rtes.themes.list({ locale: 'de' })
  // @ts-expect-error depth is 0 to 5
  await rtes.fiches.list({ depth: 9 })
  // @ts-expect-error media have no slug
  await rtes.media.bySlug('logo')
  // @ts-expect-error there is no such collection in the SDK
  void rtes.users
  // Paths the server accepts, `and` and `or` at one level, code over any collection.
  await rtes.fiches.list({ where: { 'territories.parent': { equals: 'x' }, 'kit.slug': { equals: 'y' } } })
  await rtes.fiches.count({
    where: { and: [{ number: { less_than: 10 } }], or: [{ series: { equals: 'kit' } }, { series: { equals: 'deniche' } }] },
  })
  const page = await rtes[name].list({ limit: 3, depth: 0 })
  const id: string | undefined = page.docs[0]?.id
  const same = await rtes.collection(name).count()
  void [id, same]
}

export async function typeChecksResults(): Promise<void> {
  // `select` narrows: inline, in a variable, nested.
  const inline = await rtes.fiches.list({ select: { title: true } })
  const title: string = inline.docs[0]!.title
  // @ts-expect-error `summary` was not selected
  void inline.docs[0]!.summary
  const params = { select: { title: true, slug: true } } as const
  const held = await rtes.fiches.list(params)
  // @ts-expect-error `body` was not selected (a select held in a variable)
  void held.docs[0]!.body
  const nested = await rtes.fiches.get('id', { select: { deniche: { origin: true } } })
  const origin: string | null | undefined = nested.deniche?.origin
  // @ts-expect-error `financing` was not selected (nested selection)
  void nested.deniche?.financing
  const excluded = await rtes.fiches.get('id', { select: { body: false } })
  // @ts-expect-error `body` was left out
  void excluded.body
  // A select typed as `ListParams<'fiches'>` may hold anything: every field may then be missing.
  const typed: ListParams<'fiches'> = { select: { title: true } }
  const loose = await rtes.fiches.list(typed)
  // @ts-expect-error `title` may be missing
  const looseTitle: string = loose.docs[0]!.title
  // `depth`: ids at 0, documents from 1, level by level.
  const flat = await rtes.fiches.get('id', { depth: 0 })
  const kitId: string | null | undefined = flat.kit
  // @ts-expect-error at depth 0 the kit is an id
  void flat.kit?.title
  const one = await rtes.fiches.get('id', { depth: 1 })
  const kitTitle: string | undefined = one.kit?.title
  const themeSlugs: string[] | undefined = one.themes?.map((t) => t.slug)
  // @ts-expect-error at depth 1 the kit's own themes are ids
  void one.kit?.themes?.[0]?.slug
  const two = await rtes.fiches.get('id') // the default depth, 2
  const kitThemeSlug: string | undefined = two.kit?.themes?.[0]?.slug
  // `richText: 'html'` adds the rendered HTML, typed; without it there is none.
  const html = await rtes.advocacyContributions.get('id', { richText: 'html' })
  const bodyHtml: string | null = html.bodyHtml
  // @ts-expect-error no HTML unless asked for
  void (await rtes.fiches.get('id')).bodyHtml
  // Media and their sizes.
  const media = await rtes.media.list({ limit: 1 })
  const card: string | null | undefined = media.docs[0]?.srcsets?.card.webp
  const sources: { type: string; srcset: string }[] = imageSources(media.docs[0], 'card')
  const sizeUrl: string | undefined = imageUrl(flat.documents?.[0]?.file, { kind: 'hero', width: 1280 })
  void [title, origin, looseTitle, kitId, kitTitle, themeSlugs, kitThemeSlug, bodyHtml, card, sources, sizeUrl]
}

export async function typeChecksWebhooksAndErrors(request: Request): Promise<Response> {
  try {
    const event: WebhookEvent = await constructWebhookEvent(await request.text(), request.headers, 'secret-0123456789abcdef')
    if (event.collection === 'fiches' && (event.event === 'publish' || event.event === 'update') && 'doc' in event) {
      const fiche: Fiche = event.doc
      void fiche.title
    }
    // @ts-expect-error `doc` is not there for every event
    void event.doc
    return new Response(null, { status: 204 })
  } catch (error) {
    if (isRtesWebhookError(error)) return new Response(error.message, { status: 401 })
    if (isRtesApiError(error) && error.status === 429) {
      const wait: number | undefined = error.retryAfterMs
      return new Response(null, { status: 503, headers: { 'Retry-After': String(Math.ceil((wait ?? 1000) / 1000)) } })
    }
    throw error
  }
}

const media = await rtes.media.list({ limit: 1 })
const page: Page<unknown> = media

console.log(
  JSON.stringify({
    collections: Object.keys(COLLECTIONS),
    totals,
    region: region?.slug ?? null,
    regionalFiches: regionalFiches?.totalDocs ?? null,
    regionalTitles,
    themes: titles.length,
    theme: theme?.slug,
    fiches: fiches.length,
    ficheKitIsId: fiches.every((fiche) => fiche.kit === undefined || fiche.kit === null || typeof fiche.kit === 'string'),
    ficheCount,
    firstTitle,
    press: press.map((article) => article.slug),
    noKit,
    notFoundStatus,
    searchTotal: results.totalResults,
    resultTitles,
    serverHtml: serverHtml ?? null,
    localHtml,
    mediaPage: page.totalDocs,
  }),
)
