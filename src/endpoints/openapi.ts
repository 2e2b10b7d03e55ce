import type { Endpoint } from 'payload'

import { buildOpenAPIDocument, type EndpointOpenAPI } from '../openapi'

const openapi: EndpointOpenAPI = {
  operationId: 'getOpenAPIDocument',
  summary: 'This OpenAPI document',
  description: 'The OpenAPI 3.1 description of this API, generated from the content model. The docs page is at `/api/docs`.',
  tags: ['API'],
  security: [{}],
  responses: {
    200: {
      description: 'An OpenAPI 3.1 document.',
      content: { 'application/json': { schema: { type: 'object', required: ['openapi', 'info', 'paths'] } } },
    },
  },
}

/** `GET /api/openapi.json`: the spec of the running config (the committed src/sdk/openapi.json, regenerated). */
export const openapiEndpoint: Endpoint = {
  path: '/openapi.json',
  method: 'get',
  handler: (req) =>
    Response.json(buildOpenAPIDocument(req.payload.config), {
      headers: { 'Cache-Control': 'public, max-age=300', 'Access-Control-Allow-Origin': '*' },
    }),
  custom: { openapi },
}
