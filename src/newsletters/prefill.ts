/**
 * What a new issue of a newsletter series is prefilled with: the documents published since the previous
 * issue, in the collections the registry flags for newsletters (`custom.rtes.newsletter`), read as the
 * series' readers read them (a member for the Flash hebdo, an anonymous reader otherwise), so a public
 * letter is never prefilled with members-only content. Used by "Préparer le prochain numéro"
 * (src/collections/Newsletters/draftNext.ts) and the seed.
 */
import type { CollectionSlug, Payload, Where } from 'payload'

import { standIn } from '../access/roles'
import { MAX_ITEMS, MEMBERS_ONLY_SERIES, type Series } from '../collections/Newsletters/series'
import { newsletterCollections } from '../plugin/registry'

/** At most this many documents per collection (section) in a prefilled issue: editors pick from them. */
export const PREFILL_PER_SECTION = 20

export interface IssueItem {
  doc: { relationTo: CollectionSlug; value: string | number }
}

/**
 * Published documents whose newsletter date is after `after` (exclusive; none: every one) and not after
 * `until` (none: no bound, so upcoming events come in), section by section in registry order, each section
 * oldest first; at most PREFILL_PER_SECTION per section and MAX_ITEMS in all.
 */
export async function publishedBetween(
  payload: Payload,
  series: Series,
  { after, until }: { after?: string | null; until?: string | null },
): Promise<IssueItem[]> {
  const user = MEMBERS_ONLY_SERIES.includes(series) ? standIn('member') : null
  const items: IssueItem[] = []
  for (const { slug, newsletter } of newsletterCollections(payload.config)) {
    const conditions: Where[] = [{ _status: { equals: 'published' } }, { [newsletter.date]: { exists: true } }]
    if (after) conditions.push({ [newsletter.date]: { greater_than: after } })
    if (until) conditions.push({ [newsletter.date]: { less_than_equal: until } })
    const { docs } = await payload.find({
      collection: slug,
      where: { and: conditions },
      sort: [newsletter.date, 'createdAt'],
      limit: PREFILL_PER_SECTION,
      depth: 0,
      draft: false,
      overrideAccess: false,
      // A reader of the series, not the editor asking (a request of its own: passing the editor's would change its user).
      user,
      select: {},
    })
    for (const doc of docs) items.push({ doc: { relationTo: slug, value: doc.id } })
  }
  return items.slice(0, MAX_ITEMS)
}
