/**
 * The REST operations Payload serves for every collection (list, count, read, create, update, delete by
 * id) and, for auth collections, login / logout / me / refresh-token: one generic description per
 * operation, instantiated for each collection of the config.
 */
import type { SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import { settingsOf } from '../plugin/options'
import { schemaRef } from './names'
import type { CollectionNames } from './schemas'
import { createInputSchema, updateInputSchema } from './schemas'
import { mutationSchema, pageSchema, parameterRef, readParameters, responseRef, securityFor } from './shared'
import type { JSONSchema, OperationObject, ParameterObject, PathItemObject, ReferenceObject } from './types'
import { sortSchema, whereSchema } from './where'

export interface CollectionSpec {
  tag: { name: string; description?: string }
  paths: Record<string, PathItemObject>
  schemas: Record<string, JSONSchema>
}

const json = (schema: JSONSchema) => ({ 'application/json': { schema } })

/** English plural label when the config has one (tags read better than slugs), else the slug. */
function tagName(collection: SanitizedCollectionConfig): string {
  const plural = collection.labels?.plural
  if (typeof plural === 'string') return plural
  if (plural && typeof plural === 'object' && 'en' in plural && typeof plural.en === 'string') return plural.en
  return collection.slug
}

export function collectionSpec(
  config: SanitizedConfig,
  collection: SanitizedCollectionConfig,
  names: CollectionNames,
  document: JSONSchema,
): CollectionSpec {
  const { schema: name, plural } = names
  const base = `${config.routes.api}/${collection.slug}`
  const tag = tagName(collection)
  const read = readParameters(config, `${name}Select`, { richText: collection.flattenedFields.some((field) => field.type === 'richText') })
  const localized = config.localization ? [parameterRef('locale'), parameterRef('fallbackLocale')] : []
  const drafts = Boolean(collection.versions && collection.versions.drafts)

  const where: ParameterObject = {
    name: 'where',
    in: 'query',
    description: `Filters, e.g. \`where[slug][equals]=x\` or \`where[or][0][title][like]=économie\`: at most ${settingsOf(config).limits.maxWhereConditions} conditions (API_MAX_WHERE_CONDITIONS), nested at most 10 brackets deep.`,
    style: 'deepObject',
    explode: true,
    schema: schemaRef(`${name}Where`),
  }
  const sort: ParameterObject = {
    name: 'sort',
    in: 'query',
    description: `Sort order (default \`${typeof collection.defaultSort === 'string' ? collection.defaultSort : '-createdAt'}\`): a field, \`-field\` for descending, or several (comma-separated).`,
    style: 'form',
    explode: false,
    schema: schemaRef(`${name}Sort`),
  }
  const idParameter: ParameterObject = {
    name: 'id',
    in: 'path',
    required: true,
    description: `The ${name} id.`,
    schema: { type: config.db.defaultIDType === 'number' ? 'number' : 'string' },
  }
  const draftNote = drafts
    ? ' Without credentials (or with a partner key) only published documents are visible; `draft=true` returns the latest drafts to editors.'
    : ''

  const create = createInputSchema(document, collection)
  const schemas: Record<string, JSONSchema> = {
    [`${name}List`]: pageSchema(name),
    [`${name}Mutation`]: mutationSchema(name),
    [`${name}Where`]: whereSchema(collection, name, config.collections),
    [`${name}Sort`]: sortSchema(collection),
    [`${name}Create`]: create,
    [`${name}Update`]: updateInputSchema(create),
  }

  const writeBody = (schemaName: string, required: boolean) => {
    if (!collection.upload) return { required, content: json(schemaRef(schemaName)) }
    return {
      required,
      description: 'The file and, in `_payload`, the other fields as a JSON string.',
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            properties: {
              file: { type: 'string', contentMediaType: 'application/octet-stream' },
              _payload: { type: 'string', contentMediaType: 'application/json', contentSchema: schemaRef(schemaName) },
            },
            ...(required ? { required: ['file'] } : {}),
          },
        },
        ...(required ? {} : json(schemaRef(schemaName))),
      },
    }
  }
  const mutationParameters: (ParameterObject | ReferenceObject)[] = [parameterRef('depth'), ...localized, ...(drafts ? [saveAsDraft] : [])]

  const paths: Record<string, PathItemObject> = {
    [base]: {
      get: {
        operationId: `find${plural}`,
        summary: `List ${tag}`,
        description: `A page of ${name} documents matching \`where\`.${draftNote}`,
        tags: [tag],
        parameters: [where, sort, parameterRef('limit'), parameterRef('page'), parameterRef('pagination'), ...read],
        responses: {
          200: { description: `A page of ${name} documents.`, content: json(schemaRef(`${name}List`)) },
          400: responseRef('BadRequest'),
          403: responseRef('Forbidden'),
        },
        security: securityFor(config, 'read'),
      },
      post: {
        operationId: `create${name}`,
        summary: `Create ${withArticle(name)}`,
        tags: [tag],
        parameters: mutationParameters,
        requestBody: writeBody(`${name}Create`, true),
        responses: {
          201: { description: 'Created.', content: json(schemaRef(`${name}Mutation`)) },
          400: responseRef('BadRequest'),
          403: responseRef('Forbidden'),
        },
        security: securityFor(config, 'write'),
      },
    },
    [`${base}/count`]: {
      get: {
        operationId: `count${plural}`,
        summary: `Count ${tag}`,
        description: `How many ${name} documents match \`where\` (what the credentials may read).`,
        tags: [tag],
        parameters: [where, ...localized, ...(drafts ? [parameterRef('draft')] : [])],
        responses: {
          200: { description: 'The number of matching documents.', content: json(schemaRef('Count')) },
          400: responseRef('BadRequest'),
          403: responseRef('Forbidden'),
        },
        security: securityFor(config, 'read'),
      },
    },
    [`${base}/{id}`]: {
      get: {
        operationId: `find${name}ByID`,
        summary: `Get ${withArticle(name)} by id`,
        description: draftNote.trim() || undefined,
        tags: [tag],
        parameters: [idParameter, ...read],
        responses: {
          200: { description: `The ${name}.`, content: json(schemaRef(name)) },
          403: responseRef('Forbidden'),
          404: responseRef('NotFound'),
        },
        security: securityFor(config, 'read'),
      },
      patch: {
        operationId: `update${name}ByID`,
        summary: `Update ${withArticle(name)}`,
        tags: [tag],
        parameters: [idParameter, ...mutationParameters],
        requestBody: writeBody(`${name}Update`, false),
        responses: {
          200: { description: 'Updated.', content: json(schemaRef(`${name}Mutation`)) },
          400: responseRef('BadRequest'),
          403: responseRef('Forbidden'),
          404: responseRef('NotFound'),
        },
        security: securityFor(config, 'write'),
      },
      delete: {
        operationId: `delete${name}ByID`,
        summary: `Delete ${withArticle(name)}`,
        tags: [tag],
        parameters: [idParameter, parameterRef('depth'), ...localized],
        responses: {
          200: { description: 'Deleted (the document as it was).', content: json(schemaRef(`${name}Mutation`)) },
          403: responseRef('Forbidden'),
          404: responseRef('NotFound'),
        },
        security: securityFor(config, 'write'),
      },
    },
  }
  if (!paths[`${base}/{id}`].get!.description) delete paths[`${base}/{id}`].get!.description

  if (collection.auth && !collection.auth.disableLocalStrategy) {
    Object.assign(schemas, authSchemas(collection, name, document))
    Object.assign(paths, authPaths(config, collection, name, tag))
  }
  return { tag: { name: tag, description: `\`${base}\`` }, paths, schemas }
}

