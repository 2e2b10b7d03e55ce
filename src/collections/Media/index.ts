import { type CollectionConfig, type TextFieldSingleValidation, validations } from 'payload'

import { readVisible } from '../../access/content'
import { editors } from '../../access/roles'
import { writesTranslation } from '../../fields/translatable'
import { visibilityField } from '../../fields/visibility'
import { GROUPS } from '../content'
import { imageSizes, srcsetsField } from './images'
import { missingFileIsNotFound } from './missingFile'

/** Alt text is required for images (in French; a translation may stay empty), not for PDFs. */
const altRequiredForImages: TextFieldSingleValidation = (value, options) => {
  const mimeType = (options.data as { mimeType?: unknown } | undefined)?.mimeType
  const image = typeof mimeType === 'string' && mimeType.startsWith('image/')
  return validations.text(value, { ...options, required: image && !writesTranslation(options.req) })
}

/** Images and PDFs: covers, logos, laid-out and print versions of publications, stored in `staticDir`. */
export const mediaCollection = ({ staticDir }: { staticDir: string }): CollectionConfig => ({
  slug: 'media',
  labels: { singular: { fr: 'Média', en: 'Media' }, plural: { fr: 'Médias', en: 'Media' } },
  typescript: { interface: 'Media' },
  graphQL: { singularName: 'Media', pluralName: 'Medias' },
  // Public documents, read through the SDK's `client.media` (image sizes and srcsets included).
  custom: { rtes: { sdk: 'media' } },
  access: { read: readVisible, create: editors, update: editors, delete: editors },
  admin: { group: GROUPS.media, useAsTitle: 'filename', defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'] },
  upload: {
    staticDir,
    handlers: [missingFileIsNotFound(staticDir)],
    // AVIF is listed for the AVIF sizes (their MIME type is checked like an upload's), and accepted as uploads.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/svg+xml', 'application/pdf'],
    // Card and hero sizes in AVIF and WebP, plus the admin's thumbnail (./images.ts).
    imageSizes,
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      validate: altRequiredForImages,
      label: { fr: 'Texte alternatif (images)', en: 'Alt text (images)' },
      admin: {
        description: {
          fr: 'Obligatoire pour une image : ce qu’elle montre, pour les lecteurs d’écran. Inutile pour un PDF.',
          en: 'Required for an image: what it shows, for screen readers. Not needed for a PDF.',
        },
      },
    },
    { name: 'credit', type: 'text', label: { fr: 'Crédit', en: 'Credit' } },
    visibilityField(),
    srcsetsField,
  ],
})
