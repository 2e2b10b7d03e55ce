import type { Endpoint, PayloadRequest } from 'payload'

import { isEditor } from '../../access/roles'
import type { Newsletter } from '../../payload-types'
import { ADMIN_TIME_ZONE } from '../../admin/timeZone'
import type { EndpointOpenAPI } from '../../openapi'
import { publishedBetween } from '../../newsletters/prefill'
import { badRequest } from '../../utilities/jsonBody'
import { isSeries, SERIES, type Series } from './series'

/** "Lettre électronique n°12 – décembre 2021". */
export const issueTitle = (series: Series, number: number, date: Date): string =>
  `${SERIES[series].fr} n°${number} – ${date.toLocaleDateString('fr-FR', { month: 'long', year: 'numeric', timeZone: ADMIN_TIME_ZONE })}`

/**
 * Creates the next issue of `series` as a draft: the number after the series' highest, dated `date`,
 * with the documents published since the previous issue's date (src/newsletters/prefill.ts). In the
 * request's transaction.
 */
export async function draftNextIssue(req: PayloadRequest, series: Series, date = new Date()) {
  const { docs } = await req.payload.find({
    collection: 'newsletters',
    where: { series: { equals: series } },
    sort: ['-date', '-number'],
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
    select: { date: true, number: true },
  })
  const { docs: highest } = await req.payload.find({
    collection: 'newsletters',
    where: { series: { equals: series } },
    sort: '-number',
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
    select: { number: true },
  })
  const number = (highest[0]?.number ?? 0) + 1
  const items = await publishedBetween(req.payload, series, { after: docs[0]?.date })
  return req.payload.create({
    collection: 'newsletters',
    draft: true,
    depth: 0,
    data: {
      _status: 'draft',
      series,
      number,
      date: date.toISOString(),
      title: issueTitle(series, number, date),
      items: items as Newsletter['items'],
    },
    overrideAccess: true,
    req,
  })
}

const describe: EndpointOpenAPI = {
  operationId: 'draftNextNewsletter',
  summary: 'Draft the next issue of a newsletter series (editors only)',
  description: `Creates a draft issue of \`series\`: the next number, today's date, a title, and as items the documents
published since the previous issue of the series (in the collections newsletters pick from, section by section,
oldest first; for the members-only Flash hebdo members-only documents too, for the other series public ones only).
Editors then reorder, trim, annotate and publish it. Anonymous callers get 401, members and partner keys 403.`,
  security: [{ JWT: [] }, { Cookie: [] }],
  requestBody: {
    required: true,
    content: {
      'application/json': {
        schema: {
          type: 'object',
          additionalProperties: false,
          required: ['series'],
          properties: { series: { type: 'string', enum: Object.keys(SERIES) } },
        },
      },
    },
  },
  responses: {
    201: {
      description: 'The draft issue (depth 0).',
      content: {
        'application/json': {
          schema: {
            type: 'object',
            properties: { message: { type: 'string' }, doc: { $ref: '#/components/schemas/Newsletter' } },
            required: ['message', 'doc'],
          },
        },
      },
    },
    400: { $ref: '#/components/responses/BadRequest' },
    401: { $ref: '#/components/responses/Unauthorized' },
    403: { $ref: '#/components/responses/Forbidden' },
  },
}

/** `POST /api/newsletters/draft-next` `{ "series": "…" }`: "Préparer le prochain numéro". */
export const draftNextEndpoint: Endpoint = {
  path: '/draft-next',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return badRequest('Connectez-vous : la préparation des lettres est réservée à l’équipe RTES (log in first).', 401)
    if (!isEditor(req)) return badRequest('La préparation des lettres est réservée à l’équipe RTES (editors only).', 403)
    let body: unknown
    try {
      body = await req.json?.()
    } catch {
      body = undefined
    }
    const series = (body as { series?: unknown } | undefined)?.series
    if (!isSeries(series)) {
      return badRequest(`Send a JSON body {"series": …} naming the series: ${Object.keys(SERIES).join(', ')}.`)
    }
    const doc = await draftNextIssue(req, series)
    return Response.json(
      { message: `Brouillon créé : ${doc.title} (draft created).`, doc },
      { status: 201, headers: { 'Cache-Control': 'no-store' } },
    )
  },
  custom: { openapi: describe },
}
