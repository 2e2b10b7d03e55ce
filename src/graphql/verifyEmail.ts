import type { GraphQLFieldConfig } from 'graphql'
import { APIError, type SanitizedConfig } from 'payload'

type Fields = Record<string, GraphQLFieldConfig<unknown, unknown>>

/**
 * Payload generates `verifyEmail<User>` even for auth collections that do not verify emails, and it then
 * failed with an internal error ("Cannot find field for path at _verificationToken"). Such mutations
 * answer a 404 instead (REST `/verify/:token`: src/server/unsupported.ts).
 */
export function verifyEmailMutations(
  _graphQL: unknown,
  { Mutation, config }: { Mutation: { fields: Fields }; config: SanitizedConfig },
): Fields {
  const fields: Fields = {}
  for (const collection of config.collections) {
    const name = `verifyEmail${collection.graphQL && collection.graphQL.singularName}`
    const field = Mutation.fields[name]
    if (!collection.auth || collection.auth.verify || !field) continue
    fields[name] = {
      ...field,
      resolve: () => {
        throw new APIError(`Email verification is not enabled for ${collection.slug}.`, 404)
      },
    }
  }
  return fields
}
