import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The project's folder (where `package.json` and `payload.config.ts` are), found from a module's
 * `import.meta.url`. A fixed `../..` would be wrong in one of the places the code runs from: the sources
 * (`src/server/…`, development), the server bundle (`dist/…`, production, scripts/build-server.mjs) and
 * Next's compiled chunks.
 */
export function projectRoot(moduleUrl: string): string {
  let dir = path.dirname(fileURLToPath(moduleUrl))
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'payload.config.ts'))) return dir
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error(`No project folder (package.json with payload.config.ts) above ${moduleUrl}`)
    dir = parent
  }
}
