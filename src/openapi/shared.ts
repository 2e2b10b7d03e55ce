/**
 * What every collection shares: the query parameters Payload's REST API parses, the paginated envelope,
 * the error body and the security schemes. Shapes checked against live responses (test/openapi).
 */
import type { SanitizedConfig } from 'payload'

import { settingsOf } from '../plugin/options'
import { schemaRef } from './names'
import type { JSONSchema, ParameterObject, ReferenceObject, ResponseObject, SecurityRequirement } from './types'

export const parameterRef = (name: string): ReferenceObject => ({ $ref: `#/components/parameters/${name}` })
export const responseRef = (name: string): ReferenceObject => ({ $ref: `#/components/responses/${name}` })

export function sharedParameters(config: SanitizedConfig): Record<string, ParameterObject> {
  const { maxLimit } = settingsOf(config).limits
  const locales = config.localization ? config.localization.localeCodes : []
  const parameters: Record<string, ParameterObject> = {
    depth: {
      name: 'depth',
      in: 'query',
      description: `How many levels of relationships to populate (default ${config.defaultDepth}, at most ${config.maxDepth}: API_MAX_DEPTH): 0 returns related ids only, 1 the related documents, and so on.`,
      schema: { type: 'integer', minimum: 0, maximum: config.maxDepth },
    },
    draft: {
      name: 'draft',
      in: 'query',
      description: 'Return the latest draft instead of the published version (editors only; others get published documents).',
      schema: { type: 'boolean' },
    },
    limit: {
      name: 'limit',
      in: 'query',
      description: `Documents per page (default 10, at most ${maxLimit}: API_MAX_LIMIT). A value out of range, \`limit=0\` and \`pagination=false\` are refused with a 400: page through with \`page\`.`,
      schema: { type: 'integer', minimum: 1, maximum: maxLimit },
    },
    page: {
      name: 'page',
      in: 'query',
      description: 'Page number, from 1.',
      schema: { type: 'integer', minimum: 1 },
    },
    richText: {
      name: 'richText',
      in: 'query',
      description:
        '`html`: every rich-text field `x` (e.g. `body`) comes with `xHtml`, its sanitised HTML, where internal links and embedded documents point at the public site and images are `<picture>` elements with AVIF and WebP sources (documents populated by `depth` too). Keep the rich-text field in `select` to get its HTML.',
      schema: { type: 'string', enum: ['html'] },
    },
    pagination: {
      name: 'pagination',
      in: 'query',
      description:
        '`false` skips counting every match (faster on large collections): `totalDocs` and `totalPages` then describe this page alone and `hasNextPage` is false, so ask for the next page until one holds fewer than `limit` documents. Always give a `limit` with it (`limit` 0 or none returns every match).',
      schema: { type: 'boolean' },
    },
  }
  if (locales.length) {
    parameters.locale = {
      name: 'locale',
      in: 'query',
      description: `Language of localized fields (default \`${config.localization ? config.localization.defaultLocale : ''}\`). Payload also accepts \`all\`, which returns every localized field as an object keyed by locale: that shape is not described here.`,
      schema: { type: 'string', enum: locales },
    }
    parameters.fallbackLocale = {
      name: 'fallback-locale',
      in: 'query',
      description:
        'Language used when a localized field has no value in `locale` (default: the default locale). With `none`, such fields are left out of the documents, even required ones.',
      schema: { type: 'string', enum: [...locales, 'none'] },
    }
  }
  return parameters
}

/** The query parameters of a read by id, and of a list (plus `where`, `sort`, `limit`, `page`); `richText` where there is some. */
export function readParameters(
  config: SanitizedConfig,
  selectSchema: string,
  { richText = false } = {},
): (ParameterObject | ReferenceObject)[] {
  const localized = config.localization ? [parameterRef('locale'), parameterRef('fallbackLocale')] : []
  const select: ParameterObject = {
    name: 'select',
    in: 'query',
    description:
      'Fields to return (`select[title]=true`) or to leave out (`select[body]=false`); nested with brackets. The documents then carry only those fields (and `id`).',
    style: 'deepObject',
    explode: true,
    schema: schemaRef(selectSchema),
  }
  return [parameterRef('depth'), ...localized, select, parameterRef('draft'), ...(richText ? [parameterRef('richText')] : [])]
}