const saveAsDraft: ParameterObject = {
  name: 'draft',
  in: 'query',
  description: 'Save as a draft (`true`) instead of publishing; required fields may then be left empty.',
  schema: { type: 'boolean' },
}

function authSchemas(collection: SanitizedCollectionConfig, name: string, document: JSONSchema): Record<string, JSONSchema> {
  // Auth responses carry the user as the session sees it: timestamps may be null, plus the strategy used.
  const user = structuredClone(document)
  const properties = user.properties as Record<string, JSONSchema>
  for (const key of ['createdAt', 'updatedAt']) if (properties[key]) properties[key] = { type: ['string', 'null'] }
  properties._strategy = { type: 'string', description: 'How the request authenticated (`local-jwt`, `api-key`).' }
  user.required = ['id']
  user.title = `${name}Session`
  const withUsername = collection.auth.loginWithUsername
  const identity: Record<string, JSONSchema> = withUsername
    ? { username: { type: 'string' }, email: { type: 'string' } }
    : { email: { type: 'string' } }
  return {
    [`${name}Session`]: user,
    [`${name}Login`]: {
      type: 'object',
      properties: { ...identity, password: { type: 'string', writeOnly: true } },
      required: [withUsername ? 'username' : 'email', 'password'],
    },
    [`${name}LoginResult`]: {
      type: 'object',
      additionalProperties: false,
      properties: {
        message: { type: 'string' },
        token: { type: 'string', description: 'Send it as `Authorization: Bearer <token>`.' },
        exp: { type: 'integer', description: 'Expiry of the token (seconds since the epoch).' },
        user: schemaRef(`${name}Session`),
      },
      required: ['message', 'user'],
    },
    [`${name}Me`]: {
      type: 'object',
      additionalProperties: false,
      properties: {
        user: { oneOf: [schemaRef(`${name}Session`), { type: 'null' }] },
        collection: { type: 'string' },
        strategy: { type: 'string' },
        token: { type: 'string' },
        exp: { type: 'integer' },
        message: { type: 'string' },
      },
      required: ['user'],
    },
    [`${name}RefreshResult`]: {
      type: 'object',
      additionalProperties: false,
      properties: {
        message: { type: 'string' },
        refreshedToken: { type: 'string' },
        exp: { type: 'integer' },
        setCookie: { type: 'boolean' },
        strategy: { type: 'string' },
        user: schemaRef(`${name}Session`),
      },
      required: ['refreshedToken', 'user'],
    },
  }
}

