import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { isEditor } from '../access/roles'
import { proposer } from './access'
import type { ReviewStatus } from './fields'

/** A 403 whose message reaches the caller. */
const refused = (message: string) => new APIError(message, 403, undefined, true)

/**
 * Members' saves never publish and always write the document itself: Payload's `draft=true` saves only a
 * version (the member, who reads the document, would not see its own change) and its publishing flags
 * (`publishSpecificLocale`, `publishAllLocales`) are editors' business. Editors' saves of a proposal that
 * is not published write the document too, so the member reads the review status and comment they set
 * (a draft save of a never-published document changes nothing readers may see).
 */
export const proposalSavesWriteTheDocument: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const next = args as typeof args & { draft?: boolean; id?: number | string; publishSpecificLocale?: string; publishAllLocales?: boolean }
  if (proposer(req)) {
    if (next.publishSpecificLocale || next.publishAllLocales) throw refused('Un membre ne peut pas publier (members cannot publish).')
    return { ...next, draft: false }
  }
  if (operation === 'update' && next.draft && next.id !== undefined && isEditor(req)) {
    const doc = (await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: next.id } }, req })) as {
      proposedBy?: unknown
      _status?: string
    } | null
    if (doc?.proposedBy && doc._status !== 'published') return { ...next, draft: false }
  }
  return args
}

const statusOf = (doc: unknown): ReviewStatus | undefined => (doc as { reviewStatus?: ReviewStatus } | undefined)?.reviewStatus ?? undefined

/**
 * The review workflow, on every save (REST, GraphQL, Local API as a user):
 * - a member's save is a draft, proposed by that member, for its authority (added to `territories`);
 *   it may only be kept as a draft (or returned, as it was) or submitted; submitting stamps `submittedAt`;
 * - an editor returning a proposal must say why (`reviewComment`); accepting it publishes it, and
 *   publishing a proposal accepts it.
 */
export const reviewProposal: CollectionBeforeChangeHook = ({ collection, data, originalDoc, operation, req }) => {
  const member = proposer(req)
  const before = statusOf(originalDoc)
  if (member) {
    const status = statusOf(data) ?? 'draft'
    if (status !== 'draft' && status !== 'submitted' && status !== before) {
      throw refused(
        `Un membre peut enregistrer sa proposition en brouillon ou la soumettre, pas la passer en « ${status} » (members may only save a draft or submit).`,
      )
    }
    if (operation === 'create' && !member.authority)
      throw refused('Ce compte n’est rattaché à aucune collectivité (this account has no authority).')
    const territories: unknown[] = Array.isArray(data.territories) ? data.territories : []
    const ids = territories.map((t) => (t && typeof t === 'object' ? (t as { id?: unknown }).id : t))
    return {
      ...data,
      _status: 'draft',
      proposedBy: operation === 'create' ? member.id : (originalDoc as { proposedBy?: unknown }).proposedBy,
      reviewStatus: status,
      submittedAt: status === 'submitted' && before !== 'submitted' ? new Date().toISOString() : data.submittedAt,
      territories:
        operation === 'create' && member.authority && !ids.map(String).includes(member.authority)
          ? [...ids, member.authority]
          : data.territories,
    }
  }
  if (!data.proposedBy) return data
  let status = statusOf(data)
  if (status === 'returned' && !String(data.reviewComment ?? '').trim()) {
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [
          {
            path: 'reviewComment',
            message: 'Dites au membre pourquoi sa proposition est renvoyée (a comment is required to return a proposal).',
          },
        ],
        req,
      },
      req.t,
    )
  }
  if (data._status === 'published') status = 'accepted'
  return { ...data, reviewStatus: status, ...(status === 'accepted' && before !== 'accepted' ? { _status: 'published' } : {}) }
}
