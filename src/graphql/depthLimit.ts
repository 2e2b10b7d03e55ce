import { GraphQLError, Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql'

/**
 * Refuses operations nested deeper than `maxDepth` fields (fragments followed), before anything runs.
 * Payload's own complexity rule does not catch a narrow but deep query (fiche → kit → fiches → kit…),
 * which still costs one database round trip per level. Introspection fields are not counted: the
 * standard introspection query is deep by design and stays allowed.
 */
export function depthLimit(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const depth = measure(context, operation.selectionSet, 0, maxDepth, new Set())
      if (depth > maxDepth) {
        const name = operation.name ? `Operation "${operation.name.value}"` : 'The query'
        context.reportError(
          new GraphQLError(
            `${name} exceeds the maximum depth of ${maxDepth} (GRAPHQL_MAX_DEPTH): it nests fields more than ${maxDepth} levels deep.`,
            {
              nodes: [operation],
            },
          ),
        )
      }
    },
  })
}

/** Depth of a selection set; stops descending past the limit so a huge query costs little. */
function measure(context: ValidationContext, set: SelectionSetNode, depth: number, max: number, fragments: Set<string>): number {
  if (depth > max) return depth
  let deepest = depth
  for (const selection of set.selections) {
    let inner: number
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue
      inner = selection.selectionSet ? measure(context, selection.selectionSet, depth + 1, max, fragments) : depth + 1
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(context, selection.selectionSet, depth, max, fragments)
    } else {
      const name = selection.name.value
      const fragment = context.getFragment(name)
      if (!fragment || fragments.has(name)) continue // unknown or cyclic: reported by graphql's own rules
      inner = measure(context, fragment.selectionSet, depth, max, new Set(fragments).add(name))
    }
    deepest = Math.max(deepest, inner)
    if (deepest > max) break
  }
  return deepest
}
