/**
 * The French admin: languages, overridden strings, RTES branding, dates as a French editor reads them and
 * the Europe/Paris time zone for scheduled publishing: the plugin (src/plugin) applies the editorial part,
 * the host (payload.config.ts) the branding.
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
  Dashboard: '/src/admin/components/Dashboard#Dashboard',
  DraftNextIssue: '/src/admin/components/DraftNextIssue#DraftNextIssue',
} as const

/** The French admin's languages and the strings RTES overrides (the plugin sets `i18n`). */
export const adminI18n: Config['i18n'] = {
  supportedLanguages: { fr, en },
  fallbackLanguage: 'fr',
  translations,
}

/** How editors read dates and schedule publications, and the French strings provider (the plugin merges these into `admin`). */
export const editorialAdmin = {
  // 24-hour, day first: how dates read in lists, versions and scheduled publications.
  dateFormat: 'dd/MM/yyyy HH:mm',
  timezones: {
    supportedTimezones: [{ label: 'Paris', value: ADMIN_TIME_ZONE }],
    defaultTimezone: ADMIN_TIME_ZONE,
  },
  // English strings hard-coded by Payload, Lexical and react-datepicker, rewritten in the French admin.
  providers: [COMPONENTS.FrenchStrings],
  // The home page: counts, publications, schedule, downloads and webhook failures (src/admin/components/Dashboard.tsx).
  views: { dashboard: { Component: COMPONENTS.Dashboard } },
}

/** RTES branding: the host's `admin` settings (payload.config.ts). */
export const brandAdmin = {
  // No Gravatar: these machines and many partner networks have no internet access.
  avatar: 'default',
  // Payload sets the theme on <html> before React hydrates: not a mismatch worth a console trace.
  suppressHydrationWarning: true,
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
  components: { graphics: { Logo: COMPONENTS.Logo, Icon: COMPONENTS.Icon } },
} satisfies Config['admin']
