'use client'
/**
 * Scheduling a publication, the RTES way: Paris time only (9:00 chosen is 9:00 in Paris whatever the
 * browser's time zone), day-first 24-hour dates, French labels. It replaces Payload's drawer, whose date
 * input ignores the configured formats (AM/PM) and whose language list starts at a hard-coded "All".
 * It calls the same server functions as Payload's drawer (jobs on the `schedulePublish` task).
 */
import {
  Banner,
  Button,
  DatePicker,
  Drawer,
  FieldLabel,
  Gutter,
  useConfig,
  useDocumentInfo,
  useDocumentTitle,
  useLocale,
  useModal,
  useServerFunctions,
  useTranslation,
} from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { formatDisplayDate, instantToParisTime, parisTimeToInstant } from '../dates'
import { ADMIN_TIME_ZONE, FRENCH_DATE_PICKER } from '../timeZone'

type Upcoming = { id: number | string; input: { type: 'publish' | 'unpublish'; locale?: string }; waitUntil: string }

const TEXT = {
  fr: {
    type: 'Action',
    publish: 'Publier',
    unpublish: 'Dépublier',
    when: 'Date et heure (heure de Paris)',
    language: 'Langue à publier',
    every: 'Toutes les langues',
    save: 'Programmer',
    saving: 'Enregistrement…',
    scheduled: 'Publication programmée.',
    noDate: 'Choisissez une date et une heure.',
    past: 'Cette date est déjà passée.',
    upcoming: 'Publications programmées',
    none: 'Aucune publication programmée.',
    remove: 'Annuler',
    close: 'Fermer',
  },
  en: {
    type: 'Action',
    publish: 'Publish',
    unpublish: 'Unpublish',
    when: 'Date and time (Paris time)',
    language: 'Language to publish',
    every: 'Every language',
    save: 'Schedule',
    saving: 'Saving…',
    scheduled: 'Publication scheduled.',
    noDate: 'Choose a date and a time.',
    past: 'This date has already passed.',
    upcoming: 'Scheduled publications',
    none: 'No publication scheduled.',
    remove: 'Cancel',
    close: 'Close',
  },
}

