import { fork } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'

/** Set in the server process the supervisor starts. */
const SUPERVISED = 'RTES_SUPERVISED'

/**
 * After the grace period, closing Next and the database gets this long; then the server process exits on
 * its own with code 1 (`CLOSE_MARGIN_MS`) or, if its event loop is blocked, the supervisor kills it.
 */
export const CLOSE_MARGIN_MS = 4_000
const KILL_MARGIN_MS = 5_000

export const isSupervised = (): boolean => process.env[SUPERVISED] === '1'

/**
 * Runs the server (`entry`) in a child process and stays idle itself, so that it always hears signals. A
 * process whose event loop is blocked (a long synchronous computation) cannot run its own SIGTERM handler and
 * none of its timers fire; the supervisor forwards SIGTERM/SIGINT (SIGHUP as SIGTERM) and kills the server if
 * it is still there `graceMs` + 5 s later, saying why. Messages from the server (`listening`, `ready`) are
 * passed on to this process's parent, if it has one (the tests). Exits with the server's code.
 *
 * The server runs in its own process group, ended as a whole once the server has exited: Next's development
 * helpers (compilation and static-paths worker processes) would otherwise outlive it.
 */
export function supervise(entry: string, graceMs: number): void {
  const child = fork(entry, process.argv.slice(2), {
    env: { ...process.env, [SUPERVISED]: '1' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    detached: true,
  })
  child.on('message', (message) => process.send?.(message))

  let killed = false
  let deadline: NodeJS.Timeout | undefined
  const forward = (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill(signal)
    deadline ??= setTimeout(() => {
      killed = true
      fs.writeSync(
        2,
        `[rtes] the server did not stop within ${graceMs + KILL_MARGIN_MS} ms of ${signal} ` +
          '(its event loop is blocked or closing hung): killing it\n',
      )
      child.kill('SIGKILL')
    }, graceMs + KILL_MARGIN_MS)
  }
  process.on('SIGTERM', forward)
  process.on('SIGINT', forward)
  // The terminal closed: the server, in its own group, would not hear it.
  process.on('SIGHUP', () => forward('SIGTERM'))

  child.on('exit', (code, signal) => {
    clearTimeout(deadline)
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // Nothing left in the group.
    }
    if (killed) process.exit(1)
    if (signal) {
      fs.writeSync(2, `[rtes] the server process was ended by ${signal}\n`)
      process.exit(128 + (os.constants.signals[signal] ?? 0))
    }
    process.exit(code ?? 1)
  })
}
