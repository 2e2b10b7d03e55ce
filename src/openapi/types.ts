/**
 * The small subset of OpenAPI 3.1 types the spec builder and the self-describing endpoints use.
 * Schemas are JSON Schema 2020-12 objects, kept loose on purpose (Payload's generator emits plain JSON).
 */
export type JSONSchema = { [keyword: string]: unknown }

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch'

export interface ParameterObject {
  name: string
  in: 'query' | 'path' | 'header' | 'cookie'
  description?: string
  required?: boolean
  style?: string
  explode?: boolean
  schema: JSONSchema
  example?: unknown
}

export interface ReferenceObject {
  $ref: string
}

export interface MediaTypeObject {
  schema: JSONSchema
  example?: unknown
}

export interface ResponseObject {
  description: string
  headers?: Record<string, { description?: string; schema: JSONSchema }>
  content?: Record<string, MediaTypeObject>
}

export interface RequestBodyObject {
  description?: string
  required?: boolean
  content: Record<string, MediaTypeObject>
}

export type SecurityRequirement = Record<string, string[]>

export interface OperationObject {
  operationId?: string
  summary: string
  description?: string
  tags?: string[]
  parameters?: (ParameterObject | ReferenceObject)[]
  requestBody?: RequestBodyObject
  responses: Record<string, ResponseObject | ReferenceObject>
  security?: SecurityRequirement[]
  deprecated?: boolean
}

export type PathItemObject = Partial<Record<HttpMethod, OperationObject>>

export interface OpenAPIDocument {
  openapi: '3.1.0'
  info: { title: string; version: string; description?: string }
  jsonSchemaDialect?: string
  servers?: { url: string; description?: string }[]
  tags?: { name: string; description?: string }[]
  security?: SecurityRequirement[]
  paths: Record<string, PathItemObject>
  webhooks?: Record<string, PathItemObject>
  components: {
    schemas: Record<string, JSONSchema>
    parameters?: Record<string, ParameterObject>
    responses?: Record<string, ResponseObject>
    securitySchemes?: Record<string, Record<string, unknown>>
  }
}

/**
 * How a custom Payload endpoint describes itself, next to its handler:
 * `{ path, method, handler, custom: { openapi: { summary, responses, … } } }`.
 * The builder fills in the `operationId` when missing and adds the endpoint to the spec.
 */
export type EndpointOpenAPI = OperationObject
