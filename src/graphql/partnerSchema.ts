/**
 * The GraphQL schema published for partners (`src/sdk/schema.graphql`, shipped as
 * `@rtes/sdk/schema.graphql`): the queries of the public collections only (a document by id, a page, a
 * count), without mutations, accounts, versions, permissions, jobs or Payload's internals, and with the
 * arguments partners cannot use left out (`draft`, `trash`: editors only; `fallbackLocale`: with `none`,
 * required fields could be missing). What is left is a view of the served schema: every operation valid
 * against it is valid on the server, with the same variable types. Only outputs are tightened: fields
 * required by the config (`title`, `slug`, `series`…), timestamps and array row ids are non-null, which
 * they always are for published documents read without `fallbackLocale: none`.
 *
 * Known differences with REST, documented in the SDK README: relationship filters take `JSON` (an id or a
 * list of ids), `sort` is a `String` (REST's sort values), and select values are GraphQL enum names
 * (`points_de_reperess` for REST's `points-de-reperess`).
 */
import {
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  Kind,
  type NamedTypeNode,
  type ObjectTypeDefinitionNode,
  parse,
  print,
  type TypeNode,
} from 'graphql'
import type { FlattenedField, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import { publicCollections } from '../openapi/schemas'

/** Arguments partners cannot use, removed everywhere. */
const EDITOR_ARGUMENTS = new Set(['draft', 'trash', 'fallbackLocale'])

interface Names {
  singular: string
  plural: string
}

function graphQLNames(collection: SanitizedCollectionConfig): Names | undefined {
  const graphQL = collection.graphQL
  if (!graphQL || typeof graphQL !== 'object' || !graphQL.singularName || !graphQL.pluralName) return undefined
  return { singular: graphQL.singularName, plural: graphQL.pluralName }
}

/** The collections partners read: public, not accounts. */
const partnerCollections = (config: SanitizedConfig) =>
  publicCollections(config).flatMap((collection) => {
    const names = graphQLNames(collection)
    return names && !collection.auth ? [{ collection, names }] : []
  })

const notForPartners = (field: FlattenedField): boolean =>
  Boolean((field.custom as { rtes?: { notForPartners?: boolean } } | undefined)?.rtes?.notForPartners)

const nonNull = (type: TypeNode): TypeNode => (type.kind === Kind.NON_NULL_TYPE ? type : { kind: Kind.NON_NULL_TYPE, type })
const namedType = (type: TypeNode): NamedTypeNode => (type.kind === Kind.NAMED_TYPE ? type : namedType(type.type))

export function partnerSchema(config: SanitizedConfig, fullSchema: string): string {
  const document = parse(fullSchema)
  const types = new Map<string, DefinitionNode & { name: { value: string } }>()
  for (const definition of document.definitions)
    if ('name' in definition && definition.name) types.set(definition.name.value, definition as never)

  const collections = partnerCollections(config)
  const queries = new Set(collections.flatMap(({ names }) => [names.singular, names.plural, `count${names.plural}`]))
  const edited = new Map<string, ObjectTypeDefinitionNode>()
  const withoutEditorArguments = (field: FieldDefinitionNode): FieldDefinitionNode => ({
    ...field,
    arguments: field.arguments?.filter((argument) => !EDITOR_ARGUMENTS.has(argument.name.value)),
  })
  const object = (name: string) => {
    const definition = edited.get(name) ?? types.get(name)
    return definition?.kind === Kind.OBJECT_TYPE_DEFINITION ? definition : undefined
  }

  // Queries of the partners' collections only.
  const query = object('Query')!
  edited.set('Query', { ...query, fields: query.fields?.filter((field) => queries.has(field.name.value)) })

  // Outputs the config guarantees: required fields, timestamps, array row ids.
  const tighten = (typeName: string, fields: FlattenedField[], { timestamps = false, rowId = false } = {}) => {
    const definition = object(typeName)
    if (!definition) return
    const required = new Set(
      fields.filter((field) => 'required' in field && field.required && !('hidden' in field && field.hidden)).map((field) => field.name),
    )
    if (timestamps) for (const name of ['createdAt', 'updatedAt']) required.add(name)
    if (rowId) required.add('id')
    edited.set(typeName, {
      ...definition,
      fields: definition.fields?.map((field) => (required.has(field.name.value) ? { ...field, type: nonNull(field.type) } : field)),
    })
    for (const field of fields) {
      if ((field.type !== 'group' && field.type !== 'array') || !('flattenedFields' in field)) continue
      const node = definition.fields?.find((candidate) => candidate.name.value === field.name)
      if (node) tighten(namedType(node.type).name.value, field.flattenedFields, { rowId: field.type === 'array' })
    }
  }
  for (const { collection, names } of collections) tighten(names.singular, collection.flattenedFields, { timestamps: true })

  // Fields partners never read (`custom.rtes.notForPartners`: a proposal's review, src/proposals) are left out
  // of the document types (filters stay as served: inputs are the served ones, and such filters are refused).
  for (const { collection, names } of collections) {
    const hidden = new Set(collection.flattenedFields.filter(notForPartners).map((field) => field.name))
    const definition = object(names.singular)
    if (definition && hidden.size)
      edited.set(names.singular, { ...definition, fields: definition.fields?.filter((field) => !hidden.has(field.name.value)) })
  }

  // Every object type: no editor arguments on its fields (relationships take `draft`, `fallbackLocale`).
  for (const [name, definition] of types) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue
    const current = object(name)!
    edited.set(name, { ...current, fields: current.fields?.map(withoutEditorArguments) })
  }

  // Keep what the queries reach.
  const reachable = new Set<string>()
  const visit = (name: string) => {
    if (reachable.has(name)) return
    reachable.add(name)
    const definition = edited.get(name) ?? types.get(name)
    if (!definition) return // a built-in scalar
    const named: string[] = []
    if ('fields' in definition) {
      for (const field of definition.fields ?? []) {
        named.push(namedType(field.type).name.value)
        if ('arguments' in field) for (const argument of field.arguments ?? []) named.push(namedType(argument.type).name.value)
      }
    }
    if ('types' in definition) for (const member of definition.types ?? []) named.push(member.name.value)
    if ('interfaces' in definition) for (const item of definition.interfaces ?? []) named.push(item.name.value)
    for (const next of named) visit(next)
  }
  visit('Query')

  const definitions = document.definitions.flatMap((definition): DefinitionNode[] => {
    if (definition.kind === Kind.DIRECTIVE_DEFINITION) return [definition]
    if (!('name' in definition) || !definition.name || !reachable.has(definition.name.value)) return []
    return [edited.get(definition.name.value) ?? definition]
  })
  return print({ kind: Kind.DOCUMENT, definitions } satisfies DocumentNode)
}
