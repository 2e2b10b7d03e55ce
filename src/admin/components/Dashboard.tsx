/*
 * The admin's home page (admin.components.views.dashboard), a server component: what happened and what is
 * coming, in French (English for editors who chose it). Data: src/admin/dashboard/data.ts; charts are SVG
 * rendered on the server (src/admin/dashboard/charts.ts).
 */
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { stringify } from 'qs-esm'
import React from 'react'

import { horizontalBars, stackedColumns } from '../dashboard/charts'
import { dashboardData, type DocumentLine, SUBMITTED } from '../dashboard/data'
import { formatDisplayDate } from '../dates'

const TEXT = {
  fr: {
    title: 'Tableau de bord',
    intro: 'Ce qui a été publié, ce qui est programmé et ce qui demande votre attention.',
    contents: 'Contenus',
    published: (n: number) => `${n.toLocaleString('fr-FR')} publié${n > 1 ? 's' : ''}`,
    downloads: 'Téléchargements uniques par kit',
    downloadsPeriod: (from: string, to: string, total: number) =>
      `${monthLabel(from, 'fr')} – ${monthLabel(to, 'fr')} : ${total.toLocaleString('fr-FR')} téléchargement${total > 1 ? 's' : ''} unique${total > 1 ? 's' : ''} au total`,
    noDownloads: 'Aucun téléchargement rattaché à un kit sur cette période.',
    publications: 'Publications par mois',
    publicationsNote: 'Contenus publiés, par date de publication (12 derniers mois).',
    recent: 'Publié récemment',
    noRecent: 'Rien de publié pour l’instant.',
    scheduled: 'Publications programmées',
    noScheduled: 'Aucune publication programmée.',
    publish: 'Publication',
    unpublish: 'Dépublication',
    webhooks: 'Envois de webhooks en échec',
    noFailures: 'Aucun envoi en échec.',
    failures: (n: number) => `${n} envoi${n > 1 ? 's' : ''} en échec ou en attente d’un nouvel essai`,
    attempts: (n: number) => `${n} tentative${n > 1 ? 's' : ''}`,
    status: { failed: 'Échec définitif', retrying: 'Nouvel essai prévu' } as Record<string, string>,
    all: 'Tout voir',
    proposals: 'Propositions à relire',
    noProposals: 'Aucune proposition en attente de relecture.',
    waiting: (n: number) => `${n} proposition${n > 1 ? 's' : ''} soumise${n > 1 ? 's' : ''} par les adhérents`,
    toReview: (n: number) => `${n} à relire`,
  },
  en: {
    title: 'Dashboard',
    intro: 'What was published, what is scheduled and what needs your attention.',
    contents: 'Content',
    published: (n: number) => `${n.toLocaleString('en-GB')} published`,
    downloads: 'Unique downloads per kit',
    downloadsPeriod: (from: string, to: string, total: number) =>
      `${monthLabel(from, 'en')} – ${monthLabel(to, 'en')}: ${total.toLocaleString('en-GB')} unique download${total === 1 ? '' : 's'} in all`,
    noDownloads: 'No download attributed to a kit over this period.',
    publications: 'Publications per month',
    publicationsNote: 'Published content, by publication date (last 12 months).',
    recent: 'Recently published',
    noRecent: 'Nothing published yet.',
    scheduled: 'Scheduled publications',
    noScheduled: 'No scheduled publication.',
    publish: 'Publish',
    unpublish: 'Unpublish',
    webhooks: 'Failing webhook deliveries',
    noFailures: 'No failing delivery.',
    failures: (n: number) => `${n} deliver${n === 1 ? 'y' : 'ies'} failed or awaiting a retry`,
    attempts: (n: number) => `${n} attempt${n === 1 ? '' : 's'}`,
    status: { failed: 'Failed', retrying: 'Retry scheduled' } as Record<string, string>,
    all: 'See all',
    proposals: 'Proposals to review',
    noProposals: 'No proposal waiting for review.',
    waiting: (n: number) => `${n} proposal${n === 1 ? '' : 's'} submitted by members`,
    toReview: (n: number) => `${n} to review`,
  },
}

/** "janv. 26" / "Jan 26". */
function monthLabel(month: string, language: 'fr' | 'en'): string {
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  )
}

const Svg = ({ svg, label }: { svg: string; label: string }) => (
  // ECharts escapes the text it writes (titles come from editors).
  <div className="rtes-dashboard__chart" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />
)

/** A titled part of the dashboard (`data-section` for tests and styles). */
const Section = ({ name, title, children }: { name: string; title: string; children: React.ReactNode }) => (
  <section className="rtes-dashboard__section" aria-labelledby={`rtes-dashboard-${name}`} data-section={name}>
    <h2 id={`rtes-dashboard-${name}`}>{title}</h2>
    {children}
  </section>
)