function authPaths(
  config: SanitizedConfig,
  collection: SanitizedCollectionConfig,
  name: string,
  tag: string,
): Record<string, PathItemObject> {
  const base = `${config.routes.api}/${collection.slug}`
  const op = (operation: OperationObject): OperationObject => ({ ...operation, tags: [tag] })
  return {
    [`${base}/login`]: {
      post: op({
        operationId: `login${name}`,
        summary: 'Log in',
        description: 'Returns a JWT and sets it as an HTTP-only cookie. Repeated failures lock the account for a while.',
        requestBody: { required: true, content: json(schemaRef(`${name}Login`)) },
        responses: {
          200: { description: 'Logged in.', content: json(schemaRef(`${name}LoginResult`)) },
          400: responseRef('BadRequest'),
          401: responseRef('Unauthorized'),
        },
        security: [{}],
      }),
    },
    [`${base}/logout`]: {
      post: op({
        operationId: `logout${name}`,
        summary: 'Log out',
        description: 'Ends the session of the token (or cookie) and clears the cookie.',
        responses: {
          200: { description: 'Logged out.', content: json(schemaRef('Message')) },
          400: responseRef('BadRequest'),
        },
        security: securityFor(config, 'write'),
      }),
    },
    [`${base}/me`]: {
      get: op({
        operationId: `me${name}`,
        summary: 'Who am I',
        description: 'The authenticated user (`user: null` without credentials).',
        responses: { 200: { description: 'The current user, if any.', content: json(schemaRef(`${name}Me`)) } },
        security: securityFor(config, 'read'),
      }),
    },
    [`${base}/refresh-token`]: {
      post: op({
        operationId: `refreshToken${name}`,
        summary: 'Refresh the token',
        description: 'A new JWT for the current session, with a new expiry.',
        responses: {
          200: { description: 'Refreshed.', content: json(schemaRef(`${name}RefreshResult`)) },
          401: responseRef('Unauthorized'),
          403: responseRef('Forbidden'),
        },
        security: securityFor(config, 'write'),
      }),
    },
  }
}

/** "an Event", "an AdvocacyContribution", "a User", "a Fiche": summaries read as English. */
export const withArticle = (name: string): string => `${/^[AEIO]/i.test(name) ? 'an' : 'a'} ${name}`
