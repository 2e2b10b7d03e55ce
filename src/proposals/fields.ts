import type { Condition, Field } from 'payload'

import { editorsField as editorsOnly } from '../access/roles'
import { DATE_CELL, DAY_AND_TIME_PICKER } from '../fields/dates'
import { editorsOrProposerField } from './access'

export const REVIEW_STATUSES = {
  draft: { fr: 'Brouillon du membre', en: 'Member’s draft' },
  submitted: { fr: 'À relire', en: 'Submitted for review' },
  accepted: { fr: 'Acceptée et publiée', en: 'Accepted and published' },
  returned: { fr: 'Renvoyée au membre', en: 'Returned to the member' },
}
export type ReviewStatus = keyof typeof REVIEW_STATUSES

/** Only on proposals: documents editors create themselves have no review. */
const isProposal: Condition = (data) => Boolean(data?.proposedBy)
const readableBy = { read: editorsOrProposerField }
/** Set by editors (or the review hooks), read by editors and the proposer. */
const setByEditors = { ...readableBy, create: editorsOnly, update: editorsOnly }
/** Partners never read these fields: left out of their GraphQL schema (src/graphql/partnerSchema.ts). */
const custom = { rtes: { notForPartners: true } }

/**
 * Who proposed the document and where its review stands. Readers other than editors and the proposer
 * never see these fields (field read access), nor may they filter on them. Members set only
 * `reviewStatus` (draft or submitted); the rest is set by the review hooks or by editors.
 */
export const proposalFields = (usersSlug: string): Field[] => [
  {
    name: 'proposedBy',
    type: 'relationship',
    relationTo: usersSlug as 'users',
    index: true,
    custom,
    label: { fr: 'Proposé par', en: 'Proposed by' },
    access: setByEditors,
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: isProposal,
      description: { fr: 'Le compte adhérent qui a proposé ce contenu.', en: 'The member account that proposed this content.' },
    },
  },
  {
    name: 'reviewStatus',
    type: 'select',
    index: true,
    custom,
    label: { fr: 'Relecture de la proposition', en: 'Proposal review' },
    options: Object.entries(REVIEW_STATUSES).map(([value, label]) => ({ value, label })),
    access: readableBy,
    admin: {
      position: 'sidebar',
      condition: isProposal,
      description: {
        fr: '« Acceptée » publie la proposition ; « Renvoyée » la rend au membre avec votre commentaire.',
        en: '"Accepted" publishes the proposal; "Returned" gives it back to the member with your comment.',
      },
    },
  },
  {
    name: 'reviewComment',
    type: 'textarea',
    custom,
    label: { fr: 'Commentaire de relecture', en: 'Review comment' },
    access: setByEditors,
    admin: {
      position: 'sidebar',
      condition: isProposal,
      description: { fr: 'Lu par le membre ; requis pour renvoyer.', en: 'Read by the member; required to return.' },
    },
  },
  {
    name: 'submittedAt',
    type: 'date',
    custom,
    label: { fr: 'Soumise le', en: 'Submitted on' },
    access: setByEditors,
    admin: { position: 'sidebar', readOnly: true, condition: isProposal, date: DAY_AND_TIME_PICKER, components: DATE_CELL },
  },
]
