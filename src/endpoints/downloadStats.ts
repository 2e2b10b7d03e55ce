import type { Endpoint } from 'payload'

import { isEditor } from '../access/roles'
import { downloadReport, MAX_REPORT_MONTHS, parseReportQuery, REPORT_GROUPS, ReportQueryError } from '../downloads/report'
import type { EndpointOpenAPI } from '../openapi'
import { badRequest } from '../utilities/jsonBody'
import { queryStrings } from './queryStrings'

const MONTH_SCHEMA = { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' } as const

const describe: EndpointOpenAPI = {
  operationId: 'downloadStats',
  summary: 'Unique downloads per kit, fiche, document or month (editors only)',
  description: `Unique downloads of the documents served by \`GET /api/downloads/{id}\`: one per visitor, document and day
(bots excluded), summed per month, attributed to the fiche and kit that list the document. Grouped by kit, fiche or
document (most downloaded first) or by month (every month of the period, in order). For RTES editors and admins
only: anonymous callers get 401, members and partner keys 403. At most ${MAX_REPORT_MONTHS} months.`,
  tags: ['Statistics'],
  security: [{ JWT: [] }, { Cookie: [] }],
  parameters: [
    { name: 'by', in: 'query', description: 'Grouping (default `kit`).', schema: { type: 'string', enum: [...REPORT_GROUPS] } },
    { name: 'from', in: 'query', description: 'First month, YYYY-MM (default: 11 months before `to`).', schema: MONTH_SCHEMA },
    { name: 'to', in: 'query', description: 'Last month, YYYY-MM (default: the current month, UTC).', schema: MONTH_SCHEMA },
    {
      name: 'kit',
      in: 'query',
      description: 'Only downloads attributed to this kit (e.g. `by=fiche&kit=…`: the fiches of a kit).',
      schema: { type: 'string' },
    },
  ],
  responses: {
    200: {
      description: 'The report.',
      content: {
        'application/json': {
          schema: {
            type: 'object',
            additionalProperties: false,
            properties: {
              by: { type: 'string', enum: [...REPORT_GROUPS] },
              from: MONTH_SCHEMA,
              to: MONTH_SCHEMA,
              kit: { type: 'string' },
              total: { type: 'integer', minimum: 0, description: 'Every unique download of the period (within `kit` if given).' },
              rows: {
                type: 'array',
                items: {
                  type: 'object',
                  additionalProperties: false,
                  properties: {
                    id: { type: 'string', description: 'Kit, fiche or media id; the month when `by=month`.' },
                    label: { type: 'string', description: 'Title (French), file name, or month.' },
                    downloads: { type: 'integer', minimum: 0 },
                  },
                  required: ['id', 'label', 'downloads'],
                },
              },
            },
            required: ['by', 'from', 'to', 'total', 'rows'],
          },
        },
      },
    },
    400: { $ref: '#/components/responses/BadRequest' },
    401: { $ref: '#/components/responses/Unauthorized' },
    403: { $ref: '#/components/responses/Forbidden' },
  },
}

/** `GET /api/download-stats`: the unique-downloads report (src/downloads/report.ts), for editors. */
export const downloadStatsEndpoint: Endpoint = {
  path: '/download-stats',
  method: 'get',
  handler: async (req) => {
    if (!req.user)
      return badRequest('Connectez-vous : les statistiques de téléchargement sont réservées à l’équipe RTES (log in first).', 401)
    if (!isEditor(req)) return badRequest('Les statistiques de téléchargement sont réservées à l’équipe RTES (editors only).', 403)
    const given = queryStrings(req, ['by', 'from', 'to', 'kit'])
    if ('problem' in given) return badRequest(given.problem)
    try {
      const report = await downloadReport(req.payload, parseReportQuery(given.values))
      return Response.json(report, { headers: { 'Cache-Control': 'private, no-store' } })
    } catch (error) {
      if (error instanceof ReportQueryError) return badRequest(error.message)
      throw error
    }
  },
  custom: { openapi: describe },
}
