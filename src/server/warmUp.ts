import { type Lifecycle, WARM_UP_HEADER } from './lifecycle'

/**
 * Next compiles each route on its first request in development: the admin page and the REST routes it calls
 * at once. (GraphQL is answered in Express, src/server/graphql.ts: it builds its schema on its first request.)
 */
const WARM_UP_PATHS = ['/admin', '/api/users/me']

/**
 * Development only: requests the admin and REST once before declaring the server ready, so the editor's
 * first page does not wait for Next's on-demand compilation (they get the start-up page instead, with the
 * stage). Failures are ignored: the real request will show them.
 */
export async function warmUp(lifecycle: Lifecycle, baseUrl: string): Promise<void> {
  await Promise.all(
    WARM_UP_PATHS.map(async (path) => {
      try {
        const res = await fetch(`${baseUrl}${path}`, {
          redirect: 'manual',
          signal: lifecycle.shutdownSignal,
          headers: { [WARM_UP_HEADER]: lifecycle.warmUpToken },
        })
        await res.arrayBuffer()
      } catch {
        // Reported by the real request, if it fails again.
      }
    }),
  )
}
