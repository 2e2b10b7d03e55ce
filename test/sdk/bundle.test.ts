import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { build } from 'esbuild'
import { expect, it } from 'vitest'

import { ROOT } from '../helpers/server'

/** Runtime budget of @rtes/sdk: ≤ 10 kB minified + gzipped, everything bundled, no Node built-ins. */
const BUDGET_BYTES = 10 * 1024

it('bundles to at most 10 kB minified + gzipped, for any platform', async () => {
  const result = await build({
    entryPoints: [path.join(ROOT, 'src/sdk/src/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    // `neutral`: a Node built-in import would fail to resolve here, as it would in a browser.
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0].contents
  const gzipped = gzipSync(code, { level: 9 }).length
  console.log(`@rtes/sdk runtime: ${(code.length / 1024).toFixed(1)} kB minified, ${(gzipped / 1024).toFixed(2)} kB gzipped (budget 10 kB)`)
  expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES)

  // Only the SDK's own files and the one library it bundles.
  const packages = new Set(
    Object.keys(result.metafile.inputs).map((input) =>
      input.includes('node_modules/')
        ? input
            .split('node_modules/')
            .pop()!
            .split('/')
            .slice(0, input.includes('@') ? 2 : 1)
            .join('/')
        : 'src/sdk',
    ),
  )
  expect([...packages].sort()).toEqual(['qs-esm', 'src/sdk'])
  for (const input of Object.keys(result.metafile.inputs)) {
    if (!input.includes('node_modules/')) expect(input).toMatch(/^src\/sdk\/src\//)
  }
})
