import { createHash } from 'node:crypto'

import { type DocumentNode, type GraphQLError, type GraphQLSchema, parse, type Source, validate, type ValidationRule } from 'graphql'
import { LRUCache } from 'lru-cache'

/** Heap a parsed document takes per character of its query text (measured: 82–98 bytes). */
export const DOCUMENT_BYTES_PER_CHAR = 100
/** Variable sets remembered as valid per document; beyond, the set starts again. */
const MAX_VARIABLE_SETS = 32

interface Entry {
  document: DocumentNode
  /** Hashes of the variables this document was found valid with (validation rules read `limit` variables). */
  valid: Set<string>
}

export interface DocumentCache {
  /** graphql's `parse`, answered from the cache when the same query text was parsed before. */
  parse: (query: string | Source) => DocumentNode
  /**
   * graphql's `validate`, skipped when this very document (from `parse` above) was already found valid with
   * these variables: the rules depend on nothing else (schema, document, variables; Payload's complexity and
   * our cost rule read `limit` variables). Documents with errors are validated again each time.
   */
  validate: (schema: GraphQLSchema, document: DocumentNode, rules: readonly ValidationRule[], variables: unknown) => readonly GraphQLError[]
}

/**
 * Parsed and validated GraphQL documents by query text, bounded by the heap they are estimated to take
 * (`GRAPHQL_DOCUMENT_CACHE_BYTES`; 0 turns it off). Partners and the website send the same few queries over
 * and over: parsing and validating one against Payload's schema (thousands of types) took 2–3 ms of CPU per
 * request, a tenth of the whole list request (BENCHMARKS.md). Documents are never modified once parsed,
 * so one copy serves every request.
 */
export function documentCache(maxBytes: number): DocumentCache {
  if (maxBytes <= 0) return { parse: (query) => parse(query), validate: (schema, document, rules) => validate(schema, document, rules) }
  const entries = new LRUCache<string, Entry>({
    maxSize: maxBytes,
    sizeCalculation: (_entry, query) => Math.max(1, query.length * DOCUMENT_BYTES_PER_CHAR),
  })
  const byDocument = new WeakMap<DocumentNode, Entry>()
  let validatedSchema: GraphQLSchema | undefined
  return {
    parse(query) {
      if (typeof query !== 'string') return parse(query)
      const known = entries.get(query)
      if (known) return known.document
      const document = parse(query) // a syntax error throws, and is not kept
      const entry: Entry = { document, valid: new Set() }
      entries.set(query, entry)
      byDocument.set(document, entry)
      return document
    },
    validate(schema, document, rules, variables) {
      validatedSchema ??= schema
      // One schema per handler: another one (never today) is validated against, uncached.
      const entry = validatedSchema === schema ? byDocument.get(document) : undefined
      const key =
        entry &&
        createHash('sha256')
          .update(JSON.stringify(variables ?? null))
          .digest('base64')
      if (entry && entry.valid.has(key!)) return []
      const errors = validate(schema, document, rules)
      if (entry && !errors.length) {
        if (entry.valid.size >= MAX_VARIABLE_SETS) entry.valid.clear()
        entry.valid.add(key!)
      }
      return errors
    },
  }
}
