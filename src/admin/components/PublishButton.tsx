'use client'
/**
 * RTES's publish button (every collection with drafts, see src/admin/collections.ts):
 * - In French (the default language) it publishes every language, and says so (no "French only" entry).
 * - In a translation it publishes that translation only: Payload's "publish in <locale>"
 *   (`publishSpecificLocale`) keeps the other languages' published text and every non-localized field as
 *   they were; the pending draft and its scheduled publication stay (issue: publishing the English version
 *   put live the French draft scheduled for the next morning). "Publish every language" stays in the menu.
 * - Scheduling opens RTES's drawer (Paris time, French formats: ScheduleDrawer.tsx) instead of Payload's.
 */
import {
  Button,
  ConfigProvider,
  PublishButton as PayloadPublishButton,
  useConfig,
  useDocumentInfo,
  useFormModified,
  useLocale,
  useModal,
  useTranslation,
} from '@payloadcms/ui'
import type { ClientConfig } from 'payload'
import { useMemo } from 'react'

import { ScheduleDrawer } from './ScheduleDrawer'

export const PublishButton = () => {
  const { config } = useConfig()
  const { id, collectionSlug, hasPublishPermission, unpublishedVersionCount } = useDocumentInfo()
  const { code } = useLocale()
  const { i18n } = useTranslation()
  const { isModalOpen, openModal } = useModal()
  const modified = useFormModified()
  const { localization } = config
  const inTranslation = Boolean(localization) && code !== (localization ? localization.defaultLocale : undefined)
  const collection = config.collections.find((candidate) => candidate.slug === collectionSlug)
  const drafts = collection?.versions && typeof collection.versions === 'object' ? collection.versions.drafts : undefined
  const canSchedule = Boolean(drafts && typeof drafts === 'object' && drafts.schedulePublish && hasPublishPermission && id !== undefined)
  const drawerSlug = `rtes-schedule-${collectionSlug}-${id}`

  // Payload reads these options from the config: shadow them for this button only.
  const shadow = useMemo<ClientConfig>(
    () => ({
      ...config,
      collections: config.collections.map((candidate) =>
        candidate.slug === collectionSlug &&
        candidate.versions &&
        typeof candidate.versions === 'object' &&
        typeof candidate.versions.drafts === 'object'
          ? { ...candidate, versions: { ...candidate.versions, drafts: { ...candidate.versions.drafts, schedulePublish: false } } }
          : candidate,
      ),
      // French: one action, every language (Payload's "publish French only" would leave the shared,
      // non-translated fields unpublished). A translation: publish it alone, "every language" in the menu.
      localization: localization && inTranslation ? { ...localization, defaultLocalePublishOption: 'active' } : false,
    }),
    [config, collectionSlug, localization, inTranslation],
  )
  const english = i18n.language === 'en'
  const label = inTranslation ? undefined : english ? 'Publish changes (every language)' : 'Publier les modifications (toutes les langues)'

  return (
    <>
      <ConfigProvider config={shadow}>
        <PayloadPublishButton label={label} />
      </ConfigProvider>
      {canSchedule && (
        <Button
          id="rtes-schedule-open"
          buttonStyle="secondary"
          size="medium"
          disabled={modified}
          tooltip={modified ? (english ? 'Save the draft first' : 'Enregistrez d’abord le brouillon') : undefined}
          onClick={() => openModal(drawerSlug)}
        >
          {english ? 'Schedule…' : 'Programmer…'}
        </Button>
      )}
      {canSchedule && isModalOpen(drawerSlug) && (
        <ScheduleDrawer slug={drawerSlug} defaultType={unpublishedVersionCount > 0 ? 'publish' : 'unpublish'} />
      )}
    </>
  )
}