const PAGINATION_PROPERTIES: Record<string, JSONSchema> = {
  totalDocs: { type: 'integer', minimum: 0 },
  limit: { type: 'integer', minimum: 0 },
  totalPages: { type: 'integer', minimum: 0 },
  page: { type: 'integer', minimum: 1 },
  pagingCounter: { type: 'integer', minimum: 0, description: 'Position of the first document of this page, from 1.' },
  hasPrevPage: { type: 'boolean' },
  hasNextPage: { type: 'boolean' },
  prevPage: { type: ['integer', 'null'] },
  nextPage: { type: ['integer', 'null'] },
}

/** `<Name>List`: Payload's paginated envelope around documents of one schema. */
export function pageSchema(documentSchema: string): JSONSchema {
  return {
    type: 'object',
    description: `A page of ${documentSchema} documents.`,
    additionalProperties: false,
    properties: { docs: { type: 'array', items: schemaRef(documentSchema) }, ...PAGINATION_PROPERTIES },
    required: ['docs', ...Object.keys(PAGINATION_PROPERTIES)],
  }
}

/** `<Name>Mutation`: what create, update and delete by id answer. */
export function mutationSchema(documentSchema: string): JSONSchema {
  return {
    type: 'object',
    additionalProperties: false,
    properties: { doc: schemaRef(documentSchema), message: { type: 'string' } },
    required: ['doc', 'message'],
  }
}

export const sharedSchemas: Record<string, JSONSchema> = {
  Error: {
    type: 'object',
    description: 'Every error response of the API: one or more messages (in the request’s language).',
    properties: {
      errors: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          properties: {
            message: { type: 'string' },
            name: { type: 'string', description: 'The error class, e.g. `ValidationError`, when Payload exposes it.' },
            field: { type: 'string', description: 'The offending field, when there is one.' },
            data: {
              description: 'Details, e.g. `{ errors: [{ path, message }] }` for a validation error.',
              type: ['object', 'array', 'string', 'number', 'boolean', 'null'],
            },
          },
          required: ['message'],
        },
      },
    },
    required: ['errors'],
  },
  Count: {
    type: 'object',
    additionalProperties: false,
    properties: { totalDocs: { type: 'integer', minimum: 0 } },
    required: ['totalDocs'],
  },
  Message: {
    type: 'object',
    properties: { message: { type: 'string' } },
    required: ['message'],
  },
}

const errorResponse = (description: string): ResponseObject => ({
  description,
  content: { 'application/json': { schema: schemaRef('Error') } },
})

export const sharedResponses: Record<string, ResponseObject> = {
  BadRequest: errorResponse(
    'Invalid request: a `where` on an unknown path, a validation error, malformed JSON, or a sort or filter that would reveal related documents the caller may not read.',
  ),
  Unauthorized: errorResponse('Wrong credentials.'),
  Forbidden: errorResponse('Not allowed for these credentials (or without any).'),
  NotFound: errorResponse('No such document, or not readable with these credentials.'),
}

export function securitySchemes(config: SanitizedConfig): Record<string, Record<string, unknown>> {
  const apiKeyCollections = config.collections.filter((c) => c.auth && c.auth.useAPIKey).map((c) => c.slug)
  const schemes: Record<string, Record<string, unknown>> = {
    JWT: {
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description: 'The token returned by `POST /api/<auth collection>/login` (Payload also accepts `Authorization: JWT <token>`).',
    },
    Cookie: {
      type: 'apiKey',
      in: 'cookie',
      name: `${config.cookiePrefix}-token`,
      description: 'The HTTP-only cookie set by login (browsers on the same site).',
    },
  }
  if (apiKeyCollections.length) {
    schemes.ApiKey = {
      type: 'apiKey',
      in: 'header',
      name: 'Authorization',
      description: `An API key created by an admin: \`Authorization: ${apiKeyCollections[0]} API-Key <key>\` (the whole value, prefix included).`,
    }
  }
  return schemes
}

/** Reads work anonymously (what the public may see) or authenticated; writes need credentials. */
export function securityFor(config: SanitizedConfig, kind: 'read' | 'write'): SecurityRequirement[] {
  const authenticated = Object.keys(securitySchemes(config)).map((name) => ({ [name]: [] }))
  return kind === 'read' ? [{}, ...authenticated] : authenticated
}
