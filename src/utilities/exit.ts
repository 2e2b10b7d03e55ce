import type { Writable } from 'node:stream'

/** Resolves once everything written to `stream` has been handed to the operating system. */
const drained = (stream: Writable): Promise<void> =>
  stream.writableLength === 0 ? Promise.resolve() : new Promise((resolve) => stream.once('drain', () => resolve()))

/**
 * process.exit() drops what is still buffered for a piped stdout/stderr; scripts that keep Payload's
 * handles open must exit explicitly, so they flush first.
 */
export async function flushAndExit(code: number): Promise<never> {
  await Promise.all([drained(process.stdout), drained(process.stderr)])
  process.exit(code)
}
