/**
 * The change log's subscription to content changes (src/events/contentChanges.ts): every create, update
 * and delete of a synced collection is a row of `sync-changes` (src/sync/log.ts), with who may read the
 * document after the change (src/sync/audience.ts). Seeding included, so a reset reaches mirrors as
 * tombstones.
 */
import type { ContentChangeSubscriber } from '../events/contentChanges'
import { readersOf } from './audience'
import { recordChange } from './log'

export const changeLog: ContentChangeSubscriber = {
  after: async (req, { collection, id, operation }) => {
    const audience = operation === 'delete' ? null : await readersOf(req, collection, String(id))
    await recordChange(req, collection, String(id), operation, audience)
  },
}
