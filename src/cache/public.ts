/**
 * Collections whose documents never appear in an anonymous or partner answer: accounts (read by their
 * owner and admins only), webhook settings and deliveries, and the change log (written along with a
 * synced change). Payload's own collections (`payload-*`: jobs, preferences, locks, key-value store)
 * are never public either.
 */
const NOT_PUBLIC = new Set(['users', 'webhooks', 'webhook-deliveries', 'sync-changes'])

/** True when anonymous readers or partners may read (some) documents of `slug`. */
export const isPublicCollection = (slug: string): boolean => !NOT_PUBLIC.has(slug) && !slug.startsWith('payload-')
