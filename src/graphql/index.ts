import type { ExecutionArgs, ValidationRule } from 'graphql'

import { applyJoinDefaultLimits, costLimit } from './costLimit'
import { depthLimit } from './depthLimit'

export interface GraphQLBounds {
  maxDepth: number
  maxComplexity: number
  /** Largest `limit` of a list or a join. */
  maxLimit: number
}

/**
 * The GraphQL bounds for `graphQL.validationRules`: depth, and a cost that follows list sizes (limits
 * checked like REST's). Query length, aliases and fragment expansion are checked before parsing, in the
 * route (src/graphql/requestLimits.ts).
 */
export function graphQLValidationRules({ maxDepth, maxComplexity, maxLimit }: GraphQLBounds): (args: ExecutionArgs) => ValidationRule[] {
  return (args) => {
    applyJoinDefaultLimits(args.schema)
    return [depthLimit(maxDepth), costLimit({ maxCost: maxComplexity, maxLimit }, args.variableValues)]
  }
}
