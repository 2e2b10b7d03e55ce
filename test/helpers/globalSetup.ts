import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '../..')

/**
 * Global setup of the http and browser projects: they run the production server, so they need a fresh
 * `next build` and server bundle, made once per run. RTES_TEST_REUSE_BUILD=1 keeps an existing Next build
 * (faster local iteration after the first run; CI always builds).
 */
export default function buildOnce(): void {
  if (process.env.RTES_TEST_BUILT) return
  process.env.RTES_TEST_BUILT = '1'
  // The server bundle (dist/, `npm run build:server`) takes a second: always from the current sources.
  execFileSync(process.execPath, ['scripts/build-server.mjs'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] })
  if (process.env.RTES_TEST_REUSE_BUILD === '1' && fs.existsSync(path.join(ROOT, '.next/BUILD_ID'))) return
  console.log('[test] building the production server (next build)…')
  execFileSync('npx', ['next', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    // No PAYLOAD_SECRET: building must not need the runtime secret (the README's production block).
    env: { ...withoutSecret(process.env), NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
}

function withoutSecret(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { PAYLOAD_SECRET: _secret, ...rest } = env
  return rest
}
