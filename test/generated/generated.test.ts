import { execFileSync } from 'node:child_process'
import path from 'node:path'

import { expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')

it('committed generated files match the config (`npm run generate --check`)', () => {
  let output = ''
  try {
    output = execFileSync(process.execPath, ['--conditions=development', '--import', 'tsx', 'scripts/generate.ts', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'development' },
    })
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string }
    expect.fail(`${stdout}\n${stderr}`)
  }
  expect(output).toContain('All generated artefacts are up to date')
})
