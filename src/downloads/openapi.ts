/**
 * `GET /api/downloads/{id}` in the OpenAPI spec: an Express route (src/server/downloads.ts, it needs the
 * client's address as Express reads it behind proxies), so it describes itself here rather than as a
 * Payload endpoint's `custom.openapi`.
 */
import type { PathItemObject } from '../openapi/types'

export const downloadPaths: Record<string, PathItemObject> = {
  '/api/downloads/{id}': {
    get: {
      operationId: 'download',
      summary: 'Download a document (counted)',
      description: `The link partner sites give for a document (a fiche's or kit's \`documents[].file\`): it counts one unique
download per visitor, document and day (bots excluded; no IP address or other personal data is kept), then redirects
to the file (\`/api/media/file/{filename}\`). The same read access as \`GET /api/media/{id}\`: a members-only document is a
404 without a member's credentials. This answer is never cached (\`Cache-Control: no-store\`); the file's is.`,
      tags: ['Statistics'],
      security: [{}, { JWT: [] }, { Cookie: [] }, { ApiKey: [] }],
      parameters: [{ name: 'id', in: 'path', required: true, description: 'The media id.', schema: { type: 'string' } }],
      responses: {
        302: {
          description: 'To the file.',
          headers: {
            Location: { description: 'The file URL.', schema: { type: 'string' } },
            'Cache-Control': { description: '`no-store`.', schema: { type: 'string' } },
          },
        },
        400: { $ref: '#/components/responses/BadRequest' },
        404: { $ref: '#/components/responses/NotFound' },
      },
    },
  },
}
