import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import { readEnv } from '../../../../config/env'
import { withBodyGuard } from '../../../../utilities/jsonBody'

const rules = { maxJsonDepth: readEnv().limits.maxJsonDepth }

export const GET = REST_GET(config)
export const POST = withBodyGuard(REST_POST(config), rules)
export const DELETE = REST_DELETE(config)
export const PATCH = withBodyGuard(REST_PATCH(config), rules)
export const OPTIONS = REST_OPTIONS(config)
