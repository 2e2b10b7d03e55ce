import type { Access, Where } from 'payload'

import { hasRole, isEditor } from './roles'

const published: Where = { _status: { equals: 'published' } }
const publicOnly: Where = { visibility: { equals: 'public' } }

/**
 * Read access for content with drafts, as a query constraint so lists, counts, relationships, GraphQL
 * and feeds all filter the same way: editors read everything (drafts included); members read what is
 * published; everyone else (anonymous visitors, partner API keys) what is published and public.
 * Collections without a `visibility` field pass `{ visibility: false }`; collections that tell members-only
 * documents apart otherwise pass the constraint public documents meet (`publicOnly`, e.g. newsletters: every
 * series but the Flash hebdo).
 */
export const readPublished =
  ({ visibility = true, publicOnly: publicWhere = publicOnly }: { visibility?: boolean; publicOnly?: Where } = {}): Access =>
  ({ req }) => {
    if (isEditor(req)) return true
    if (!visibility || hasRole(req, 'member')) return published
    return { and: [published, publicWhere] }
  }

/** Read access for collections without drafts that carry a `visibility` field (media). */
export const readVisible: Access = ({ req }) => (isEditor(req) || hasRole(req, 'member') ? true : publicOnly)
