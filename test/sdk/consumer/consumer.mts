/**
 * A partner's script, written from src/sdk/README.md alone: type-checked in strict mode against the
 * packed @rtes/sdk, then run against the live server by test/sdk/consumer.live.test.ts.
 */
import {
  COLLECTIONS,
  createClient,
  type Fiche,
  isRtesApiError,
  isRtesError,
  isRtesNetworkError,
  isRtesTimeoutError,
  type ListParams,
  type Page,
  type PressArticle,
  type RetryOptions,
  type Territory,
  type Theme,
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

// A CRESS site: the fiches filed under its region, the fiches of a theme, and the latest press.
const regions: Page<Territory> = await rtes.territories.list({ where: { kind: { equals: 'region' } }, limit: 100 })
const region = regions.docs[0]
const regionalFiches = region
  ? await rtes.fiches.list({ where: { territories: { in: [region.id] } }, sort: '-firstPublishedAt', limit: 10, depth: 0 })
  : undefined

const themes = await rtes.themes.list({ sort: 'title', limit: 100, select: { title: true, slug: true } })
const titles: string[] = themes.docs.map((theme) => theme.title)
const theme: Theme | null = await rtes.themes.bySlug(themes.docs[0]!.slug!)
const where: WhereOf<'fiches'> = { themes: { in: [theme!.id] } }
const ficheParams: ListParams<'fiches'> = { where, limit: 2, depth: 1 }
const fiches: Fiche[] = []
for await (const fiche of rtes.fiches.iterate(ficheParams)) fiches.push(fiche)
const ficheCount = await rtes.fiches.count({ where })
const firstTitle: string | undefined = fiches[0]?.title

const press: PressArticle[] = (await rtes.pressArticles.list({ sort: '-date', limit: 3, locale: 'en' })).docs
const noKit = await rtes.kits.bySlug('no-such-kit')

let notFoundStatus = 0
try {
  await rtes.fiches.get('00000000-0000-4000-8000-000000000000')
} catch (error) {
  if (isRtesApiError(error)) notFoundStatus = error.status
  else if (isRtesTimeoutError(error) || isRtesNetworkError(error) || isRtesError(error)) throw error
}

// Never called: these lines only have to fail type-checking, as the SDK's types promise.
export function typeChecks(): void {
  // @ts-expect-error `nope` is not a field of fiches
  void rtes.fiches.list({ where: { nope: { equals: 1 } } })
  // @ts-expect-error `series` takes one of its options, not any string
  void rtes.fiches.list({ where: { series: { equals: 'unknown-series' } } })
  // @ts-expect-error `de` is not a language of the API
  void rtes.themes.list({ locale: 'de' })
  // @ts-expect-error `select` narrows the documents: `summary` was not selected
  void rtes.fiches.list({ select: { title: true } }).then((page) => page.docs[0]?.summary)
  // @ts-expect-error there is no such collection in the SDK
  void rtes.users
}

console.log(
  JSON.stringify({
    collections: Object.keys(COLLECTIONS),
    region: region?.slug ?? null,
    regionalFiches: regionalFiches?.totalDocs ?? null,
    themes: titles.length,
    theme: theme?.slug,
    fiches: fiches.length,
    ficheCount,
    firstTitle,
    press: press.map((article) => article.slug),
    noKit,
    notFoundStatus,
  }),
)
