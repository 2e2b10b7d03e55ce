// Test-only preload (NODE_OPTIONS=--import=…): SIGUSR2 blocks the event loop for STALL_MS, as a long
// synchronous computation would. Used by test/http/shutdown.test.ts; never loaded by the application.
import fs from 'node:fs'

process.on('SIGUSR2', () => {
  fs.writeSync(2, `[test] blocking the event loop of ${process.pid}\n`)
  const end = Date.now() + Number(process.env.STALL_MS ?? 60_000)
  while (Date.now() < end);
})
