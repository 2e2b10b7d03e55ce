/**
 * The webhook deliveries in the OpenAPI spec (3.1 `webhooks`): the body RTES POSTs, typed per collection
 * (`doc`, the public document at depth 0, comes with `publish` and `update`), and its headers. The SDK
 * types `constructWebhookEvent` with `WebhookEvent`.
 */
import { schemaRef } from '../openapi/names'
import type { JSONSchema, PathItemObject } from '../openapi/types'
import type { RegistryEntry } from '../plugin/registry'
import { WEBHOOK_EVENTS } from './events'

const common = {
  id: { type: 'string', description: 'The delivery id (also `X-RTES-Delivery`): the same on every retry.' },
  documentId: { type: 'string' },
  occurredAt: { type: 'string', format: 'date-time' },
}

/** The `WebhookEvent` schema, for the synced collections (`syncedCollections(config)`, the ones webhooks follow). */
export function webhookSchemas(synced: Pick<RegistryEntry, 'slug' | 'schema'>[]): Record<string, JSONSchema> {
  const withDocument = synced.map(({ slug, schema }) => ({
    type: 'object',
    additionalProperties: false,
    properties: {
      ...common,
      event: { type: 'string', enum: ['publish', 'update'] },
      collection: { const: slug },
      doc: schemaRef(schema),
    },
    required: ['id', 'event', 'collection', 'documentId', 'occurredAt', 'doc'],
  }))
  return {
    WebhookEvent: {
      description: 'The JSON body of a webhook delivery.',
      oneOf: [
        ...withDocument,
        {
          type: 'object',
          description: 'The document is no longer public (unpublished, made members-only, or deleted).',
          additionalProperties: false,
          properties: {
            ...common,
            event: { type: 'string', enum: WEBHOOK_EVENTS.filter((event) => event !== 'publish' && event !== 'update') },
            collection: { type: 'string', enum: synced.map(({ slug }) => slug) },
          },
          required: ['id', 'event', 'collection', 'documentId', 'occurredAt'],
        },
      ],
    },
  }
}

export const webhookPaths: Record<string, PathItemObject> = {
  contentChange: {
    post: {
      operationId: 'contentChange',
      summary: 'A public document was published, updated, unpublished or deleted',
      description:
        'RTES POSTs this to the URL of each webhook an admin created, with `X-RTES-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`, `X-RTES-Delivery`, `X-RTES-Event` and `X-RTES-Timestamp`. Answer 2xx within 10 s; other answers and timeouts are retried with exponential backoff. `@rtes/sdk` verifies and parses a delivery with `constructWebhookEvent(rawBody, headers, secret)`.',
      tags: ['Webhooks'],
      requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/WebhookEvent' } } } },
      responses: { '2XX': { description: 'Received.' } },
      security: [],
    },
  },
}
