import type { Field } from 'payload'

/** `members` documents are reserved to member local authorities (and editors). */
export const visibilityField = (): Field => ({
  name: 'visibility',
  type: 'select',
  required: true,
  defaultValue: 'public',
  index: true,
  label: { fr: 'Visibilité', en: 'Visibility' },
  options: [
    { value: 'public', label: { fr: 'Publique', en: 'Public' } },
    { value: 'members', label: { fr: 'Réservée aux adhérents', en: 'Members only' } },
  ],
  admin: { position: 'sidebar' },
})
