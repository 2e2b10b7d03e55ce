/**
 * Who may read a synced document right after a change, recorded on its change-log row (`audience`) so
 * that `/api/sync` only sends tombstones for documents a caller could once read (src/sync/page.ts).
 */
import { type CollectionSlug, isolateObjectProperty, type PayloadRequest } from 'payload'

import { standIn } from '../access/roles'
import type { Audience } from './tokens'

/** Enough of a member account for read access rules, which look at the role only. */
const MEMBER = standIn('member')

/** The widest audience that reads the document now, in `req`'s transaction: public ⊂ members ⊂ editors. */
export async function readersOf(req: PayloadRequest, collection: CollectionSlug, id: string): Promise<Audience> {
  if (await readableBy(req, collection, id, null)) return 'public'
  if (await readableBy(req, collection, id, MEMBER)) return 'members'
  return 'editors'
}

/** The collection's own read access, evaluated for `user`, applied to this one document. */
async function readableBy(req: PayloadRequest, collection: CollectionSlug, id: string, user: PayloadRequest['user']): Promise<boolean> {
  const asUser = isolateObjectProperty(req, 'user')
  asUser.user = user
  const access = await req.payload.collections[collection].config.access.read({ req: asUser, id })
  if (typeof access === 'boolean') return access
  const { totalDocs } = await req.payload.count({ collection, where: { and: [{ id: { equals: id } }, access] }, overrideAccess: true, req })
  return totalDocs > 0
}
