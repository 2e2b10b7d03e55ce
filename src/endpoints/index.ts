import type { Endpoint } from 'payload'

import type { RegistryEntry } from '../plugin/registry'
import { downloadStatsEndpoint } from './downloadStats'
import { openapiEndpoint } from './openapi'
import { searchEndpoint } from './search'
import { syncEndpoint } from './sync'

/** Root endpoints of the content hub (served under /api). Each documents itself for the OpenAPI spec. */
export const rootEndpoints = ({
  synced,
  searched,
  locales,
}: {
  synced: RegistryEntry[]
  searched: RegistryEntry[]
  locales: string[]
}): Endpoint[] => [openapiEndpoint, syncEndpoint(synced, locales), searchEndpoint(searched, locales), downloadStatsEndpoint]
