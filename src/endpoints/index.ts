import type { Endpoint } from 'payload'

import { openapiEndpoint } from './openapi'
import { searchEndpoint } from './search'
import { syncEndpoint } from './sync'

/** Root endpoints of the project (served under /api). Each documents itself for the OpenAPI spec. */
export const endpoints: Endpoint[] = [openapiEndpoint, syncEndpoint, searchEndpoint]
