import type { CollectionConfig, Where } from 'payload'

import { readPublished } from '../access/content'
import { editors } from '../access/roles'

/**
 * What every editorial collection shares: drafts with scheduled publishing (run by Payload's jobs
 * queue, see payload.config.ts), a version history, editors writing, and read access as a query
 * constraint (published, and public unless the reader is a member or an editor).
 */
export const editorialDefaults = ({ visibility = true, publicOnly }: { visibility?: boolean; publicOnly?: Where } = {}): Pick<
  CollectionConfig,
  'access' | 'versions'
> => ({
  versions: {
    // The scheduling drawer's time list: 24-hour clock, quarter hours (the time zone: src/admin).
    drafts: { schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 15 } },
    maxPerDoc: 50,
  },
  access: {
    read: readPublished({ visibility, publicOnly }),
    readVersions: editors,
    create: editors,
    update: editors,
    delete: editors,
  },
})

/**
 * Indexes that serve the public lists, newest first by `dateField` (Payload adds `createdAt` as the
 * tie-breaker of every sort): members filter on `_status`, anonymous readers and partners on `_status`
 * and `visibility`. With these, a page and its count read the index instead of sorting every published
 * row (measured in BENCHMARKS.md); collection `indexes` apply to MongoDB as well.
 */
export const publicListIndexes = (dateField: string, { visibility = true } = {}): NonNullable<CollectionConfig['indexes']> => [
  { fields: ['_status', dateField, 'createdAt'] },
  ...(visibility ? [{ fields: ['_status', 'visibility', dateField, 'createdAt'] }] : []),
]

/** Reference data (themes, territories): anyone reads, editors write. */
export const referenceAccess: CollectionConfig['access'] = {
  read: () => true,
  create: editors,
  update: editors,
  delete: editors,
}

export const GROUPS = {
  content: { fr: 'Contenus', en: 'Content' },
  network: { fr: 'Réseau', en: 'Network' },
  reference: { fr: 'Référentiels', en: 'Reference data' },
  media: { fr: 'Médias', en: 'Media' },
  admin: { fr: 'Administration', en: 'Administration' },
}
