/**
 * `@rtes/sdk`: a typed client for the RTES content API. Types are generated from the API's OpenAPI
 * spec (schema.d.ts); see README.md.
 */
export { createClient, DEFAULT_TIMEOUT_MS, type ClientOptions, type RtesClient } from './client.js'
export type { CountParams, GetParams, ListParams, Resource, Resources } from './resources.js'
export type { CachedAnswer, EtagStore } from './etag.js'
export { DEFAULT_RETRY, type RetryEvent, type RetryOptions } from './retry.js'
export type { SyncChange, SyncCollection, SyncIterator, SyncMethods, SyncPage, SyncParams } from './sync.js'
export { verifyWebhookSignature } from './webhooks.js'
export { RtesError, isRtesError } from './errors/RtesError.js'
export { RtesApiError, isRtesApiError, type ApiErrorDetail } from './errors/RtesApiError.js'
export { RtesNetworkError, isRtesNetworkError } from './errors/RtesNetworkError.js'
export { RtesTimeoutError, isRtesTimeoutError } from './errors/RtesTimeoutError.js'
export { RtesGraphQLError, isRtesGraphQLError } from './errors/RtesGraphQLError.js'
export type { DocumentNodeLike, DocumentTypeDecoration, GraphQLCall, GraphQLDocument } from './graphql.js'
export type {
  CallOptions,
  CountQuery,
  DocumentOf,
  GetQuery,
  ListQuery,
  Locale,
  Page,
  PageOf,
  ResultDoc,
  SchemaOf,
  Selected,
  WhereOf,
} from './types.js'
export type { components, operations, paths } from './schema.js'
// The collection table and the document types by the names partners know (`Fiche`, `Kit`…), generated from
// the collection registry (`npm run generate`): a new collection needs no edit here.
export * from './collections.js'
