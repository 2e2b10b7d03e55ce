import {
  type FieldNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLNamedType,
  GraphQLObjectType,
  type GraphQLSchema,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql'

/**
 * A cost rule that follows list sizes, the way the answer actually grows, where Payload's own
 * `maxComplexity` adds 1 per field and 10 per relationship whatever the page size (300 aliases of
 * `Fiches(limit: 1000)` passed it):
 *
 * - a field costs 1 (a JSON field, i.e. rich text, 10: converting Lexical trees is the costly part of a
 *   document), plus its sub-selection's cost times its multiplier;
 * - a paginated list (`Fiches(limit: n)`, a join `fiches(limit: n)`, versions) multiplies its `docs`
 *   by `n`; without `limit`, by Payload's default page size (10) or the join's `defaultLimit`;
 * - any other list of objects (hasMany relationships, arrays, blocks) multiplies by 10;
 * - fragments are costed once per place they are spread (memoised, so a fragment chain costs no time).
 *
 * `limit` must be within 1..maxLimit and `pagination: false` is refused, as in REST: both would return
 * every document. The operation's cost must not exceed maxCost. Introspection fields are free.
 */
export interface CostBounds {
  maxCost: number
  maxLimit: number
}

/** Items assumed in a list that has no `limit` argument (hasMany relationships, arrays, blocks). */
export const UNBOUNDED_LIST_SIZE = 10
/** Cost of a JSON leaf (rich text, JSON fields), against 1 for other fields. */
export const JSON_FIELD_COST = 10
/** Payload's page size when `limit` is not given. */
export const DEFAULT_PAGE_SIZE = 10

type Variables = Record<string, unknown> | null | undefined

export function costLimit({ maxCost, maxLimit }: CostBounds, variables: Variables): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const schema = context.getSchema()
      const root =
        operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'query' ? schema.getQueryType() : null
      if (!root) return
      const walker = new CostWalker(context, schema, maxLimit, variables)
      const cost = walker.ofSet(operation.selectionSet, root, 1)
      if (cost > maxCost) {
        const name = operation.name ? `Operation "${operation.name.value}"` : 'The query'
        context.reportError(
          new GraphQLError(
            `${name} exceeds the maximum complexity of ${maxCost} (GRAPHQL_MAX_COMPLEXITY): its estimated cost is ${Math.round(cost)}. ` +
              `Each list multiplies the cost of its fields by its \`limit\` (${DEFAULT_PAGE_SIZE} when absent, a join's default otherwise): ask for fewer documents, fields or nested lists.`,
            { nodes: [operation] },
          ),
        )
      }
    },
  })
}

class CostWalker {
  private readonly memo = new Map<string, number>()
  private readonly visiting = new Set<string>()

  constructor(
    private readonly context: ValidationContext,
    private readonly schema: GraphQLSchema,
    private readonly maxLimit: number,
    private readonly variables: Variables,
  ) {}

