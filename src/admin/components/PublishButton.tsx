'use client'
/**
 * Publishing from a translation publishes that translation only (issue: publishing the English version
 * put live the French draft scheduled for the next morning). In the default language the button publishes
 * every language, and says so; elsewhere it is Payload's "publish in <locale>" (`publishSpecificLocale`):
 * the published document keeps the other languages' published text and every non-localized field, the
 * pending draft and its scheduled publication stay as they were. "Publish every language" stays in the menu.
 */
import { ConfigProvider, PublishButton as PayloadPublishButton, useConfig, useLocale, useTranslation } from '@payloadcms/ui'
import React, { useMemo } from 'react'

export const PublishButton = () => {
  const { config } = useConfig()
  const { code } = useLocale()
  const { i18n } = useTranslation()
  const { localization } = config
  const inTranslation = Boolean(localization) && code !== (localization ? localization.defaultLocale : undefined)
  // Payload reads `defaultLocalePublishOption` from the config: shadow it for this button only.
  const localeFirst = useMemo(
    () => (localization ? { ...config, localization: { ...localization, defaultLocalePublishOption: 'active' as const } } : config),
    [config, localization],
  )
  if (!inTranslation) {
    const label = i18n.language === 'en' ? 'Publish changes (every language)' : 'Publier les modifications (toutes les langues)'
    return <PayloadPublishButton label={label} />
  }
  return (
    <ConfigProvider config={localeFirst}>
      <PayloadPublishButton />
    </ConfigProvider>
  )
}
