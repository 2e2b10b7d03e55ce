import type { PayloadRequest, TextField } from 'payload'

/** True when the request writes a translation (`locale=en`), not the default language. */
export function writesTranslation(req: Partial<PayloadRequest> | undefined): boolean {
  const localization = req?.payload?.config.localization
  return Boolean(localization && req?.locale && req.locale !== 'all' && req.locale !== localization.defaultLocale)
}

/**
 * The localized, required title of an editorial document (required in French only: every localized
 * field is, see `withFieldValidation` in validate.ts).
 */
export const titleField = (label: TextField['label'] = { fr: 'Titre', en: 'Title' }): TextField => ({
  name: 'title',
  type: 'text',
  required: true,
  localized: true,
  label,
})
