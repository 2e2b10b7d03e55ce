/**
 * Settings of the fuzz run, each overridable from the environment so that a failure printed by one run
 * can be replayed, and a longer hunt run locally:
 *
 * - `FUZZ_SEED`: fast-check seed (default: random, printed at the start and with every failure).
 * - `FUZZ_RUNS`: how many generated requests (default 10,200: 170 batches of 60).
 * - `FUZZ_PATH`: replay one batch (the `path` printed with a failure) with `FUZZ_SEED`: the same requests
 *   (ids are those of the new run's fixtures), reported the same way, each 5xx class sent again alone.
 * - `FUZZ_BATCH`: requests per batch (default 60); `/healthz` is checked between batches.
 * - `FUZZ_CONCURRENCY`: requests in flight together (default 12).
 * - `FUZZ_SERVER_ENV`: extra environment of the server under test, `NAME=value` pairs separated by spaces
 *   or commas (e.g. raised rate limits), on top of `SERVER_ENV` below.
 */
const int = (name: string, fallback: number): number => {
  const raw = process.env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, not "${raw}"`)
  return value
}

export const CONCURRENCY = int('FUZZ_CONCURRENCY', 12)
/** Requests per fast-check run (a batch); `/healthz` is checked after each batch. */
export const BATCH = int('FUZZ_BATCH', 60)
export const REQUESTS = int('FUZZ_RUNS', 10_200)
/** fast-check runs: each generates one batch, sent CONCURRENCY at a time. */
export const BATCHES = Math.ceil(REQUESTS / BATCH)
export const SEED = readSeed(process.env.FUZZ_SEED?.trim())
export const REPLAY_PATH = process.env.FUZZ_PATH?.trim() || undefined

/**
 * A single request is given this long before it counts as unanswered. Generous on purpose (a slow
 * shared machine must not fail the suite): it only bounds a server that stopped answering.
 */
export const REQUEST_DEADLINE_MS = int('FUZZ_REQUEST_DEADLINE_MS', 120_000)
/** `/healthz` between batches: a server that cannot answer it within this long is stalled or dead. */
export const HEALTH_DEADLINE_MS = int('FUZZ_HEALTH_DEADLINE_MS', 30_000)
/** After a crash the server is restarted on the same database, at most this many times. */
export const MAX_RESTARTS = 3

/**
 * The server under test runs with these on top of the test defaults: private webhook targets (so the
 * fixtures can include a webhook), and the bounds that would otherwise make the fuzzer measure the rate
 * limiter instead of the API. 429 and 503 with `Retry-After` are acceptable answers anyway.
 */
export const SERVER_ENV: Record<string, string> = {
  WEBHOOKS_ALLOW_PRIVATE_TARGETS: '1',
  // One client address sends everything (README, "Limits"): the per-address budgets are raised, the
  // per-account login failures and every size bound stay as they are.
  RATE_LIMIT_API: '1000000/60',
  RATE_LIMIT_AUTH: '100000/60',
  ...parsePairs(process.env.FUZZ_SERVER_ENV),
}

function readSeed(raw: string | undefined): number {
  if (!raw) return (Date.now() ^ (Math.random() * 0x7fffffff)) | 0
  const seed = Number(raw)
  if (!Number.isInteger(seed) || (seed | 0) !== seed) throw new Error(`FUZZ_SEED must be a 32-bit integer, not "${raw}"`)
  return seed
}

function parsePairs(raw: string | undefined): Record<string, string> {
  const pairs: Record<string, string> = {}
  for (const item of raw?.split(/[\s,]+/).filter(Boolean) ?? []) {
    const at = item.indexOf('=')
    if (at <= 0) throw new Error(`FUZZ_SERVER_ENV: "${item}" is not NAME=value`)
    pairs[item.slice(0, at)] = item.slice(at + 1)
  }
  return pairs
}
