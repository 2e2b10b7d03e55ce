import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withJsonGuard } from '../../../../utilities/jsonBody'

export const POST = withJsonGuard(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
