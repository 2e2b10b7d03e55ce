/**
 * Shapes of the seed data transcribed from the RTES 2021 activity report
 * (`../shared/seed/rtes-rapport-activite-2021.md`). Every record has a stable `key`
 * (kebab-case, unique within its file) so the seed is idempotent and records can
 * reference each other by key. Dates are ISO strings (`YYYY-MM-DD`); when the report
 * only gives a month, use the first day and set `datePrecision: 'month'`.
 */

export type Key = string

export interface ThemeSeed {
  key: Key
  title: string
  titleEn: string
  description?: string
}

export type TerritoryKind = 'commune' | 'intercommunalite' | 'pays' | 'petr' | 'departement' | 'region' | 'interregional' | 'national'

export interface TerritorySeed {
  key: Key
  name: string
  kind: TerritoryKind
  /** Parent territory key (e.g. a commune's region), when known. */
  parent?: Key
  isMember: boolean
  /** Year the territory joined RTES, when the report says it. */
  memberSince?: number
}

export type PartnerKind =
  | 'local-authority-network'
  | 'ess-network'
  | 'training-body'
  | 'public-institution'
  | 'cress'
  | 'research'
  | 'other'

export interface PartnerSeed {
  key: Key
  name: string
  kind: PartnerKind
  website?: string
  /** Region name as written in the report, for regional partners (CRESS, clubs). */
  region?: string
  description: string
  agreements?: Array<{ title: string; startYear: number; endYear?: number; axes: string[] }>
  active: boolean
}

export type KitLevel = 'municipal' | 'departemental' | 'regional'

export interface KitSeed {
  key: Key
  title: string
  level: KitLevel
  edition: number
  version: string
  summary: string
  printRun?: number
  firstPublishedAt: string
  /** How much of `firstPublishedAt` the report gives (day when absent). */
  datePrecision?: 'day' | 'month' | 'year'
  revisedAt?: string
  themes: Key[]
}

export type FicheSeries = 'deniche' | 'kit' | 'points-de-reperess' | 'reperess'
export type KitFicheCategory = 'introductive' | 'levier' | 'thematique'

export interface DenicheSeed {
  origin: string
  financing: string
  localAuthoritiesRole: string
  keyFigures: Array<{ label: string; value: string }>
  contacts: Array<{ name: string; role?: string; organisation?: string; email?: string; phone?: string; url?: string }>
}

export interface FicheSeed {
  key: Key
  series: FicheSeries
  /** Number within the series (kit fiches: within their kit edition). Absent when the report gives none. */
  number?: number
  title: string
  summary: string
  /** Kit fiches only. */
  kit?: Key
  category?: KitFicheCategory
  page?: number
  themes: Key[]
  territories: Key[]
  partners: Key[]
  firstPublishedAt: string
  /** How much of `firstPublishedAt` the report gives (day when absent). */
  datePrecision?: 'day' | 'month' | 'year'
  revisedAt?: string
  visibility: 'public' | 'members'
  /** Déniché sheets only: the five rubriques. */
  deniche?: DenicheSeed
}

export type PressScope = 'national-specialised' | 'regional' | 'general'

export interface PressArticleSeed {
  key: Key
  outlet: string
  title: string
  date: string
  datePrecision: 'day' | 'month'
  author?: string
  url?: string
  excerpt?: string
  scope: PressScope
  themes: Key[]
  relatedFiches: Key[]
  relatedKits: Key[]
}

export type AdvocacyKind =
  | 'audition'
  | 'amendment'
  | 'contribution'
  | 'letter'
  | 'press-release'
  | 'bill-proposal'
  | 'declaration'
  | 'tribune'
  | 'appel'

export interface AdvocacySeed {
  key: Key
  title: string
  kind: AdvocacyKind
  /** Legislative or policy context, e.g. "Loi Climat et Résilience". */
  context: string
  date: string
  datePrecision: 'day' | 'month' | 'year'
  partners: Key[]
  themes: Key[]
  body: string
  outcome?: string
}

export type EventKind =
  | 'webinar'
  | 'meeting'
  | 'regional-club'
  | 'training'
  | 'fair'
  | 'seminar'
  | 'workshop'
  | 'governance'

export interface EventSeed {
  key: Key
  title: string
  kind: EventKind
  /** ISO date or date-time; the end is absent for one-day events. */
  start: string
  /** `month` when the report gives no day ("date précise non communiquée"). */
  datePrecision?: 'day' | 'month'
  end?: string
  online: boolean
  place?: string
  organisers: Key[]
  speakers: Array<{ name: string; role?: string }>
  /** Speakers who signed what the event was about (a convention), by name: role `signatory` instead of `speaker`. */
  signatories?: string[]
  participants?: number
  /** The figure as the report writes it, when it is not exact ("plus de 500 participant.e.s"). */
  participantsText?: string
  themes: Key[]
  territories: Key[]
  description?: string
}

export interface PersonSeed {
  key: Key
  name: string
  /** Their position as the report writes it ("présidente du RTES, vice-présidente de Nantes Métropole"). */
  position?: string
}

export interface InterviewSeed {
  key: Key
  title: string
  /** The officials interviewed, as the report names them, with the mandate it gives and their authority. */
  officials: Array<{ name: string; mandate: string; authority: Key }>
  themes: Key[]
}
