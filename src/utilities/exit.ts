/**
 * process.exit() drops what is still buffered for a piped stdout/stderr; scripts that keep Payload's
 * handles open must exit explicitly, so they flush first.
 */
export async function flushAndExit(code: number): Promise<never> {
  await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((resolve) => stream.write('', resolve))))
  process.exit(code)
}
