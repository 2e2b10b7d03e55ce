/**
 * `GET /api/newsletters/{id}/html` and `/text` in the OpenAPI spec: Express routes (src/server/newsletters.ts,
 * so the email renderer stays out of the Next bundle), described here rather than as a Payload endpoint's
 * `custom.openapi`.
 */
import type { OperationObject, PathItemObject } from '../openapi/types'

const rendered = (format: 'html' | 'text'): OperationObject => ({
  operationId: format === 'html' ? 'newsletterHtml' : 'newsletterText',
  summary: format === 'html' ? 'A newsletter issue as email HTML (and its web version)' : 'A newsletter issue as plain text',
  description: `The issue rendered for the caller, ready to hand to an emailing service: ${
    format === 'html'
      ? 'HTML compiled from MJML (tables and inline styles for mail clients), also served as the web version the email links to'
      : 'the plain-text part of the email'
  }. Links and images are absolute. The same read access as \`GET /api/newsletters/{id}\`: a draft is a 404 for
anyone but editors, a Flash hebdo issue is a 404 without a member's or an editor's credentials; items the caller may not
read (members-only or unpublished documents) are left out.`,
  tags: ['Newsletters'],
  security: [{}, { JWT: [] }, { Cookie: [] }, { ApiKey: [] }],
  parameters: [{ name: 'id', in: 'path', required: true, description: 'The issue id.', schema: { type: 'string' } }],
  responses: {
    200: {
      description: format === 'html' ? 'The HTML document.' : 'The plain text.',
      content: { [format === 'html' ? 'text/html' : 'text/plain']: { schema: { type: 'string' } } },
    },
    404: { $ref: '#/components/responses/NotFound' },
  },
})

export const newsletterPaths: Record<string, PathItemObject> = {
  '/api/newsletters/{id}/html': { get: rendered('html') },
  '/api/newsletters/{id}/text': { get: rendered('text') },
}
