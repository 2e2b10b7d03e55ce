import type { Endpoint } from 'payload'

import type { EndpointOpenAPI } from '../openapi'
import { schemaRef } from '../openapi/names'
import type { RegistryEntry } from '../plugin/registry'
import { DEFAULT_LIMIT, MAX_LIMIT, SyncRequestError, syncPage } from '../sync/page'
import { badRequest } from '../utilities/jsonBody'
import { queryStrings } from './queryStrings'

/** How `GET /api/sync` describes itself, for the synced collections and the content languages. */
const describe = (synced: Pick<RegistryEntry, 'slug' | 'schema'>[], locales: string[]): EndpointOpenAPI => {
  const slugs = synced.map(({ slug }) => slug)
  const upserts = synced.map(({ slug, schema }) => ({
    type: 'object',
    description: `A ${schema} to create or replace in the mirror.`,
    additionalProperties: false,
    properties: { op: { const: 'upsert' }, collection: { const: slug }, id: { type: 'string' }, doc: schemaRef(schema) },
    required: ['op', 'collection', 'id', 'doc'],
  }))
  return {
    operationId: 'sync',
    summary: 'Delta sync: a snapshot, then every change since a token',
    description: `Keeps a mirror of the content in step with RTES.

- **Without \`since\`**: a snapshot of every document you may read in \`collections\`, as \`upsert\` changes,
  over as many pages as needed.
- **With \`since=<nextToken>\`**: every change after that token, oldest first: \`upsert\` (created,
  updated, published: the document as it is now, as \`GET /api/<collection>/{id}?depth=0\` returns it) or
  \`delete\` (deleted, unpublished, or no longer readable by you, e.g. made members-only). A \`delete\` may name
  a document you never received: ignore it.

Follow pages while \`hasMore\` is true, each time with the \`nextToken\` of the previous page; keep the last
\`nextToken\` and pass it next time. Tokens are opaque and signed; they are bound to the collections and to
the kind of caller (public, member, editor) they were issued to, and never expire.`,
    tags: ['Sync'],
    security: [{}, { JWT: [] }, { Cookie: [] }, { ApiKey: [] }],
    parameters: [
      {
        name: 'since',
        in: 'query',
        description: 'The `nextToken` of a previous answer. Leave out for a snapshot.',
        schema: { type: 'string' },
      },
      {
        name: 'collections',
        in: 'query',
        description: `Comma-separated collections to sync (default: all of ${slugs.join(', ')}). With \`since\`, the same as when the token was issued, or left out.`,
        style: 'form',
        explode: false,
        schema: { type: 'array', items: { type: 'string', enum: slugs } },
      },
      {
        name: 'limit',
        in: 'query',
        description: `Changes per page (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT}). A delta page may hold fewer: changes of one document are merged.`,
        schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT },
      },
      {
        name: 'locale',
        in: 'query',
        description: 'Language of localized fields (default `fr`, with fallback to French).',
        schema: { type: 'string', enum: locales },
      },
    ],
    responses: {
      200: {
        description: 'A page of changes.',
        content: {
          'application/json': {
            schema: {
              type: 'object',
              additionalProperties: false,
              properties: {
                changes: {
                  type: 'array',
                  items: {
                    oneOf: [
                      ...upserts,
                      {
                        type: 'object',
                        description: 'A document to remove from the mirror (tombstone).',
                        additionalProperties: false,
                        properties: {
                          op: { const: 'delete' },
                          collection: { type: 'string', enum: slugs },
                          id: { type: 'string' },
                        },
                        required: ['op', 'collection', 'id'],
                      },
                    ],
                  },
                },
                nextToken: { type: 'string', description: 'Pass it as `since` for the next page, or the next sync.' },
                hasMore: { type: 'boolean', description: 'True when another page follows at once.' },
              },
              required: ['changes', 'nextToken', 'hasMore'],
            },
          },
        },
      },
      400: { $ref: '#/components/responses/BadRequest' },
    },
  }
}

/** `GET /api/sync`: delta sync for partner mirrors (src/sync) of the `synced` collections. */
export const syncEndpoint = (synced: Pick<RegistryEntry, 'slug' | 'schema'>[], locales: string[]): Endpoint => ({
  path: '/sync',
  method: 'get',
  handler: async (req) => {
    const given = queryStrings(req, ['since', 'collections', 'limit', 'locale'])
    if ('problem' in given) return badRequest(given.problem)
    try {
      const page = await syncPage(req, given.values)
      return Response.json(page, { headers: { 'Cache-Control': 'no-store' } })
    } catch (error) {
      if (error instanceof SyncRequestError) return badRequest(error.message)
      throw error
    }
  },
  custom: { openapi: describe(synced, locales) },
})
