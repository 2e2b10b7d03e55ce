import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'
import { sanitizeFallbackLocale } from 'payload'

import type { RtesSettings } from './options'

type Locale = RtesSettings['locales'][number]

/**
 * Every locale falls back to the other locales, in the configured order (the default first): a document
 * written only in English reads in English in French too, never with a `null` title. The admin reads
 * without fallback, so editors still see which language is empty.
 */
export function withFallbacks(locales: RtesSettings['locales']): Array<Locale & { fallbackLocale: string[] }> {
  return locales.map((locale) => ({ ...locale, fallbackLocale: locales.map(({ code }) => code).filter((code) => code !== locale.code) }))
}

const READS = new Set(['read', 'count'])

/**
 * Payload picks a request's fallback locale before it knows the locale: a request without `?locale=`
 * (REST) or with the locale as a GraphQL argument gets the default locale as its fallback, i.e. none for
 * French. Reads whose fallback is their own locale get the locale's configured fallbacks instead; an
 * explicit `fallbackLocale` (another locale, or `none`) is left as it is.
 */
const localeOwnFallbacks: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const localization = req.payload.config.localization
  if (!localization || !READS.has(operation) || !req.locale || req.locale === 'all') return args
  if (req.fallbackLocale === req.locale) {
    req.fallbackLocale = sanitizeFallbackLocale({ fallbackLocale: null, locale: req.locale, localization })
  }
  return args
}

export const withLocaleFallbacks = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [localeOwnFallbacks, ...(collection.hooks?.beforeOperation ?? [])] },
  }))
