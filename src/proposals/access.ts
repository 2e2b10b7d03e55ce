/**
 * Who reads and writes member proposals (src/proposals/index.ts), as query constraints: a member account
 * reads what is published plus its own proposals, and edits or deletes its own proposals only while they
 * are a draft or returned, never once submitted, accepted or published. Editors keep every right.
 */
import type { Access, PayloadRequest, Where } from 'payload'

import { hasRole, isEditor } from '../access/roles'
import { settingsOf } from '../plugin/options'
import { relationId } from '../utilities/relationId'

/** Review states a member may still edit (and delete) a proposal in. */
export const EDITABLE_BY_PROPOSER = ['draft', 'returned'] as const

/**
 * The request's member account, when it is a real account of the plugin's users collection (not a stand-in
 * evaluating access "as a member" for sync, src/access/roles.ts).
 */
export function proposer(req: Pick<PayloadRequest, 'payload' | 'user'>): { id: string; authority?: string } | undefined {
  const user = req.user
  if (!user || !hasRole(req, 'member') || user.collection !== settingsOf(req.payload.config).usersSlug) return undefined
  return { id: String(user.id), authority: relationId((user as { authority?: unknown }).authority) }
}

/** The member's own proposals, or undefined for anyone else. */
export const ownProposals = (req: Pick<PayloadRequest, 'payload' | 'user'>): Where | undefined => {
  const member = proposer(req)
  return member ? { proposedBy: { equals: member.id } } : undefined
}

/** `read` widened with the member's own proposals (whatever their status). */
export const orOwnProposals =
  (read: Access): Access =>
  async (args) => {
    const base = await read(args)
    const own = ownProposals(args.req)
    if (base === true || !own) return base
    return base === false ? own : { or: [base, own] }
  }

/** Editors; members attached to an authority (the account's `authority`, set by editors). */
export const editorsOrAttachedMembers: Access = ({ req }) => isEditor(req) || Boolean(proposer(req)?.authority)

/** Editors; a member its own proposals while they are a draft or returned, and not published. */
export const editorsOrProposerWhileEditable: Access = ({ req }) => {
  if (isEditor(req)) return true
  const own = ownProposals(req)
  if (!own) return false
  return { and: [own, { reviewStatus: { in: [...EDITABLE_BY_PROPOSER] } }, { _status: { not_equals: 'published' } }] }
}

/** Field read access: editors, and the proposer on its own proposal. */
export const editorsOrProposerField = ({ req, doc }: { req: PayloadRequest; doc?: Record<string, unknown> }): boolean =>
  isEditor(req) || (proposer(req) !== undefined && relationId(doc?.proposedBy) === proposer(req)!.id)