export const ScheduleDrawer = ({ slug, defaultType }: { slug: string; defaultType: 'publish' | 'unpublish' }) => {
  const { config } = useConfig()
  const { id, collectionSlug } = useDocumentInfo()
  const { title } = useDocumentTitle()
  const { code: currentLocale } = useLocale()
  const { i18n, t } = useTranslation()
  const { closeModal } = useModal()
  const { getUpcomingScheduledPublish, schedulePublish } = useServerFunctions()
  const text = i18n.language === 'en' ? TEXT.en : TEXT.fr
  const locales = config.localization ? config.localization.locales : []
  const defaultLocale = config.localization ? config.localization.defaultLocale : undefined

  const [type, setType] = useState(defaultType)
  // What the picker shows: Paris wall-clock time in the browser's local fields.
  const [picked, setPicked] = useState<Date | undefined>()
  // A translation schedules itself by default; the default language schedules every language.
  const [locale, setLocale] = useState(currentLocale === defaultLocale ? 'all' : currentLocale)
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string }>()
  const [saving, setSaving] = useState(false)
  const [upcoming, setUpcoming] = useState<Upcoming[]>()

  const refresh = useCallback(async () => {
    if (!collectionSlug || id === undefined) return
    setUpcoming((await getUpcomingScheduledPublish({ id, collectionSlug })) as Upcoming[])
  }, [collectionSlug, getUpcomingScheduledPublish, id])
  useEffect(() => void refresh(), [refresh])

  const save = async () => {
    if (!picked || !collectionSlug) return setMessage({ kind: 'error', text: text.noDate })
    const date = parisTimeToInstant(picked)
    if (date.getTime() <= Date.now()) return setMessage({ kind: 'error', text: text.past })
    setSaving(true)
    const result = (await schedulePublish({
      type,
      date,
      doc: { relationTo: collectionSlug, value: String(id) },
      localeToPublish: type === 'publish' && locale !== 'all' ? locale : undefined,
      timezone: ADMIN_TIME_ZONE,
    })) as { error?: string } | undefined
    setSaving(false)
    if (result?.error) return setMessage({ kind: 'error', text: result.error })
    setPicked(undefined)
    setMessage({ kind: 'success', text: text.scheduled })
    await refresh()
  }

  const remove = async (jobId: Upcoming['id']) => {
    await schedulePublish({ deleteID: jobId })
    await refresh()
  }

  const localeLabel = (code?: string) => {
    const found = locales.find((candidate) => candidate.code === code)
    if (!found) return text.every
    return typeof found.label === 'string' ? found.label : (found.label[i18n.language] ?? found.code)
  }

  return (
    <Drawer slug={slug} title={t('general:schedulePublishFor', { title })} className="rtes-schedule">
      <Gutter>
        <fieldset className="rtes-schedule__type" style={{ border: 0, padding: 0, margin: '0 0 var(--base)' }}>
          <legend>
            <FieldLabel label={text.type} required />
          </legend>
          {(['publish', 'unpublish'] as const).map((value) => (
            <label key={value} style={{ marginRight: 'var(--base)' }}>
              <input type="radio" name={`${slug}-type`} value={value} checked={type === value} onChange={() => setType(value)} />{' '}
              {value === 'publish' ? text.publish : text.unpublish}
            </label>
          ))}
        </fieldset>
        <FieldLabel label={text.when} path="rtes-schedule-date" required />
        <div id="rtes-schedule-date" style={{ marginBottom: 'var(--base)' }}>
          <DatePicker
            pickerAppearance="dayAndTime"
            displayFormat="dd/MM/yyyy HH:mm"
            timeFormat="HH:mm"
            timeIntervals={15}
            minDate={instantToParisTime(new Date())}
            value={picked}
            onChange={(value: Date | null) => setPicked(value ?? undefined)}
            placeholder="jj/mm/aaaa hh:mm"
            overrides={FRENCH_DATE_PICKER}
          />
        </div>
        {type === 'publish' && locales.length > 0 && (
          <div style={{ marginBottom: 'var(--base)' }}>
            <FieldLabel label={text.language} path="rtes-schedule-locale" />
            <select id="rtes-schedule-locale" value={locale} onChange={(event) => setLocale(event.target.value)}>
              <option value="all">{text.every}</option>
              {locales.map((candidate) => (
                <option key={candidate.code} value={candidate.code}>
                  {localeLabel(candidate.code)}
                </option>
              ))}
            </select>
          </div>
        )}
        {message && <Banner type={message.kind}>{message.text}</Banner>}
        <Button id="rtes-schedule-save" buttonStyle="primary" disabled={saving} onClick={() => void save()}>
          {saving ? text.saving : text.save}
        </Button>{' '}
        <Button buttonStyle="secondary" onClick={() => closeModal(slug)}>
          {text.close}
        </Button>
        <h4 style={{ marginTop: 'calc(var(--base) * 2)' }}>{text.upcoming}</h4>
        {upcoming && upcoming.length === 0 && <Banner type="info">{text.none}</Banner>}
        {upcoming && upcoming.length > 0 && (
          <table className="rtes-schedule__upcoming">
            <tbody>
              {upcoming.map((job) => (
                <tr key={job.id}>
                  <td>{job.input.type === 'unpublish' ? text.unpublish : text.publish}</td>
                  <td>{formatDisplayDate(job.waitUntil, { language: i18n.language, withTime: true })}</td>
                  <td>{job.input.type === 'unpublish' ? '' : localeLabel(job.input.locale)}</td>
                  <td>
                    <Button buttonStyle="icon-label" icon="x" onClick={() => void remove(job.id)}>
                      {text.remove}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Gutter>
    </Drawer>
  )
}
