import { type GraphQLFieldConfig, type GraphQLOutputType, getNamedType, isNonNullType, isObjectType } from 'graphql'

/**
 * Payload answers the `Access` and `docAccess*` queries with its sanitized permissions, made for REST:
 * `false` values are left out and an all-`true` object becomes `true`. Its GraphQL types expect the full
 * shape (`canAccessAdmin: Boolean!`, `{ permission: Boolean! }` per operation), so most such queries, by
 * anyone, failed with "Something went wrong" (an internal error). The resolvers are wrapped to give the
 * answer the shape of the query's return type again.
 */
type Fields = Record<string, GraphQLFieldConfig<unknown, unknown>>

export function permissionQueries(_graphQL: unknown, { Query }: { Query: { fields: Fields } }): Fields {
  const wrapped: Fields = {}
  for (const [name, field] of Object.entries(Query.fields)) {
    const resolve = field.resolve
    if (!resolve || !(name === 'Access' || name.startsWith('docAccess'))) continue
    wrapped[name] = {
      ...field,
      resolve: async (source, args, context, info) => reshape(await resolve(source, args, context, info), info.returnType),
    }
  }
  return wrapped
}

/**
 * `value` in the shape of `type`: a permission object (`{ permission }`) from `true`, `false` or nothing;
 * `true` or nothing for a group of permissions stands for the same answer in each of them.
 */
function reshape(value: unknown, type: GraphQLOutputType): unknown {
  const named = getNamedType(type)
  if (!isObjectType(named)) return value === undefined && isNonNullType(type) ? false : value
  const fields = named.getFields()
  if (fields.permission) {
    if (value === true) return { permission: true }
    if (value && typeof value === 'object') return { ...value, permission: (value as { permission?: boolean }).permission ?? false }
    return { permission: false }
  }
  const record = value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined
  const out: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(fields))
    out[key] = reshape(record ? record[key] : value === true ? true : undefined, field.type)
  return out
}
