import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  turbopack: { root: dirname },
  // Type-checking is `npm run typecheck` (run by `npm run build` and `npm test`), not repeated here.
  typescript: { ignoreBuildErrors: true },
  // A quiet development terminal: browser console output (hydration traces included) stays in the
  // browser's devtools, and server-function calls (every admin form refresh) are not logged one by one.
  logging: { browserToTerminal: false, serverFunctions: false },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
