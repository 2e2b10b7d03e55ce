import type { ExecutionArgs, ValidationRule } from 'graphql'

import type { AppEnv } from '../config/env'
import { applyJoinDefaultLimits, costLimit } from './costLimit'
import { depthLimit } from './depthLimit'

/**
 * The GraphQL bounds for payload.config's `graphQL.validationRules`: depth, and a cost that follows list
 * sizes (limits checked like REST's). Query length, aliases and fragment expansion are checked before
 * parsing, in the route (src/graphql/requestLimits.ts).
 */
export function graphQLValidationRules(env: AppEnv): (args: ExecutionArgs) => ValidationRule[] {
  return (args) => {
    applyJoinDefaultLimits(args.schema)
    return [
      depthLimit(env.graphQLMaxDepth),
      costLimit({ maxCost: env.graphQLMaxComplexity, maxLimit: env.limits.maxLimit }, args.variableValues),
    ]
  }
}
