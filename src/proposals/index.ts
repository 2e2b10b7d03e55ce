/**
 * Member proposals ("Actualités des territoires", agenda): a member account attached to its authority
 * (`authority` on users) creates a draft, edits it until it submits it, and reads its review status and
 * the editors' comment; it never publishes. Editors review the submitted ones (the dashboard's "À relire",
 * the list filtered on `reviewStatus`) and accept (publish) or return them with a comment. Members never
 * read other members' proposals: read access stays a query constraint (published, or proposed by me).
 */
import type { CollectionConfig } from 'payload'

import { editorsOrAttachedMembers, editorsOrProposerWhileEditable, orOwnProposals } from './access'
import { proposalFields } from './fields'
import { proposalSavesWriteTheDocument, reviewProposal } from './hooks'

export { REVIEW_STATUSES, type ReviewStatus } from './fields'

/** `collection` (an editorial collection with drafts) open to member proposals. */
export function withProposals(collection: CollectionConfig, usersSlug: string): CollectionConfig {
  const access = collection.access ?? {}
  return {
    ...collection,
    custom: { ...collection.custom, rtes: { ...collection.custom?.rtes, proposals: true } },
    access: {
      ...access,
      read: access.read ? orOwnProposals(access.read) : access.read,
      create: editorsOrAttachedMembers,
      update: editorsOrProposerWhileEditable,
      delete: editorsOrProposerWhileEditable,
    },
    admin: {
      ...collection.admin,
      defaultColumns: [...(collection.admin?.defaultColumns ?? []), 'reviewStatus'],
    },
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), proposalSavesWriteTheDocument],
      beforeChange: [...(collection.hooks?.beforeChange ?? []), reviewProposal],
    },
    fields: [...collection.fields, ...proposalFields(usersSlug)],
  }
}
