/**
 * `npm run build:server` (part of `npm run build`): the production server as plain JavaScript in `dist/`.
 *
 * `npm start` used to run `src/server.ts` through tsx: its loader hooks sit on every module Node loads
 * (hundreds in payload, next and their dependencies), which doubled the time to load them and made the cold
 * start about twice as long. The bundle holds the project's own code only (dependencies stay imports,
 * resolved by Node with `--conditions=production`), split where the server imports lazily so that it still
 * listens before loading Payload and Next. The code is not minified: stack traces stay readable. `npm run dev`
 * keeps running the sources through tsx.
 */
import fs from 'node:fs'

import { build } from 'esbuild'

// Chunk names carry a hash: start from an empty folder.
fs.rmSync('dist', { recursive: true, force: true })

await build({
  entryPoints: { server: 'src/server.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  conditions: ['production'],
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
})
