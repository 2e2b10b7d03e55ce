/**
 * The French admin: languages, overridden strings, RTES branding, dates as a French editor reads them and
 * the Europe/Paris time zone for scheduled publishing. payload.config.ts spreads these settings; they live
 * here so that the wiring can move into a plugin without touching them.
 */
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import type { Config } from 'payload'

import { ADMIN_TIME_ZONE } from './timeZone'
import { translations } from './translations'

/** Component paths for the import map (relative to the repository root, `admin.importMap.baseDir`). */
export const COMPONENTS = {
  Logo: '/src/admin/components/Brand#Logo',
  Icon: '/src/admin/components/Brand#Icon',
  DateCell: '/src/admin/components/DateCell#DateCell',
  PublishButton: '/src/admin/components/PublishButton#PublishButton',
  FallbackTitle: '/src/admin/components/FallbackTitle#FallbackTitle',
  FrenchStrings: '/src/admin/components/FrenchStrings#FrenchStrings',
} as const


export const adminI18n: Config['i18n'] = {
  supportedLanguages: { fr, en },
  fallbackLanguage: 'fr',
  translations,
}

/** Content languages; labels follow the admin's language ("Anglais" in the French admin). */
export const contentLocales = [
  { code: 'fr', label: { fr: 'Français', en: 'French' } },
  { code: 'en', label: { fr: 'Anglais', en: 'English' } },
]

export const adminSettings = {
  // No Gravatar: these machines and many partner networks have no internet access.
  avatar: 'default',
  // Payload sets the theme on <html> before React hydrates: not a mismatch worth a console trace.
  suppressHydrationWarning: true,
  // 24-hour, day first: how dates read in lists, versions and scheduled publications.
  dateFormat: 'dd/MM/yyyy HH:mm',
  timezones: {
    supportedTimezones: [{ label: 'Paris', value: ADMIN_TIME_ZONE }],
    defaultTimezone: ADMIN_TIME_ZONE,
  },
  meta: {
    title: 'Administration',
    // Payload joins title and suffix with a space.
    titleSuffix: '· RTES',
    description: 'Réseau des collectivités Territoriales pour une Économie Solidaire : gestion des contenus',
    icons: [
      { rel: 'icon', type: 'image/svg+xml', url: '/rtes-icon.svg' },
      { rel: 'alternate icon', type: 'image/x-icon', url: '/favicon.ico' },
    ],
  },
  components: {
    graphics: { Logo: COMPONENTS.Logo, Icon: COMPONENTS.Icon },
    // English strings hard-coded by Payload, Lexical and react-datepicker, rewritten in the French admin.
    providers: [COMPONENTS.FrenchStrings],
  },
} satisfies Config['admin']
