import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import { withJsonGuard } from '../../../../utilities/jsonBody'

export const GET = REST_GET(config)
export const POST = withJsonGuard(REST_POST(config))
export const DELETE = REST_DELETE(config)
export const PATCH = withJsonGuard(REST_PATCH(config))
export const OPTIONS = REST_OPTIONS(config)
