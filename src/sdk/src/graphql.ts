/**
 * `client.graphql(document, variables)`: a string, a `TypedDocumentNode` (graphql-codegen, gql.tada…) or
 * a codegen `TypedDocumentString`; the result and variables are typed from the document. The types
 * below are structural copies of `@graphql-typed-document-node/core`, so the package keeps no
 * dependency, and a small printer turns a parsed document back into text without bundling `graphql`.
 */
import type { CallOptions } from './types.js'

/** What `@graphql-typed-document-node/core` adds to a document: its result and variables types. */
export interface DocumentTypeDecoration<TResult, TVariables> {
  __apiType?: (variables: TVariables) => TResult
}

/** A parsed GraphQL document (`DocumentNode` from `graphql`), as far as the SDK needs it. */
export interface DocumentNodeLike {
  readonly kind: 'Document'
  readonly definitions: readonly unknown[]
  readonly loc?: { readonly source: { readonly body: string } } | undefined
}

/** What `graphql()` accepts: query text, or a typed document (parsed, or a codegen document string). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped results are read freely, as JSON
export type GraphQLDocument<TResult = Record<string, any>, TVariables = Record<string, unknown>> =
  string | (DocumentTypeDecoration<TResult, TVariables> & (DocumentNodeLike | string))

/** `client.graphql`: the result type comes from a typed document, or from the type arguments. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export type GraphQLCall = <TResult = Record<string, any>, TVariables = Record<string, unknown>>(
  document: GraphQLDocument<TResult, TVariables>,
  variables?: TVariables,
  options?: CallOptions,
) => Promise<TResult>

/** The text of a document: strings as they are, parsed documents printed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any typed document
export function documentText(document: GraphQLDocument<any, any>): string {
  if (typeof document === 'string') return document
  if (document instanceof String) return document.toString()
  if (document && (document as DocumentNodeLike).kind === 'Document') {
    return (document as DocumentNodeLike).loc?.source.body ?? print(document)
  }
  throw new TypeError('graphql: the document must be a string or a parsed GraphQL document (DocumentNode / TypedDocumentNode).')
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a graphql-js AST node; only the executable-document kinds are printed
type Node = any
const join = (nodes: readonly Node[] | undefined, separator = ' '): string => (nodes ?? []).map(print).join(separator)
const wrap = (open: string, text: string, close: string): string => (text ? open + text + close : '')
const directives = (node: Node): string => wrap(' ', join(node.directives), '')
const args = (node: Node): string => wrap('(', join(node.arguments, ', '), ')')

function print(node: Node): string {
  switch (node.kind) {
    case 'Document':
      return join(node.definitions, '\n\n')
    case 'OperationDefinition':
      return `${node.operation}${node.name ? ` ${node.name.value}` : ''}${wrap('(', join(node.variableDefinitions, ', '), ')')}${directives(node)} ${print(node.selectionSet)}`
    case 'VariableDefinition':
      return `${print(node.variable)}: ${print(node.type)}${node.defaultValue ? ` = ${print(node.defaultValue)}` : ''}${directives(node)}`
    case 'SelectionSet':
      return `{ ${join(node.selections)} }`
    case 'Field':
      return `${node.alias ? `${node.alias.value}: ` : ''}${node.name.value}${args(node)}${directives(node)}${node.selectionSet ? ` ${print(node.selectionSet)}` : ''}`
    case 'Argument':
    case 'ObjectField':
      return `${node.name.value}: ${print(node.value)}`
    case 'FragmentSpread':
      return `...${node.name.value}${directives(node)}`
    case 'InlineFragment':
      return `...${node.typeCondition ? ` on ${node.typeCondition.name.value}` : ''}${directives(node)} ${print(node.selectionSet)}`
    case 'FragmentDefinition':
      return `fragment ${node.name.value} on ${node.typeCondition.name.value}${directives(node)} ${print(node.selectionSet)}`
    case 'Directive':
      return `@${node.name.value}${args(node)}`
    case 'Variable':
      return `$${node.name.value}`
    case 'StringValue':
      return JSON.stringify(node.value)
    case 'NullValue':
      return 'null'
    case 'ListValue':
      return `[${join(node.values, ', ')}]`
    case 'ObjectValue':
      return `{${join(node.fields, ', ')}}`
    case 'NamedType':
      return node.name.value
    case 'ListType':
      return `[${print(node.type)}]`
    case 'NonNullType':
      return `${print(node.type)}!`
    default: // IntValue, FloatValue, BooleanValue, EnumValue
      if ('value' in node) return String(node.value)
      throw new TypeError(`graphql: cannot print a "${node.kind}" node; pass the query text instead.`)
  }
}
