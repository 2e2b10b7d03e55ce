/**
 * `npm run build:server` (part of `npm run build`): the production server as plain JavaScript in `dist/`.
 *
 * `npm start` used to run `src/server.ts` through tsx: its loader hooks sit on every module Node loads,
 * which doubled the time to load them. Then the bundle held the project's own code only, and Node still
 * resolved and loaded about a thousand files of Payload, Drizzle, GraphQL, Lexical and the rest at every
 * start: half of the cold start. Bundling them too halves the time to the first answer (BENCHMARKS.md).
 *
 * Left to Node (`external`), each for a reason:
 * - Next and React: Next runs the admin with its own module graph and its compiled pages require them.
 * - libsql and sharp: native add-ons.
 * - pino and its transports: they start worker threads from their own files.
 * - mjml: reads its own files and requires its components by name.
 * - ioredis: its `module.exports` is the class itself, with the named export `Redis` added as a getter,
 *   which the bundle's CommonJS interop loses (`Redis is not a constructor`).
 * - The MongoDB driver and Mongoose: optional native add-ons. The adapter (`@payloadcms/db-mongodb`) is
 *   bundled: left out, it would load a second copy of Payload, whose errors the bundled one would not know
 *   (`instanceof ValidationError`).
 *
 * Split where the server imports lazily (it listens before loading Payload; GraphQL, MJML, Redis load on
 * first use). `require` is defined for the CommonJS dependencies bundled into ES modules; names are kept
 * (`keepNames`: Payload's errors take theirs from their class). Not minified: stack traces stay readable.
 * `npm run dev` keeps running the sources through tsx.
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
  external: [
    ...['next', 'next/*', '@next/*', 'react', 'react/*', 'react-dom', 'react-dom/*'],
    ...['libsql', 'sharp'],
    ...['pino', 'pino-pretty', 'thread-stream'],
    ...['mjml', 'ioredis'],
    ...['mongodb', 'mongoose'],
  ],
  conditions: ['production'],
  keepNames: true,
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
})
