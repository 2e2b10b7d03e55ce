/**
 * The collections the plugin adds, in the order the admin lists them and sync snapshots, the SDK table and
 * the OpenAPI spec follow. Each declares what the rest of the code base needs to know in its `custom.rtes`
 * (src/plugin/registry.ts): a new collection is its folder, one line here and `npm run generate`.
 */
import type { CollectionConfig } from 'payload'

import { AdvocacyContributions } from '../collections/AdvocacyContributions'
import { Changes } from '../collections/Changes'
import { DownloadCounts } from '../collections/DownloadCounts'
import { Events } from '../collections/Events'
import { Fiches } from '../collections/Fiches'
import { Interviews } from '../collections/Interviews'
import { Kits } from '../collections/Kits'
import { mediaCollection } from '../collections/Media'
import { News } from '../collections/News'
import { newslettersCollection } from '../collections/Newsletters'
import { Partners } from '../collections/Partners'
import { People } from '../collections/People'
import { PressArticles } from '../collections/PressArticles'
import { Territories } from '../collections/Territories'
import { Themes } from '../collections/Themes'
import { usersCollection } from '../collections/Users'
import { WebhookDeliveries } from '../collections/WebhookDeliveries'
import { webhooksCollection } from '../collections/Webhooks'
import { withProposals } from '../proposals'
import type { RtesSettings } from './options'
import { newsletterCollections, syncedCollections } from './registry'

/**
 * The plugin's collections; webhooks may follow the synced ones, and newsletter issues pick items from the
 * collections flagged for newsletters, the host's registered collections included.
 */
export function hubCollections(settings: RtesSettings, hostCollections: CollectionConfig[]): CollectionConfig[] {
  // Members propose news and agenda events for their authority (src/proposals), with the plugin's own accounts.
  const proposable = (collection: CollectionConfig) => (settings.usersSlug ? withProposals(collection, settings.usersSlug) : collection)
  const editorial = [
    Fiches,
    Kits,
    PressArticles,
    AdvocacyContributions,
    proposable(Events),
    proposable(News),
    Interviews,
    Partners,
    People,
    Themes,
    Territories,
    mediaCollection({ staticDir: settings.mediaDir }),
  ]
  const content = [...editorial, newslettersCollection(newsletterCollections({ collections: [...hostCollections, ...editorial] }))]
  const followed = syncedCollections({ collections: [...hostCollections, ...content] })
  return [
    ...content,
    ...(settings.usersSlug ? [usersCollection({ slug: settings.usersSlug })] : []),
    webhooksCollection(followed),
    WebhookDeliveries,
    Changes,
    DownloadCounts,
  ]
}
