import { type ChildProcess, fork } from 'node:child_process'
import cluster from 'node:cluster'
import fs from 'node:fs'
import os from 'node:os'

/** Set in each server process the supervisor starts: its number, from 1. */
const WORKER = 'RTES_WORKER'
/**
 * Set in the processes after the first: the port the first one listens on. They listen on `PORT` as it was
 * (with PORT=0, the cluster shares the first one's socket only when asked for port 0 again).
 */
const FIRST_PORT = 'RTES_FIRST_PORT'

/**
 * After the grace period, closing Next and the database gets this long; then the server process exits on
 * its own with code 1 (`CLOSE_MARGIN_MS`) or, if its event loop is blocked, the supervisor kills it.
 */
export const CLOSE_MARGIN_MS = 4_000
const KILL_MARGIN_MS = 5_000

export const isSupervised = (): boolean => process.env[WORKER] !== undefined

/**
 * This server process's number. The first one migrates, runs the jobs queue and prepares Next at start;
 * the others (`WEB_CONCURRENCY` > 1) start once it is ready, answer requests only and load Next on the first
 * request that needs it.
 */
export const workerNumber = (): number => Number(process.env[WORKER] ?? 1)

/** In the processes after the first, the port the first one listens on. */
export const firstPort = (): number => Number(process.env[FIRST_PORT])

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null

interface ServerMessage {
  type?: string
  url?: string
  port?: number
  pid?: number
}

/**
 * Runs the server (`entry`) in `workers` child processes and stays idle itself, so that it always hears
 * signals. A process whose event loop is blocked (a long synchronous computation) cannot run its own
 * SIGTERM handler and none of its timers fire; the supervisor forwards SIGTERM/SIGINT (SIGHUP as SIGTERM)
 * and kills the servers still there `graceMs` + 5 s later, saying why. The `listening` message of the first
 * server and the `ready` one, once every server is ready, are passed on to this process's parent, if it has
 * one (the tests). When a server exits, the others are stopped; the supervisor exits with the highest code.
 *
 * One server runs in its own process group, ended as a whole once the server has exited: Next's development
 * helpers (compilation and static-paths worker processes) would otherwise outlive it. Several servers are
 * Node cluster workers sharing the listening socket (connections are dealt in turn); production only.
 */
export function supervise(entry: string, { graceMs, workers }: { graceMs: number; workers: number }): void {
  const args = process.argv.slice(2)
  const stdio: ['ignore', 'inherit', 'inherit', 'ipc'] = ['ignore', 'inherit', 'inherit', 'ipc']
  if (workers > 1) cluster.setupPrimary({ exec: entry, args, stdio })
  const children: ChildProcess[] = []
  let readyMessage: ServerMessage | undefined
  let ready = 0
  let stopping = false
  let killed = false
  let deadline: NodeJS.Timeout | undefined
  let exitCode = 0

  const stop = (signal: NodeJS.Signals) => {
    stopping = true
    for (const child of children) if (running(child)) child.kill(signal)
    deadline ??= setTimeout(() => {
      killed = true
      fs.writeSync(
        2,
        `[rtes] the server did not stop within ${graceMs + KILL_MARGIN_MS} ms of ${signal} ` +
          '(its event loop is blocked or closing hung): killing it\n',
      )
      for (const child of children) child.kill('SIGKILL')
    }, graceMs + KILL_MARGIN_MS)
  }

  const start = (n: number, env: Record<string, string> = {}) => {
    const childEnv = { ...process.env, ...env, [WORKER]: String(n) }
    const child = workers > 1 ? cluster.fork(childEnv).process : fork(entry, args, { env: childEnv, stdio, detached: true })
    children.push(child)
    child.on('message', (message: ServerMessage) => {
      if (message?.type === 'listening' && n === 1) process.send?.(message)
      if (message?.type !== 'ready' || stopping) return
      if (n === 1) {
        readyMessage = message
        // The others start once migrations ran.
        for (let other = 2; other <= workers; other++) start(other, { [FIRST_PORT]: String(message.port) })
      }
      if (++ready === workers) process.send?.(readyMessage)
    })
    child.on('exit', (code, signal) => {
      if (signal) fs.writeSync(2, `[rtes] the server process${workers > 1 ? ` ${n}` : ''} was ended by ${signal}\n`)
      else if (!stopping && workers > 1) fs.writeSync(2, `[rtes] server process ${n} exited with code ${code}: stopping the others\n`)
      exitCode = Math.max(exitCode, signal ? 128 + (os.constants.signals[signal] ?? 0) : (code ?? 1))
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // Nothing left in the group, or no group of its own (a cluster worker).
      }
      if (!stopping) stop('SIGTERM')
      if (children.some(running)) return
      clearTimeout(deadline)
      process.exit(killed ? 1 : exitCode)
    })
  }

  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
  // The terminal closed: the server, in its own group, would not hear it.
  process.on('SIGHUP', () => stop('SIGTERM'))
  start(1)
}
