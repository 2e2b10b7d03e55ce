import fs from 'node:fs'
import path from 'node:path'

import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

import type { OpenAPIDocument, ResponseObject } from '../../src/openapi/types'
import { ROOT } from '../helpers/server'

export const COMMITTED_SPEC_PATH = path.join(ROOT, 'src/sdk/openapi.json')
export const readCommittedSpec = (): OpenAPIDocument => JSON.parse(fs.readFileSync(COMMITTED_SPEC_PATH, 'utf8'))

/** The collections a spec describes: slug → document schema name (from `GET /api/<slug>/{id}`). */
export function specCollections(spec: OpenAPIDocument): { slug: string; schema: string }[] {
  return Object.entries(spec.paths).flatMap(([route, item]) => {
    const match = /^\/api\/([^/{}]+)\/\{id\}$/.exec(route)
    const ref = (item.get?.responses['200'] as ResponseObject | undefined)?.content?.['application/json']?.schema?.$ref
    return match && typeof ref === 'string' ? [{ slug: match[1], schema: ref.split('/').pop()! }] : []
  })
}

/**
 * Validates bodies against the spec's component schemas with Ajv (JSON Schema 2020-12, strict mode),
 * and live responses against what the spec documents for their path, method and status.
 */
export class SpecValidator {
  private readonly ajv: Ajv2020
  private readonly compiled = new Map<string, ValidateFunction>()

  /** With `ignoreRequired`, missing properties are accepted (for documented partial documents). */
  constructor(
    readonly spec: OpenAPIDocument,
    { ignoreRequired = false }: { ignoreRequired?: boolean } = {},
  ) {
    this.ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true })
    addFormats.default(this.ajv)
    // Refs point at `#/components/schemas/X`: host the schemas as `$defs` of one document.
    const defs = JSON.parse(JSON.stringify(spec.components.schemas).replaceAll('"#/components/schemas/', '"rtes#/$defs/'), (key, value) =>
      ignoreRequired && key === 'required' && Array.isArray(value) ? undefined : value,
    )
    this.ajv.addSchema({ $id: 'rtes', $defs: defs })
  }

  /** Compiles every component schema (throws on an invalid one). */
  compileAll(): string[] {
    return Object.keys(this.spec.components.schemas).map((name) => (this.schema(name), name))
  }

  schema(name: string): ValidateFunction {
    let validate = this.compiled.get(name)
    if (!validate) {
      validate = this.ajv.compile({ $ref: `rtes#/$defs/${name}` })
      this.compiled.set(name, validate)
    }
    return validate
  }

  /** The JSON schema documented for a response, or a reason why there is none. */
  responseSchema(route: string, method: string, status: number): Record<string, unknown> {
    const operation = this.spec.paths[route]?.[method.toLowerCase() as 'get']
    if (!operation) throw new Error(`the spec has no ${method.toUpperCase()} ${route}`)
    let response = operation.responses[String(status)] as ResponseObject | { $ref: string } | undefined
    if (!response) {
      throw new Error(`${method.toUpperCase()} ${route} answered ${status}, which the spec does not document`)
    }
    if ('$ref' in response) response = this.spec.components.responses![response.$ref.split('/').pop()!]!
    const schema = response.content?.['application/json']?.schema
    if (!schema) throw new Error(`${method.toUpperCase()} ${route} ${status} documents no JSON body`)
    return schema
  }

  /** Errors (empty when valid) of a live body against the documented response schema. */
  responseErrors(route: string, method: string, status: number, body: unknown): string[] {
    const schema = this.responseSchema(route, method, status)
    const key = `${method} ${route} ${status}`
    let validate = this.compiled.get(key)
    if (!validate) {
      const rewritten = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', '"rtes#/$defs/'))
      validate = this.ajv.compile(rewritten)
      this.compiled.set(key, validate)
    }
    return validate(body) ? [] : describe(validate.errors)
  }
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).slice(0, 10).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`)
}
