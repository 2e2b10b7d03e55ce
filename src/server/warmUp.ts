import { type Lifecycle, WARM_UP_HEADER } from './lifecycle'

/** Next compiles these routes on their first request in development: the admin, then REST and GraphQL. */
const WARM_UP_REQUESTS: Array<[string, RequestInit]> = [
  ['/admin', {}],
  ['/api/users/me', {}],
  ['/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' }],
]

/**
 * Development only: requests the admin, REST and GraphQL once before declaring the server ready, so the
 * editor's first page does not wait for Next's on-demand compilation (they get the start-up page instead,
 * with the stage). Failures are ignored: the real request will show them.
 */
export async function warmUp(lifecycle: Lifecycle, baseUrl: string): Promise<void> {
  await Promise.all(
    WARM_UP_REQUESTS.map(async ([path, init]) => {
      try {
        const res = await fetch(`${baseUrl}${path}`, {
          ...init,
          redirect: 'manual',
          signal: lifecycle.shutdownSignal,
          headers: { ...(init.headers as Record<string, string>), [WARM_UP_HEADER]: lifecycle.warmUpToken },
        })
        await res.arrayBuffer()
      } catch {
        // Reported by the real request, if it fails again.
      }
    }),
  )
}
