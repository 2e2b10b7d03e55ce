import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlGet } from '../../../../graphql/get'
import { withJsonGuard } from '../../../../utilities/jsonBody'

export const POST = withJsonGuard(GRAPHQL_POST(config))
// Queries over GET (cacheable, persisted queries): src/graphql/get.ts.
export const GET = graphqlGet(POST)
export const OPTIONS = REST_OPTIONS(config)
