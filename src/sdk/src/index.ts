/**
 * `@rtes/sdk`: a typed client for the RTES content API. Types are generated from the API's OpenAPI
 * spec (schema.d.ts); see README.md.
 *
 * @packageDocumentation
 */
export { createClient, DEFAULT_TIMEOUT_MS, type ClientOptions, type RtesClient } from './client.js'
export {
  COLLECTIONS,
  type AdvocacyContribution,
  type CollectionName,
  type CollectionSlug,
  type CollectionTable,
  type DocumentOf,
  type Event,
  type Fiche,
  type Kit,
  type Media,
  type NameOf,
  type Partner,
  type PressArticle,
  type SchemaNameOf,
  type SchemaOf,
  type Territory,
  type Theme,
} from './collections.js'
export type { Resource, ResourceBase, ResourceMethods, Resources, SluggedCollection } from './resources.js'
export type { SearchCollection, SearchMethods, SearchPage, SearchParams, SearchResult } from './search.js'
export type { CachedAnswer, EtagStore } from './etag.js'
export { DEFAULT_RETRY, type RetryEvent, type RetryOptions } from './retry.js'
export type { SyncChange, SyncCollection, SyncIterator, SyncMethods, SyncPage, SyncParams } from './sync.js'
export {
  constructWebhookEvent,
  verifyWebhookSignature,
  type ConstructWebhookEventOptions,
  type HeadersLike,
  type WebhookEvent,
  type WebhookEventType,
} from './webhooks.js'
export { renderRichText, type RenderRichTextOptions, type RichTextNode, type RichTextValue } from './richText.js'
export { imageSources, imageSrcset, imageUrl, type ImageFormat, type ImageKind, type ImageSource, type MediaLike } from './images.js'
export { RtesError, isRtesError } from './errors/RtesError.js'
export { RtesApiError, isRtesApiError, type ApiErrorDetail } from './errors/RtesApiError.js'
export { RtesNetworkError, isRtesNetworkError } from './errors/RtesNetworkError.js'
export { RtesTimeoutError, isRtesTimeoutError } from './errors/RtesTimeoutError.js'
export { RtesGraphQLError, isRtesGraphQLError } from './errors/RtesGraphQLError.js'
export { RtesWebhookError, isRtesWebhookError } from './errors/RtesWebhookError.js'
export type { DocumentNodeLike, DocumentTypeDecoration, GraphQLCall, GraphQLDocument } from './graphql.js'
export type {
  CallOptions,
  CountParams,
  CountQuery,
  Depth,
  DocumentAtDepth,
  GetParams,
  GetQuery,
  ListParams,
  ListQuery,
  Locale,
  Page,
  ResultDoc,
  RichTextFormat,
  Selected,
  SelectOf,
  SortOf,
  WhereOf,
} from './types.js'
/**
 * The raw types generated from the OpenAPI spec (`@rtes/sdk/openapi.json`), for those who need an operation
 * or a schema the helpers above do not name. Left out of the API reference (thousands of lines).
 * @hidden
 */
export type { components, operations, paths, webhooks } from './schema.js'
