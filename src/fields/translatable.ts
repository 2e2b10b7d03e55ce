import { type PayloadRequest, type TextField, type TextFieldSingleValidation, validations } from 'payload'

/** True when the request writes a translation (`locale=en`), not the default language. */
export function writesTranslation(req: Partial<PayloadRequest> | undefined): boolean {
  const localization = req?.payload?.config.localization
  return Boolean(localization && req?.locale && req.locale !== 'all' && req.locale !== localization.defaultLocale)
}

/**
 * Validation of a required localized text: required in French only. A translation may stay empty (readers
 * get the French text through the locale fallback), so publishing in English does not demand every label.
 */
export const requiredInDefaultLocale: TextFieldSingleValidation = (value, options) =>
  validations.text(value, { ...options, required: Boolean(options.required) && !writesTranslation(options.req) })

/** The localized, required title of an editorial document (optional in translations). */
export const titleField = (label: TextField['label'] = { fr: 'Titre', en: 'Title' }): TextField => ({
  name: 'title',
  type: 'text',
  required: true,
  localized: true,
  label,
  validate: requiredInDefaultLocale,
})
