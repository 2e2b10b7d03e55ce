/**
 * `npm run build:sdk`: src/sdk/dist/index.js (ESM, qs-esm bundled in, so the package
 * has no dependencies), the .d.ts files (tsc with src/sdk/tsconfig.json, plus the generated
 * schema.d.ts), and the API reference (TypeDoc, HTML in src/sdk/docs, README as its home page). Fails on
 * any import of a Node built-in: the SDK runs in browsers and edge runtimes too. `--no-docs` skips TypeDoc.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { build } from 'esbuild'
import { Application } from 'typedoc'

const sdk = path.resolve(import.meta.dirname, '..')
const root = path.resolve(sdk, '../..')
const dist = path.join(sdk, 'dist')

fs.rmSync(dist, { recursive: true, force: true })
await build({
  entryPoints: [path.join(sdk, 'src/index.ts')],
  outfile: path.join(dist, 'index.js'),
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'es2020',
  legalComments: 'eof',
  logLevel: 'warning',
})
execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(sdk, 'tsconfig.json')], {
  stdio: 'inherit',
})
fs.copyFileSync(path.join(sdk, 'src/schema.d.ts'), path.join(dist, 'schema.d.ts'))

// The bundled libraries' licences travel with the code.
const notices = ['qs-esm'].map((name) => {
  const dir = path.join(root, 'node_modules', name)
  const { version, license } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))
  const file = fs.readdirSync(dir).find((entry) => /^licen[cs]e/i.test(entry))
  const text = file ? fs.readFileSync(path.join(dir, file), 'utf8').trim() : `${license}`
  return `${name}@${version} (${license})\n\n${text}\n`
})
fs.writeFileSync(path.join(dist, 'THIRD-PARTY-LICENSES.txt'), `Bundled into @rtes/sdk:\n\n${notices.join('\n---\n\n')}`)

if (!process.argv.includes('--no-docs')) {
  const docs = path.join(sdk, 'docs')
  const app = await Application.bootstrapWithPlugins({
    entryPoints: [path.join(sdk, 'src/index.ts')],
    tsconfig: path.join(sdk, 'tsconfig.json'),
    readme: path.join(sdk, 'README.md'),
    name: '@rtes/sdk',
    // The generated spec types (`paths`, `components`, `operations`) are thousands of lines: listed, not expanded.
    excludeNotDocumented: false,
    sort: ['kind', 'instance-first', 'alphabetical-ignoring-documents'],
    validation: { notExported: false, invalidLink: true },
    treatValidationWarningsAsErrors: false,
    logLevel: 'Warn',
  })
  const project = await app.convert()
  if (!project) throw new Error('TypeDoc could not convert the SDK')
  fs.rmSync(docs, { recursive: true, force: true })
  await app.generateDocs(project, docs)
  console.log(`API reference in ${path.relative(root, docs)}/index.html`)
}

const size = fs.statSync(path.join(dist, 'index.js')).size
console.log(`built ${path.relative(root, dist)} (index.js ${(size / 1024).toFixed(1)} kB, declarations, licences)`)
