import type { Endpoint } from 'payload'

import type { EndpointOpenAPI } from '../openapi'
import { schemaRef } from '../openapi/names'
import type { RegistryEntry } from '../plugin/registry'
import { DEFAULT_LIMIT, MAX_CANDIDATES, MAX_LIMIT, runSearch, SearchRequestError } from '../search/run'
import { MAX_QUERY_LENGTH, MAX_QUERY_TERMS } from '../search/text'
import { badRequest } from '../utilities/jsonBody'
import { queryStrings } from './queryStrings'

/** How `GET /api/search` describes itself, given the registered collections (for the documents' schemas) and the content languages. */
const describe = (searched: Pick<RegistryEntry, 'slug' | 'schema'>[], locales: string[]): EndpointOpenAPI => {
  const slugs = searched.map(({ slug }) => slug)
  const results = searched.map(({ slug, schema }) => ({
    type: 'object',
    additionalProperties: false,
    properties: {
      collection: { const: slug },
      id: { type: 'string' },
      score: { type: 'number', description: 'Relevance: higher ranks first (comparable within one search only).' },
      doc: { ...schemaRef(schema), description: 'The document at depth 0, as `GET /api/<collection>/{id}?depth=0` returns it.' },
    },
    required: ['collection', 'id', 'score', 'doc'],
  }))
  return {
    operationId: 'search',
    summary: 'Full-text search of fiches, kits, press and advocacy',
    description: `French full-text search: every word of \`q\` must match a title or a text (summary, body…), accents, case and
plurals ignored ("economie sociale" finds "Économie sociale"); on SQLite a word also matches the words it begins
("econ" finds "économie"). Results are ranked (titles weigh most) and hold only what the credentials may read: drafts
and members-only documents are neither returned nor counted for those who may not read them. Filter by collection,
theme and territory (a territory also covers the territories under it, e.g. a région's communes). The best
${MAX_CANDIDATES} matches are considered.`,
    tags: ['Search'],
    security: [{}, { JWT: [] }, { Cookie: [] }, { ApiKey: [] }],
    parameters: [
      {
        name: 'q',
        in: 'query',
        required: true,
        description: `The words to find (at most ${MAX_QUERY_LENGTH} characters; the first ${MAX_QUERY_TERMS} distinct words are used).`,
        schema: { type: 'string', minLength: 1, maxLength: MAX_QUERY_LENGTH },
      },
      {
        name: 'collections',
        in: 'query',
        description: `Comma-separated collections to search (default: all of ${slugs.join(', ')}).`,
        style: 'form',
        explode: false,
        schema: { type: 'array', items: { type: 'string', enum: slugs } },
      },
      { name: 'theme', in: 'query', description: 'Only documents filed under the theme with this slug.', schema: { type: 'string' } },
      {
        name: 'territory',
        in: 'query',
        description: 'Only documents filed under the territory with this slug, or under a territory within it.',
        schema: { type: 'string' },
      },
      {
        name: 'locale',
        in: 'query',
        description: 'Language searched and returned (default `fr`; a document without English text is searched and returned in French).',
        schema: { type: 'string', enum: locales },
      },
      {
        name: 'limit',
        in: 'query',
        description: `Results per page (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT}).`,
        schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT },
      },
      { name: 'page', in: 'query', description: 'Page number, from 1.', schema: { type: 'integer', minimum: 1 } },
    ],
    responses: {
      200: {
        description: 'A page of results, best first.',
        content: {
          'application/json': {
            schema: {
              type: 'object',
              additionalProperties: false,
              properties: {
                results: { type: 'array', items: { oneOf: results } },
                totalResults: { type: 'integer', minimum: 0 },
                page: { type: 'integer', minimum: 1 },
                limit: { type: 'integer', minimum: 1 },
                totalPages: { type: 'integer', minimum: 0 },
                hasNextPage: { type: 'boolean' },
              },
              required: ['results', 'totalResults', 'page', 'limit', 'totalPages', 'hasNextPage'],
            },
          },
        },
      },
      400: { $ref: '#/components/responses/BadRequest' },
    },
  }
}

/** `GET /api/search`: ranked full-text search over what the caller may read (src/search). */
export const searchEndpoint = (searched: Pick<RegistryEntry, 'slug' | 'schema'>[], locales: string[]): Endpoint => ({
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const given = queryStrings(req, ['q', 'collections', 'theme', 'territory', 'locale', 'limit', 'page'])
    if ('problem' in given) return badRequest(given.problem)
    try {
      return Response.json(await runSearch(req, given.values))
    } catch (error) {
      if (error instanceof SearchRequestError) return badRequest(error.message)
      throw error
    }
  },
  custom: { openapi: describe(searched, locales) },
})