  /** `pageSize` multiplies a `docs` field directly in this set (the page of a paginated parent). */
  ofSet(set: SelectionSetNode, type: GraphQLNamedType, pageSize: number): number {
    let cost = 0
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) cost += this.ofField(selection, type, pageSize)
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : type
        cost += condition ? this.ofSet(selection.selectionSet, condition, pageSize) : 0
      } else {
        cost += this.ofFragment(selection.name.value, pageSize)
      }
    }
    return cost
  }

  private ofFragment(name: string, pageSize: number): number {
    const key = `${name}:${pageSize}`
    const known = this.memo.get(key)
    if (known !== undefined) return known
    const fragment = this.context.getFragment(name)
    const type = fragment && this.schema.getType(fragment.typeCondition.name.value)
    if (!fragment || !type || this.visiting.has(name)) return 0 // unknown or cyclic: graphql's own rules report it
    this.visiting.add(name)
    const cost = this.ofSet(fragment.selectionSet, type, pageSize)
    this.visiting.delete(name)
    this.memo.set(key, cost)
    return cost
  }

  private ofField(node: FieldNode, parent: GraphQLNamedType, pageSize: number): number {
    const name = node.name.value
    if (name.startsWith('__')) return 0
    const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined
    if (!field) return 1 // unknown fields are reported by graphql's own rules
    const type = getNamedType(field.type)
    if (!node.selectionSet) return type.name === 'JSON' ? JSON_FIELD_COST : 1
    const hasLimit = field.args.some((arg) => arg.name === 'limit')
    if (hasLimit) {
      // Paginated: the multiplier applies to its `docs`, not to `totalDocs` and friends.
      this.checkPagination(node)
      const joinDefault = (field.extensions as { field?: { defaultLimit?: number } } | undefined)?.field?.defaultLimit
      const size = this.limitOf(node) ?? joinDefault ?? DEFAULT_PAGE_SIZE
      return 1 + this.ofSet(node.selectionSet, type, size)
    }
    const list = isListType(getNullableType(field.type))
    const multiplier = !list ? 1 : name === 'docs' ? pageSize : UNBOUNDED_LIST_SIZE
    return 1 + multiplier * this.ofSet(node.selectionSet, type, 1)
  }

  /** The `limit` asked for (literal or variable), after checking its range; undefined when absent. */
  private limitOf(node: FieldNode): number | undefined {
    const value = this.argument(node, 'limit')
    if (value === undefined || value === null) return undefined
    // `count: true, limit: 0` on a join only counts (Payload runs a count instead of a find).
    if (value === 0 && this.argument(node, 'count') === true) return 0
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > this.maxLimit) {
      this.context.reportError(
        new GraphQLError(
          `\`limit\` of "${node.alias?.value ?? node.name.value}" must be an integer from 1 to ${this.maxLimit} (API_MAX_LIMIT), got ${JSON.stringify(value)}.`,
          {
            nodes: [node],
          },
        ),
      )
      return this.maxLimit
    }
    return value
  }

  private checkPagination(node: FieldNode): void {
    if (this.argument(node, 'pagination') === false) {
      this.context.reportError(
        new GraphQLError(
          `"${node.alias?.value ?? node.name.value}" may not use \`pagination: false\`: page through with \`limit\` (1 to ${this.maxLimit}) and \`page\`.`,
          {
            nodes: [node],
          },
        ),
      )
    }
  }

  private argument(node: FieldNode, name: string): unknown {
    const argument = node.arguments?.find((arg) => arg.name.value === name)
    return argument ? this.valueOf(argument.value) : undefined
  }

  private valueOf(value: ValueNode): unknown {
    switch (value.kind) {
      case Kind.INT:
        return Number(value.value)
      case Kind.FLOAT:
        return Number(value.value)
      case Kind.BOOLEAN:
        return value.value
      case Kind.NULL:
        return null
      case Kind.VARIABLE:
        return this.variables?.[value.name.value]
      default:
        return 'value' in value ? value.value : undefined
    }
  }
}

/**
 * Payload's GraphQL join fields load every related document when `limit` is absent (REST uses the
 * join's `defaultLimit`), and sort by the joined collection's `defaultSort` instead of the join's own
 * (a kit's fiches came out newest first in GraphQL, by number in REST). Apply the join's defaults, so the
 * cost estimated above is what runs and both APIs answer in the same order. Patched once per schema
 * object (Payload builds one per process and caches it).
 */
const patched = new WeakSet<GraphQLSchema>()
export function applyJoinDefaultLimits(schema: GraphQLSchema | undefined): void {
  if (!schema || patched.has(schema)) return
  patched.add(schema)
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue
    for (const field of Object.values(type.getFields())) {
      const join = (field.extensions as { field?: { type?: string; defaultLimit?: number; defaultSort?: unknown } } | undefined)?.field
      const resolve = field.resolve
      if (join?.type !== 'join' || !resolve) continue
      const defaultLimit = join.defaultLimit ?? DEFAULT_PAGE_SIZE
      const defaultSort = join.defaultSort
      field.resolve = (source, args, context, info) =>
        resolve(source, { ...args, limit: args.limit ?? defaultLimit, sort: args.sort ?? defaultSort }, context, info)
    }
  }
}
