import type { Endpoint } from 'payload'

/** Root endpoints of the project (served under /api). Each documents itself for the OpenAPI spec. */
export const endpoints: Endpoint[] = []
