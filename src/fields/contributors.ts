import type { Field } from 'payload'

/** Roles of a named person in a publication. */
export const PERSON_ROLES = {
  signatory: { fr: 'Signataire', en: 'Signatory' },
  'preface-author': { fr: 'Auteur·rice de la préface', en: 'Preface author' },
  'quoted-official': { fr: 'Élu·e cité·e', en: 'Quoted elected official' },
  journalist: { fr: 'Journaliste', en: 'Journalist' },
  speaker: { fr: 'Intervenant·e', en: 'Speaker' },
}

/** Roles of an organisation in a publication. */
export const ORGANISATION_ROLES = {
  'co-author': { fr: 'Co-auteur', en: 'Co-author' },
  'co-signatory': { fr: 'Co-signataire', en: 'Co-signatory' },
  organiser: { fr: 'Organisateur', en: 'Organiser' },
  funder: { fr: 'Financeur', en: 'Funder' },
  host: { fr: 'Accueil (hôte)', en: 'Host' },
}

const MESSAGE = {
  both: 'Chaque contributeur est soit une personne, soit un partenaire (pas les deux) (a contributor is a person or a partner, not both).',
  none: 'Indiquez la personne ou le partenaire (name the person or the partner).',
  person: 'Ce rôle est celui d’une personne : choisissez une personne (this role is a person’s).',
  organisation: 'Ce rôle est celui d’une structure : choisissez un partenaire (this role is an organisation’s).',
}

/**
 * Who took part in a publication, and how: a person (`people`) or an organisation (`partners`), each
 * with a role (signatory, preface author… for people; co-author, funder… for organisations) and an
 * optional note as printed ("maire de Grenoble en 2021"). Relationships, so partners can follow them;
 * the relationship guard hides drafts of people as it hides any unreadable document.
 */
export const contributorsField = (): Field => ({
  name: 'contributors',
  type: 'array',
  label: { fr: 'Contributeurs et rôles', en: 'Contributors and roles' },
  labels: { singular: { fr: 'Contributeur', en: 'Contributor' }, plural: { fr: 'Contributeurs', en: 'Contributors' } },
  admin: {
    description: {
      fr: 'Les personnes (signataire, préface, élu·e cité·e, journaliste, intervenant·e) et les structures (co-auteur, co-signataire, organisateur, financeur, hôte) nommées par la publication.',
      en: 'People (signatory, preface, quoted official, journalist, speaker) and organisations (co-author, co-signatory, organiser, funder, host) the publication names.',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'role',
          type: 'select',
          required: true,
          label: { fr: 'Rôle', en: 'Role' },
          options: [...Object.entries(PERSON_ROLES), ...Object.entries(ORGANISATION_ROLES)].map(([value, label]) => ({ value, label })),
        },
        {
          name: 'person',
          type: 'relationship',
          relationTo: 'people',
          label: { fr: 'Personne', en: 'Person' },
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
            const partner = siblingData?.partner
            if (value && partner) return MESSAGE.both
            if (!value && !partner) return MESSAGE.none
            const role = String(siblingData?.role ?? '')
            if (value && Object.hasOwn(ORGANISATION_ROLES, role)) return MESSAGE.organisation
            if (partner && Object.hasOwn(PERSON_ROLES, role)) return MESSAGE.person
            return true
          },
        },
        { name: 'partner', type: 'relationship', relationTo: 'partners', label: { fr: 'Partenaire', en: 'Partner' } },
      ],
    },
    {
      name: 'note',
      type: 'text',
      localized: true,
      label: { fr: 'Mention', en: 'Note' },
      admin: { description: { fr: 'Telle qu’imprimée, par exemple « maire de Grenoble ».', en: 'As printed.' } },
    },
  ],
})
