import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'

import { testDatabaseUri } from './database'

export const ROOT = path.resolve(import.meta.dirname, '../..')
export const TEST_SECRET = 'rtes-test-secret'

export interface RunningServer {
  url: string
  databaseUri: string
  /** The server process (the child of the supervisor that `stop()` signals): what `kill -9` tests kill. */
  pid: number
  /** The supervisor process, which exits with the server's code. */
  child: ChildProcess
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>
  /** Everything the process printed so far (stdout and stderr). */
  output: () => string
  /** SIGTERM, then waits for the exit; resolves with the exit code. */
  stop: () => Promise<number | null>
}

export interface ServerOptions {
  /** Extra or overriding environment variables. */
  env?: Record<string, string | undefined>
  /** Resolve once the server is ready (default), or as soon as it listens (start-up tests). */
  waitFor?: 'ready' | 'listening'
}

/**
 * A port the OS just handed out. The server needs it before it starts so that SERVER_URL (Payload's CSRF
 * allow-list for cookie sessions) names the origin browsers will send.
 */
export async function freePort(): Promise<number> {
  const probe = net.createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as net.AddressInfo
  await new Promise((resolve) => probe.close(resolve))
  return port
}

/** The environment a test server runs with: production build, ephemeral port, its own database. */
async function serverEnv(name: string, options: ServerOptions): Promise<NodeJS.ProcessEnv> {
  const port = await freePort()
  return {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    SERVER_URL: `http://127.0.0.1:${port}`,
    PAYLOAD_SECRET: TEST_SECRET,
    DATABASE_URI: testDatabaseUri(name),
    // Uploads go to a temp folder, not the repository's data/media.
    MEDIA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'rtes-media-')),
    NEXT_TELEMETRY_DISABLED: '1',
    RTES_SEED: 'off',
    // The suite makes many requests and logins from one address: generous rate limits unless a test
    // sets its own (test/http/limits.test.ts).
    RATE_LIMIT_API: '100000/60',
    RATE_LIMIT_AUTH: '10000/60',
    RATE_LIMIT_LOGIN_FAILURES: '10000/60',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    ...options.env,
  }
}

function spawnServer(env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  // --conditions: see the README (Node 20 deadlocks on Lexical's top-level-await entry points).
  const child = spawn(process.execPath, ['--conditions=production', 'dist/server.js'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  return { child, output: () => stripVTControlCharacters(output) }
}

/**
 * Starts the real server (built by the global setup) as a child process and waits until it is ready (the
 * `ready` message, sent once migrations ran and Next is prepared), or only until it listens.
 */
export async function startServer(name: string, options: ServerOptions = {}): Promise<RunningServer> {
  const env = await serverEnv(name, options)
  const { child, output } = spawnServer(env)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const waitFor = options.waitFor ?? 'ready'

  const { url, pid } = await new Promise<{ url: string; pid: number }>((resolve, reject) => {
    child.on('message', (message: { type?: string; url?: string; pid?: number }) => {
      if (message?.type === waitFor && message.url) resolve({ url: message.url, pid: message.pid ?? child.pid! })
    })
    void exited.then((code) => reject(new Error(`server exited with code ${code} before ${waitFor}:\n${output()}`)))
  })

  return {
    url,
    databaseUri: env.DATABASE_URI!,
    pid,
    child,
    exited,
    output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
      const code = await exited
      clearTimeout(timer)
      return code
    },
  }
}

/** Runs the server expecting it to refuse to start; resolves with its exit code and output. */
export async function runFailingServer(name: string, options: ServerOptions = {}): Promise<{ code: number | null; output: string }> {
  const { child, output } = spawnServer(await serverEnv(name, options))
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  clearTimeout(timer)
  return { code, output: output() }
}