/** Documents as links to their edit view, each with a line of detail; `empty` when there are none. */
const Lines = ({ lines, empty }: { lines: { key: string; href: string; title: string; detail: string }[]; empty?: string }) =>
  lines.length ? (
    <ul className="rtes-dashboard__list">
      {lines.map(({ key, href, title, detail }) => (
        <li key={key}>
          <a href={href}>{title}</a>
          <span>{detail}</span>
        </li>
      ))}
    </ul>
  ) : empty ? (
    <p className="rtes-dashboard__empty">{empty}</p>
  ) : null

export async function Dashboard({ payload, user, i18n }: AdminViewServerProps) {
  const language = i18n?.language === 'en' ? 'en' : 'fr'
  const t = TEXT[language]
  const admin = payload.config.routes.admin
  const data = await dashboardData(payload, user ?? null)
  const edit = (line: Pick<DocumentLine, 'collection' | 'id'>) => `${admin}/collections/${line.collection}/${line.id}`
  const date = (value: string, withTime = false) => formatDisplayDate(value, { language, withTime })

  return (
    <Gutter className="rtes-dashboard">
      <h1>{t.title}</h1>
      <p className="rtes-dashboard__intro">{t.intro}</p>

      <Section name="counts" title={t.contents}>
        <ul className="rtes-dashboard__counts">
          {data.counts.map((count) => (
            <li key={count.slug} data-collection={count.slug}>
              <a href={`${admin}/collections/${count.slug}`}>
                <strong className="rtes-dashboard__number">{count.total.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB')}</strong>
                <span>{count.label}</span>
                {count.published !== undefined && <small>{t.published(count.published)}</small>}
              </a>
            </li>
          ))}
        </ul>
      </Section>

      <div className="rtes-dashboard__grid">
        {data.proposals && (
          <Section name="proposals" title={t.proposals}>
            {data.proposals.total > 0 && <p className="rtes-dashboard__alert">{t.waiting(data.proposals.total)}</p>}
            <Lines
              empty={data.proposals.total ? undefined : t.noProposals}
              lines={data.proposals.perCollection
                .filter(({ submitted }) => submitted > 0)
                .map(({ slug, label, submitted }) => ({
                  key: slug,
                  // The review queue: the collection's list filtered on submitted proposals.
                  href: `${admin}/collections/${slug}?${stringify({ where: SUBMITTED })}`,
                  title: label,
                  detail: t.toReview(submitted),
                }))}
            />
          </Section>
        )}

        {data.downloads && (
          <Section name="downloads" title={t.downloads}>
            <p>{t.downloadsPeriod(data.downloads.from, data.downloads.to, data.downloads.total)}</p>
            {data.downloads.perKit.length ? (
              <Svg
                label={t.downloads}
                svg={horizontalBars(data.downloads.perKit.map(({ label, downloads }) => ({ label, value: downloads })))}
              />
            ) : (
              <p className="rtes-dashboard__empty">{t.noDownloads}</p>
            )}
          </Section>
        )}

        <Section name="publications" title={t.publications}>
          <p>{t.publicationsNote}</p>
          <Svg
            label={t.publications}
            svg={stackedColumns(
              data.publications.months.map((month) => monthLabel(month, language)),
              data.publications.series.map(({ label, counts }) => ({ name: label, values: counts })),
            )}
          />
        </Section>

        <Section name="recent" title={t.recent}>
          <Lines
            empty={t.noRecent}
            lines={data.recent.map((line) => ({
              key: `${line.collection}-${line.id}`,
              href: edit(line),
              title: line.title,
              detail: `${line.collectionLabel} · ${date(line.date)}`,
            }))}
          />
        </Section>

        <Section name="scheduled" title={t.scheduled}>
          <Lines
            empty={t.noScheduled}
            lines={data.scheduled.map((line) => ({
              key: `${line.collection}-${line.id}-${line.date}`,
              href: edit(line),
              title: line.title,
              detail: `${line.action === 'publish' ? t.publish : t.unpublish} · ${date(line.date, true)} · ${line.collectionLabel}`,
            }))}
          />
        </Section>

        {data.failingDeliveries && (
          <Section name="webhooks" title={t.webhooks}>
            {data.failingDeliveries.total > 0 && <p className="rtes-dashboard__alert">{t.failures(data.failingDeliveries.total)}</p>}
            <Lines
              empty={data.failingDeliveries.total ? undefined : t.noFailures}
              lines={data.failingDeliveries.latest.map((delivery) => ({
                key: delivery.id,
                href: `${admin}/collections/webhook-deliveries/${delivery.id}`,
                title: delivery.summary,
                detail: [
                  t.status[delivery.status] ?? delivery.status,
                  t.attempts(delivery.attempts),
                  date(delivery.date, true),
                  delivery.lastError,
                ]
                  .filter(Boolean)
                  .join(' · '),
              }))}
            />
            {data.failingDeliveries.latest.length > 0 && <a href={`${admin}/collections/webhook-deliveries`}>{t.all}</a>}
          </Section>
        )}
      </div>
    </Gutter>
  )
}
