import type { GraphQLError, GraphQLFormattedError } from 'graphql'
import { createHandler } from 'graphql-http/lib/use/fetch'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  createPayloadRequest,
  headersWithCors,
  logError,
  mergeHeaders,
  type Payload,
  type PayloadRequest,
  unlinkClientUploadTempFile,
} from 'payload'

import { badRequest, withBodyGuard } from '../utilities/jsonBody'
import { documentCache } from './documentCache'
import { graphqlGet } from './get'
import { resolveKnownRelations } from './knownRelations'
import { checkGraphQLRequest, type GraphQLRequestBounds } from './requestLimits'
import { refusalsAsBadRequests } from './status'

export interface GraphQLHandlerOptions extends GraphQLRequestBounds {
  /** The Payload instance to run with (`getPayload`'s `key`): the server's own. */
  payloadInstanceCacheKey: string
  /** MAX_JSON_DEPTH */
  maxJsonDepth: number
  /** GRAPHQL_DOCUMENT_CACHE_BYTES: parsed and validated queries kept (src/graphql/documentCache.ts); 0: none. */
  documentCacheBytes: number
}

export interface GraphQLHandlers {
  POST: (request: Request) => Promise<Response>
  /** Queries over GET, persisted queries included (src/graphql/get.ts). */
  GET: (request: Request) => Promise<Response>
}

type Schema = ReturnType<typeof import('@payloadcms/graphql').configToSchema>

/**
 * Payload's GraphQL API on a given Payload instance, as Fetch handlers: the schema Payload builds from the
 * config (`configToSchema`, with the config's validation rules: depth, cost, Payload's complexity floor),
 * run by graphql-http, as `@payloadcms/next`'s route does, but without Next. The body guards and request
 * bounds of src/graphql run first; refusals answer 400 (src/graphql/status.ts).
 *
 * The schema is built once, on first use, and kept by this handler (not in Payload's process-wide
 * `global._payload_graphql`, which belongs to Next's module copy of Payload).
 */
export function graphQLHandlers(payload: Payload, options: GraphQLHandlerOptions): GraphQLHandlers {
  const { config } = payload
  let built: Promise<Schema> | undefined
  // @payloadcms/graphql is loaded with the schema, on the first GraphQL request: REST answers ~0.1 s sooner
  // after a start.
  const schema = () =>
    (built ??= import('@payloadcms/graphql').then(({ configToSchema }) => {
      const result = configToSchema(config)
      resolveKnownRelations(result.schema, config)
      return result
    }))
  const documents = documentCache(options.documentCacheBytes)

  const run = async (request: Request): Promise<Response> => {
    if (config.graphQL.disable) return new Response(null, { status: 404 })
    // graphql-http reads the body from its own copy; Payload's request reads the original.
    const forGraphQL = request.clone()
    const req = await createPayloadRequest({
      canSetHeaders: true,
      config,
      payloadInstanceCacheKey: options.payloadInstanceCacheKey,
      request,
    })
    try {
      await addDataAndFileToRequest(req)
      addLocalesToRequestFromData(req)
      const { schema: graphQLSchema, validationRules } = await schema()
      // Resolvers set response headers here (login and logout cookies).
      const headers: Record<string, string> = {}
      let variables: unknown
      const response = await createHandler({
        schema: graphQLSchema,
        context: { headers, req },
        parse: documents.parse,
        validationRules: (_request, args, specifiedRules) => {
          variables = args.variableValues
          return [...specifiedRules, ...validationRules(args)]
        },
        validate: (validSchema, document, rules) => documents.validate(validSchema, document, rules ?? [], variables),
        onOperation: async (_request, args, result) => {
          const extended = typeof payload.extensions === 'function' ? await payload.extensions({ args, req: _request, result }) : result
          if (!extended.errors) return extended
          const errors = await Promise.all((result.errors ?? []).map((error) => formatError(error, req)))
          // graphql-http types `errors` as GraphQLError[]; formatted errors are what it serialises anyway.
          return { ...extended, errors: errors as unknown as GraphQLError[] }
        },
      })(forGraphQL)
      const responseHeaders = headersWithCors({ headers: new Headers(response.headers), req })
      for (const [name, value] of Object.entries(headers)) responseHeaders.append(name, value)
      return new Response(response.body, {
        status: response.status,
        headers: req.responseHeaders ? mergeHeaders(req.responseHeaders, responseHeaders) : responseHeaders,
      })
    } finally {
      // An operation that writes no document never reaches the operation-level cleanup of uploads.
      await unlinkClientUploadTempFile({ req })
    }
  }

  const POST = withBodyGuard(refusalsAsBadRequests(run), {
    maxJsonDepth: options.maxJsonDepth,
    jsonOnly: true,
    check: (body) => {
      const problem = checkGraphQLRequest(body, options)
      return problem ? badRequest(problem) : null
    },
  })
  return { POST, GET: graphqlGet(POST) }
}

/**
 * An error raised while running, as Payload's GraphQL API answers it: the status in `extensions`, the
 * message hidden for internal errors (unless `debug`), logged, then passed to the config's `afterError`
 * hooks (French messages, 400s for bad data, 503 when the database is busy: src/errors, src/database).
 */
async function formatError(error: GraphQLError, req: PayloadRequest): Promise<GraphQLFormattedError> {
  const { payload } = req
  const original: (Error & { status?: number; data?: unknown }) | undefined = error.originalError
  const status = original?.status || 500
  // The error thrown, not GraphQL's wrapper: its class name and status choose the log level (4xx: one info line).
  logError({ err: original ?? error, payload })
  let formatted: GraphQLFormattedError = {
    message: status === 500 && !payload.config.debug ? 'Something went wrong.' : error.message,
    locations: error.locations,
    path: error.path,
    extensions: {
      name: original?.name || undefined,
      data: original?.data || undefined,
      stack: payload.config.debug ? error.stack : undefined,
      statusCode: status,
    },
  }
  for (const hook of payload.config.hooks.afterError ?? []) {
    const result = await hook({ context: req.context, error, graphqlResult: formatted, req })
    if (result?.graphqlResult) formatted = result.graphqlResult
  }
  return formatted
}
