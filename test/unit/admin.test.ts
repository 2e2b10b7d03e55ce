/**
 * The French admin's strings and dates. Payload's French translation has known bad or English strings:
 * each key listed here must stay overridden in src/admin/translations.ts (and exist in Payload, so an
 * upgrade that renames one is noticed).
 */
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { describe, expect, it } from 'vitest'

import { formatDisplayDate, instantToParisTime, parisTimeToInstant } from '../../src/admin/dates'
import { frOverrides } from '../../src/admin/translations'
import { readableEmail } from '../../src/email/adapter'
import { foldText } from '../../src/fields/slug'
import { withArticle } from '../../src/openapi/collections'

/** Payload French strings that read badly for RTES editors (issue 13). */
export const KNOWN_BAD_FRENCH_KEYS = [
  'general:createNew', // "Créer un(e) nouveau ou nouvelle"
  'general:createNewLabel',
  'general:creatingNewLabel',
  'general:newLabel', // "Nouveau Média"
  'fields:addNew', // "Ajouter nouveau ou nouvelle"
  'fields:addNewLabel',
  'fields:uploadNewLabel', // "…un(e) nouveau ou nouvelle Média"
  'fields:newLabel',
  'fields:addLabel', // "Ajouter Key Figure"
  'fields:toggleBlock', // "Bloc bascule"
  'localization:copyToLocale', // "Copier vers le lieu"
  'localization:localeToPublish', // "Locale à publier"
  'version:currentDraft', // "Projet actuel"
  'general:upcomingEvents', // "Événements à venir" for scheduled publications (clashes with the agenda)
  'general:noUpcomingEventsScheduled',
  'general:schedulePublishFor', // "{{titre}}": a placeholder Payload never fills
  'general:time', // "Temps"
  'general:noLabel', // "<Pas de Numéro>"
  'general:true', // "vrai" badges
  'general:false',
  'general:perPage', // "Par Page: 10"
  'general:locale', // "Paramètres régionaux"
  'general:locales',
  'general:allLocales',
  'version:publishAllLocales', // "toutes les localités"
  'version:publishIn',
  'version:noRowsSelected', // "{{étiquette}}"
]

const lookup = (translations: object, key: string): unknown => {
  const [group, name] = key.split(':')
  return (translations as Record<string, Record<string, unknown>>)[group]?.[name]
}

describe('French admin strings', () => {
  it.each(KNOWN_BAD_FRENCH_KEYS)('%s is overridden', (key) => {
    expect(lookup(en.translations, key), `${key} no longer exists in Payload`).toBeTypeOf('string')
    const override = lookup(frOverrides, key)
    expect(override, `${key} is not overridden in src/admin/translations.ts`).toBeTypeOf('string')
    expect(override).not.toBe(lookup(fr.translations, key))
  })

  it('keeps the placeholders Payload fills', () => {
    for (const [group, keys] of Object.entries(frOverrides)) {
      for (const [name, text] of Object.entries(keys as Record<string, string>)) {
        const placeholders = (value: unknown) => [...String(value).matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort()
        expect(placeholders(text), `${group}:${name}`).toEqual(placeholders(lookup(en.translations, `${group}:${name}`)))
      }
    }
  })

  it('has no English word left in the overrides', () => {
    const values = Object.values(frOverrides).flatMap((group) => Object.values(group as Record<string, string>))
    const text = values.join('\n').replace(/{{\w+}}/g, '')
    for (const word of [/\blocale/i, /\bcreate/i, /\bupload/i, /\bdraft/i, /\bbytes/i, /\btime\b/i]) expect(text).not.toMatch(word)
  })
})

describe('dates as a French editor reads them', () => {
  it('honours the precision, in Paris time, 24-hour', () => {
    expect(formatDisplayDate('2021-11-01T12:00:00.000Z', { precision: 'month' })).toBe('novembre 2021')
    expect(formatDisplayDate('2021-01-01T00:00:00.000Z', { precision: 'year' })).toBe('2021')
    expect(formatDisplayDate('2021-11-28T12:00:00.000Z', { precision: 'day', dayOnly: true })).toBe('28/11/2021')
    // An event at 21:15 in Paris (20:15Z in winter), and a day-only event typed as "2021-01-20".
    expect(formatDisplayDate('2026-11-28T20:15:00.000Z')).toBe('28/11/2026 21:15')
    expect(formatDisplayDate('2021-01-20T00:00:00.000Z')).toBe('20/01/2021')
    expect(formatDisplayDate('2021-06-30T22:00:00.000Z')).toBe('01/07/2021') // midnight in Paris (summer)
    expect(formatDisplayDate('2021-11-01T12:00:00.000Z', { precision: 'month', language: 'en' })).toBe('November 2021')
    expect(formatDisplayDate(null)).toBe('')
  })

  it('schedules 9:00 in Paris as 08:00Z in winter and 07:00Z in summer, whatever the browser time zone', () => {
    // The date picker returns local fields: 1 December 2026, 9:00 (in whatever zone this process runs).
    expect(parisTimeToInstant(new Date(2026, 11, 1, 9, 0)).toISOString()).toBe('2026-12-01T08:00:00.000Z')
    expect(parisTimeToInstant(new Date(2027, 5, 1, 9, 0)).toISOString()).toBe('2027-06-01T07:00:00.000Z')
    // The day DST starts (29 March 2026) and ends (25 October 2026).
    expect(parisTimeToInstant(new Date(2026, 2, 29, 9, 0)).toISOString()).toBe('2026-03-29T07:00:00.000Z')
    expect(parisTimeToInstant(new Date(2026, 9, 25, 9, 0)).toISOString()).toBe('2026-10-25T08:00:00.000Z')
    const shown = instantToParisTime(new Date('2027-06-01T07:00:00.000Z'))
    expect([shown.getDate(), shown.getMonth(), shown.getHours(), shown.getMinutes()]).toEqual([1, 5, 9, 0])
  })
})

describe('small helpers', () => {
  it('folds text for accent-insensitive search', () => {
    expect(foldText('Économie circulaire & solidaire')).toBe('economie circulaire solidaire')
    expect(foldText('Cœur de ville, L’ÉTÉ')).toBe('coeur de ville l ete')
  })

  it('puts the right article in API summaries', () => {
    expect(withArticle('Event')).toBe('an Event')
    expect(withArticle('AdvocacyContribution')).toBe('an AdvocacyContribution')
    expect(withArticle('Fiche')).toBe('a Fiche')
    expect(withArticle('User')).toBe('a User')
  })

  it('writes an email to the log readably: recipient, subject, text, hidden links', () => {
    const log = readableEmail({
      to: [{ name: 'Camille', address: 'camille@rtes.test' }],
      subject: 'RTES : réinitialisation',
      html: '<p>Bonjour,</p><p><a href="https://rtes.test/admin/reset/abc">Choisir un mot de passe</a></p>',
    })
    expect(log).toContain('to camille@rtes.test: RTES : réinitialisation')
    expect(log).toContain('Bonjour,\nChoisir un mot de passe')
    expect(log).toContain('links:\n  https://rtes.test/admin/reset/abc')
  })
})
