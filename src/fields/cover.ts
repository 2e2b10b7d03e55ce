import type { UploadField } from 'payload'

/**
 * The cover image of a publication (kit, Déniché initiative, press item, event): an uploaded image whose
 * alt text is the media's own (required for images), so it is written once and read with the image.
 */
export const coverField = (): UploadField => ({
  name: 'cover',
  type: 'upload',
  relationTo: 'media',
  label: { fr: 'Image de couverture', en: 'Cover image' },
  admin: {
    description: {
      fr: 'Le texte alternatif est celui du média (à renseigner dans la médiathèque).',
      en: 'The alt text is the media item’s own (set it in the media library).',
    },
  },
})
