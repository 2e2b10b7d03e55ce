import { type DocumentNode, Kind, type OperationDefinitionNode, parse, type SelectionSetNode, valueFromASTUntyped } from 'graphql'

/**
 * Checks a GraphQL request before Payload parses and validates it: the query text's length, the number
 * of aliases, and how many fields the document expands to once fragments are spread. The last bound
 * protects every validation rule (ours, graphql-js's and Payload's complexity rule, which all walk
 * fragments where they are spread): a chain of fragments each spreading the next twice is a few hundred
 * characters but 2^n fields.
 */
export interface GraphQLRequestBounds {
  /** GRAPHQL_MAX_QUERY_LENGTH */
  maxQueryLength: number
  /** GRAPHQL_MAX_ALIASES */
  maxAliases: number
}

/** Fields a document may expand to (fragments spread). The introspection query is about 100. */
export const MAX_EXPANDED_FIELDS = 5000

export function checkGraphQLRequest(body: Record<string, unknown>, bounds: GraphQLRequestBounds): string | null {
  const { query, variables, operationName } = body
  if (typeof query !== 'string') return 'The GraphQL request needs a `query` string.'
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) {
    return '`variables` must be an object.'
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return '`operationName` must be a string.'
  if (query.length > bounds.maxQueryLength) {
    return `The query is ${query.length} characters long: at most ${bounds.maxQueryLength} are accepted (GRAPHQL_MAX_QUERY_LENGTH).`
  }
  let document: DocumentNode
  try {
    document = parse(query, { noLocation: true })
  } catch {
    return null // syntax errors are reported by the GraphQL handler, with their location
  }
  const unusable = operationProblem(document, variables as Record<string, unknown> | null | undefined)
  if (unusable) return unusable
  const { fields, aliases } = measure(document)
  if (aliases > bounds.maxAliases) {
    return `The query uses ${aliases} aliases: at most ${bounds.maxAliases} are accepted (GRAPHQL_MAX_ALIASES).`
  }
  if (fields > MAX_EXPANDED_FIELDS) {
    return `The query expands to more than ${MAX_EXPANDED_FIELDS} fields once its fragments are spread.`
  }
  return null
}

interface Size {
  fields: number
  aliases: number
}

/** Fields and aliases of every operation, fragments counted where spread (each fragment measured once). */
function measure(document: DocumentNode): Size {
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition.selectionSet] as const] : [],
    ),
  )
  const memo = new Map<string, Size>()
  const visiting = new Set<string>()
  const ofSet = (set: SelectionSetNode): Size => {
    const size = { fields: 0, aliases: 0 }
    for (const selection of set.selections) {
      let inner: Size = { fields: 0, aliases: 0 }
      if (selection.kind === Kind.FIELD) {
        inner = selection.selectionSet ? ofSet(selection.selectionSet) : inner
        inner = { fields: inner.fields + 1, aliases: inner.aliases + (selection.alias ? 1 : 0) }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = ofSet(selection.selectionSet)
      } else {
        inner = ofFragment(selection.name.value)
      }
      size.fields += inner.fields
      size.aliases += inner.aliases
      // Saturate: the totals only need to be compared with the bounds.
      if (size.fields > MAX_EXPANDED_FIELDS) break
    }
    return size
  }
  const ofFragment = (name: string): Size => {
    const known = memo.get(name)
    if (known) return known
    const set = fragments.get(name)
    if (!set || visiting.has(name)) return { fields: 0, aliases: 0 } // unknown or cyclic: graphql's own rules report it
    visiting.add(name)
    const size = ofSet(set)
    visiting.delete(name)
    memo.set(name, size)
    return size
  }
  const total = { fields: 0, aliases: 0 }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    const size = ofSet(definition.selectionSet)
    total.fields += size.fields
    total.aliases += size.aliases
  }
  return total
}

/**
 * What Payload's complexity rule cannot evaluate: it reads `@skip`/`@include` conditions and costs every
 * operation before graphql-js's own rules have reported anything, and throws (an "internal error", 500)
 * on a condition that is not a boolean (`@skip(if: "x")`), is missing, or names a variable without a
 * value; and on a subscription (the schema has none). These are refused as bad requests instead.
 */
function operationProblem(document: DocumentNode, variables: Record<string, unknown> | null | undefined): string | null {
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  )
  for (const operation of document.definitions) {
    if (operation.kind !== Kind.OPERATION_DEFINITION) continue
    if (operation.operation === 'subscription') return 'Subscriptions are not supported: use a query or a mutation.'
    const problem = conditionProblem(operation, fragments, variables ?? {})
    if (problem) return problem
  }
  return null
}

function conditionProblem(
  operation: OperationDefinitionNode,
  fragments: Map<string, { selectionSet: SelectionSetNode }>,
  variables: Record<string, unknown>,
): string | null {
  // A variable has a value when given one (not null), or when its declared default is not null.
  const valued = new Set(
    (operation.variableDefinitions ?? [])
      .filter(({ variable, defaultValue }) => {
        const name = variable.name.value
        const value = Object.hasOwn(variables, name) ? variables[name] : defaultValue && valueFromASTUntyped(defaultValue)
        return value !== null && value !== undefined
      })
      .map(({ variable }) => variable.name.value),
  )
  const seen = new Set<string>()
  const ofSet = (set: SelectionSetNode): string | null => {
    for (const selection of set.selections) {
      for (const directive of selection.directives ?? []) {
        const name = directive.name.value
        if (name !== 'skip' && name !== 'include') continue
        const condition = directive.arguments?.find((argument) => argument.name.value === 'if')?.value
        if (condition?.kind === Kind.BOOLEAN) continue
        if (condition?.kind === Kind.VARIABLE && valued.has(condition.name.value)) continue
        const got = !condition
          ? 'nothing'
          : condition.kind === Kind.VARIABLE
            ? `the variable $${condition.name.value}, which has no value`
            : 'a value that is not a boolean'
        return `@${name} needs \`if: true\`, \`if: false\` or a Boolean variable with a value; got ${got}.`
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value)
        if (!fragment || seen.has(selection.name.value)) continue // unknown or already checked: graphql's own rules report the rest
        seen.add(selection.name.value)
        const problem = ofSet(fragment.selectionSet)
        if (problem) return problem
      } else if (selection.selectionSet) {
        const problem = ofSet(selection.selectionSet)
        if (problem) return problem
      }
    }
    return null
  }
  return ofSet(operation.selectionSet)
}
