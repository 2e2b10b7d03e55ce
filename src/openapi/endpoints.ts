/**
 * Custom endpoints describe themselves next to their handler (`custom: { openapi: {…} }`, see
 * src/endpoints). This module turns them into paths and names the project endpoints that forgot to.
 */
import type { Endpoint, SanitizedConfig } from 'payload'

import { isInternalCollection } from '../plugin/registry'
import { pascal } from './names'
import type { EndpointOpenAPI, HttpMethod, OperationObject, ParameterObject, PathItemObject } from './types'

/**
 * The endpoints Payload 3.90 adds to every config (root, collections, auth, upload collections): the
 * builder describes the REST operations itself, so these are not "custom" endpoints. `method path`.
 */
const BUILT_IN = new Set([
  'get /access',
  'get /count',
  'post /',
  'delete /',
  'delete /:id',
  'post /access/:id?',
  'get /versions',
  'post /:id/duplicate',
  'get /',
  'get /:id',
  'get /versions/:id',
  'post /versions/:id',
  'patch /',
  'patch /:id',
  'post /forgot-password',
  'get /init',
  'post /login',
  'post /logout',
  'get /me',
  'post /refresh-token',
  'post /first-register',
  'post /reset-password',
  'post /unlock',
  'post /verify/:id',
  'post /:id/api-key/reveal',
  'get /paste-url/:id?',
  'get /file/:filename',
  // Added to the root endpoints by @payloadcms/next at its first REST request (the admin's Open Graph
  // image), so the served spec would otherwise depend on request order.
  'get /og',
])

const METHODS: readonly string[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch']

/** The OpenAPI description an endpoint carries, if any. */
export const endpointDoc = (endpoint: Endpoint): EndpointOpenAPI | undefined =>
  (endpoint.custom as { openapi?: EndpointOpenAPI } | undefined)?.openapi

interface Located {
  endpoint: Endpoint
  /** Full path as served, in Express syntax (`/api/fiches/:id/pdf`). */
  route: string
  tag?: string
}

function projectEndpoints(config: SanitizedConfig): Located[] {
  const found: Located[] = (config.endpoints || []).map((endpoint) => ({ endpoint, route: `${config.routes.api}${endpoint.path}` }))
  for (const collection of config.collections) {
    if (isInternalCollection(collection) || !collection.endpoints) continue
    for (const endpoint of collection.endpoints) {
      found.push({ endpoint, route: `${config.routes.api}/${collection.slug}${endpoint.path}`, tag: collection.slug })
    }
  }
  return found.filter(({ endpoint }) => endpointDoc(endpoint) || !BUILT_IN.has(`${endpoint.method} ${endpoint.path}`))
}

/** `method route` of every custom endpoint without `custom.openapi` (the tests require none). */
export function undocumentedEndpoints(config: SanitizedConfig): string[] {
  return projectEndpoints(config)
    .filter(({ endpoint }) => !endpointDoc(endpoint))
    .map(({ endpoint, route }) => `${endpoint.method.toUpperCase()} ${route}`)
}

/** `/api/fiches/:id/pdf` → `/api/fiches/{id}/pdf` and its path parameter names. */
function toOpenAPIPath(route: string): { path: string; params: string[] } {
  const params: string[] = []
  const path = route.replace(/:([A-Za-z0-9_]+)\??/g, (_, name: string) => {
    params.push(name)
    return `{${name}}`
  })
  return { path, params }
}

export function customEndpointPaths(config: SanitizedConfig, tagFor: (slug: string) => string): Record<string, PathItemObject> {
  const paths: Record<string, PathItemObject> = {}
  for (const { endpoint, route, tag } of projectEndpoints(config)) {
    const method = endpoint.method.toLowerCase()
    if (!METHODS.includes(method)) continue
    const { path, params } = toOpenAPIPath(route)
    const doc: OperationObject = endpointDoc(endpoint) ?? {
      summary: 'Undocumented endpoint',
      description: 'This endpoint has no `custom.openapi` description yet.',
      responses: { default: { description: 'Undocumented.' } },
    }
    const declared = new Set((doc.parameters ?? []).filter((p): p is ParameterObject => 'in' in p && p.in === 'path').map((p) => p.name))
    const pathParameters: ParameterObject[] = params
      .filter((name) => !declared.has(name))
      .map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }))
    paths[path] = {
      ...paths[path],
      [method as HttpMethod]: {
        operationId: doc.operationId ?? `${method}${pascal(route.replace(/^\/api/, ''))}`,
        ...(tag && !doc.tags ? { tags: [tagFor(tag)] } : {}),
        ...doc,
        ...(pathParameters.length ? { parameters: [...pathParameters, ...(doc.parameters ?? [])] } : {}),
      },
    }
  }
  return paths
}
