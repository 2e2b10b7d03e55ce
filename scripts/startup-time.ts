/**
 * `npm run bench:start -- dev|prod`: how long a start takes, as a user sees it. Runs `npm run dev` (on a new
 * SQLite file, seeded as on a first start) or `npm start` (on a new file: migrations; run `npm run build`
 * first), or either on DATABASE_URI when set (a restart), on a free port, and prints when the port answered (`/healthz`), when the first page came back 200
 * (`/admin` in development, `/api/fiches` in production), when `/readyz` said ready, and how long the stop
 * took after SIGTERM. Development compiles into `.next/dev` and reuses its cache: delete that folder to time
 * a first start after a fresh clone.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

const mode = process.argv[2]
if (mode !== 'dev' && mode !== 'prod') {
  console.error('usage: npm run bench:start -- dev|prod')
  process.exit(2)
}

const port = await new Promise<number>((resolve) => {
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as net.AddressInfo
    probe.close(() => resolve(port))
  })
})
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rtes-start-'))
const { NODE_ENV: _ignored, ...inherited } = process.env
const env: Record<string, string | undefined> = {
  ...inherited,
  DATABASE_URI: process.env.DATABASE_URI || `file:${path.join(tmp, 'rtes.db')}`,
  MEDIA_DIR: path.join(tmp, 'media'),
  PORT: String(port),
  HOST: '127.0.0.1',
  NEXT_TELEMETRY_DISABLED: '1',
  ...(mode === 'prod' ? { PAYLOAD_SECRET: 'startup-time' } : {}),
}
const url = `http://127.0.0.1:${port}`
const page = mode === 'dev' ? '/admin' : '/api/fiches?limit=1'

const started = performance.now()
const child = spawn('npm', [mode === 'dev' ? 'run' : 'start', ...(mode === 'dev' ? ['dev'] : [])], {
  env: env as NodeJS.ProcessEnv,
  stdio: ['ignore', 'ignore', 'inherit'],
})
let running = true
const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
void exited.then(() => (running = false))

const status = (pathname: string) =>
  fetch(`${url}${pathname}`, { headers: { accept: 'text/html' } }).then(
    async (res) => {
      await res.arrayBuffer()
      return res.status
    },
    () => 0,
  )
const times: Record<string, number> = {}
const seconds = () => Number(((performance.now() - started) / 1000).toFixed(1))
while (!times.page || !times.ready) {
  if (!running) {
    console.error(`the server exited before it was ready`)
    process.exit(1)
  }
  const [health, ready, first] = await Promise.all([status('/healthz'), status('/readyz'), times.page ? 200 : status(page)])
  if (health === 200) times.listening ??= seconds()
  if (ready === 200) times.ready ??= seconds()
  if (first === 200) times.page ??= seconds()
  await new Promise((resolve) => setTimeout(resolve, 200))
}
const stopping = performance.now()
child.kill('SIGTERM')
await exited
console.table({
  [`npm ${mode === 'dev' ? 'run dev' : 'start'}`]: {
    'port answers (s)': times.listening,
    [`first ${page.split('?')[0]} 200 (s)`]: times.page,
    'ready (s)': times.ready,
    'stop after SIGTERM (s)': Number(((performance.now() - stopping) / 1000).toFixed(1)),
  },
})
fs.rmSync(tmp, { recursive: true, force: true })
