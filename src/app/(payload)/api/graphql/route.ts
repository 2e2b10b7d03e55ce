import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlGet } from '../../../../graphql/get'
import { readEnv } from '../../../../config/env'
import { checkGraphQLRequest } from '../../../../graphql/requestLimits'
import { refusalsAsBadRequests } from '../../../../graphql/status'
import { badRequest, withBodyGuard } from '../../../../utilities/jsonBody'

const env = readEnv()
const bounds = { maxQueryLength: env.graphQLMaxQueryLength, maxAliases: env.graphQLMaxAliases }

// Requests refused before running answer 400, whatever the client accepts (src/graphql/status.ts).
export const POST = withBodyGuard(refusalsAsBadRequests(GRAPHQL_POST(config)), {
  maxJsonDepth: env.limits.maxJsonDepth,
  jsonOnly: true,
  check: (body) => {
    const problem = checkGraphQLRequest(body, bounds)
    return problem ? badRequest(problem) : null
  },
})
// Queries over GET (cacheable, persisted queries): src/graphql/get.ts.
export const GET = graphqlGet(POST)
export const OPTIONS = REST_OPTIONS(config)
