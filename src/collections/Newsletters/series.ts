/**
 * The newsletters RTES sends (2021 activity report): a monthly "lettre électronique" (~6,800 recipients), the
 * members-only "Flash hebdo" (three a month) and a quarterly "Politique de la ville & ESS" (~1,900).
 */
export const SERIES = {
  'lettre-electronique': { fr: 'Lettre électronique', en: 'Newsletter' },
  'flash-hebdo': { fr: 'Flash hebdo', en: 'Weekly flash' },
  'politique-de-la-ville': { fr: 'Politique de la ville & ESS', en: 'Urban policy & SSE' },
} as const

export type Series = keyof typeof SERIES

/** Series reserved to member local authorities (and editors), on every channel. */
export const MEMBERS_ONLY_SERIES: readonly Series[] = ['flash-hebdo']

export const isSeries = (value: unknown): value is Series => typeof value === 'string' && Object.hasOwn(SERIES, value)

/** Most items in one issue (a prefilled issue stops there too): an email longer than this is not read. */
export const MAX_ITEMS = 60
