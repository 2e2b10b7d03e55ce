/**
 * Fuzzing the production server (seeded with the 2021 report, plus fixtures that some callers must not
 * see) with requests generated from the committed OpenAPI spec and GraphQL schema, raw-HTTP mutations
 * and Payload's unlisted routes, by every kind of caller. The suite fails on any 5xx (but 503 with
 * Retry-After), a 429 without Retry-After, an unanswered request, a crash or an unanswered /healthz
 * between batches, a leak of a hidden fixture or a credential, or an acknowledged write missing at the
 * end. Every failure prints its seed and path: see config.ts to replay it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readCommittedSpec } from '../openapi/validator'
import { seededDatabaseUri, startServerOn } from '../helpers/seeded'
import { ROOT, type RunningServer } from '../helpers/server'
import { BATCH, BATCHES, CONCURRENCY, HEALTH_DEADLINE_MS, MAX_RESTARTS, REPLAY_PATH, REQUESTS, SEED, SERVER_ENV } from './config'
import { graphqlContext, graphqlRequest } from './graphql'
import { Ledger } from './ledger'
import { judge, type Problem } from './oracles'
import { rawRequest } from './raw'
import { REGRESSIONS, type Regression } from './regressions'
import { restContext, restRequest } from './rest'
import { type FuzzRequest, type FuzzResponse, healthProblem, send } from './send'
import { type G, weighted } from './values'
import { buildWorld, type World } from './world'

interface Failure extends Problem {
  /** `seed=… path=… item=…` of a generated request, or the regression's name. */
  where: string
  request: FuzzRequest
  response?: FuzzResponse
  /** What the server logged when the request was sent again alone (5xx only). */
  serverSaid?: string
}

const NAME = 'fuzz'
let server: RunningServer
let databaseUri: string
let world: World
let restarts = 0
let serverDown = false
const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rtes-fuzz-media-'))
const env = { ...SERVER_ENV, MEDIA_DIR: mediaDir }
const failures: Failure[] = []
const ledger = new Ledger()
const timings: { ms: number; what: string }[] = []
/** Answers per generator and status class, printed after the run (how much got past validation). */
const stats = new Map<string, number>()

beforeAll(async () => {
  console.log(
    `[fuzz] seed ${SEED}, ${BATCHES} batches of ${BATCH} requests, ${CONCURRENCY} in flight${REPLAY_PATH ? `, replaying path ${REPLAY_PATH}` : ''}`,
  )
  databaseUri = await seededDatabaseUri(NAME)
  server = await startServerOn(NAME, databaseUri, { env })
  world = await buildWorld(server.url)
}, 600_000)

afterAll(async () => {
  await server?.stop()
  if (server) {
    const log = path.join(ROOT, 'test-results', 'fuzz-server.log')
    fs.mkdirSync(path.dirname(log), { recursive: true })
    fs.writeFileSync(log, server.output())
  }
  if (failures.length) {
    const file = path.join(ROOT, 'test-results', 'fuzz-failures.json')
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, JSON.stringify(failures.map(serialise), null, 1))
    console.log(`[fuzz] every failure, in full: ${path.relative(ROOT, file)}`)
  }
})

/** Checks the server between batches; a dead or stalled one is a failure, then restarted. */
async function ensureAlive(where: string, request: FuzzRequest): Promise<void> {
  const problem = await healthProblem(server.url, HEALTH_DEADLINE_MS)
  serverDown = false
  if (!problem) return
  const code = await server.stop()
  const output = server.output().split('\n').slice(-40).join('\n')
  failures.push({
    oracle: 'crash',
    detail: `${problem} (server exit code ${code})\n--- last lines of the server:\n${output}`,
    where,
    request,
  })
  if (++restarts > MAX_RESTARTS) throw new Error(`[fuzz] the server died or stalled ${restarts} times; stopping (seed ${SEED})`)
  server = await startServerOn(NAME, databaseUri, { env })
}

/** Sends and judges one request; returns its problems (recorded as failures). */
async function exercise(request: FuzzRequest, where: string): Promise<{ response: FuzzResponse; problems: Problem[] }> {
  const response = await send(server.url, request)
  // Refused: the server is gone. The batch stops there and the health check reports (and restarts) it.
  if (response.error?.includes('ECONNREFUSED')) {
    serverDown = true
    return { response, problems: [] }
  }
  const kind = request.route.split(' ')[0]
  const answered = response.error ? 'no answer' : `${Math.floor(response.status / 100)}xx`
  stats.set(`${kind} ${answered}`, (stats.get(`${kind} ${answered}`) ?? 0) + 1)
  timings.push({
    ms: response.ms,
    what: `${request.role} ${request.method} ${request.path.slice(0, 160)} → ${response.status || response.error}`,
  })
  const problems = judge(request, response, world.secrets)
  for (const problem of problems) failures.push({ ...problem, where, request, response })
  ledger.record(request, response, where)
  return { response, problems }
}

describe('fuzz: hostile and malformed requests against the production server', () => {
  it('replays the regression list (failures the fuzzer found)', async () => {
    const wrong: string[] = []
    for (const regression of REGRESSIONS) {
      const request = regressionRequest(regression)
      const { response, problems } = await exercise(request, `regression "${regression.name}"`)
      const statusClass = `${Math.floor(response.status / 100)}xx`
      const expected = regression.expect === 'not 5xx' ? response.status > 0 && response.status < 500 : statusClass === regression.expect
      if (!expected || problems.length) {
        const why = problems.map((problem) => `${problem.oracle}: ${problem.detail}`).join('; ')
        wrong.push(
          `[${regression.owner ?? 'fuzz'}] "${regression.name}": expected ${regression.expect}${why ? ' without problems' : ''}, got ${response.status || response.error}${why ? ` (${why})` : ''} ${excerpt(response.text, 200)}`,
        )
      }
      await ensureAlive(`after regression "${regression.name}"`, request)
    }
    expect(wrong, wrong.join('\n')).toEqual([])
  })

  it(`${REQUESTS} generated requests: no 5xx, no crash, no leak`, async () => {
    const rest = restContext(readCommittedSpec(), world)
    const gql = graphqlContext(rest)
    const generate = (g: G): FuzzRequest =>
      weighted(g, [
        [55, () => restRequest(g, rest)],
        [25, () => graphqlRequest(g, gql)],
        [20, () => rawRequest(g, rest)],
      ])
    const before = failures.length
    let run = 0
    let sent = 0
    const started = Date.now()
    await fc.assert(
      // One `gen` per batch (several `gen` values in one array would replay the same choices).
      fc.asyncProperty(fc.gen(), async (g) => {
        // Replaying (and shrinking) one batch keeps its number; otherwise batches are numbered as fast-check runs them.
        const batch = REPLAY_PATH ? Number(REPLAY_PATH.split(':')[0]) : run++
        const requests = Array.from({ length: BATCH }, () => generate(g))
        // CONCURRENCY requests in flight at any time; the batch ends when all are answered.
        let next = 0
        const worker = async () => {
          for (let item = next++; item < requests.length && !serverDown; item = next++)
            await exercise(requests[item], `seed=${SEED} path=${batch} item=${item}`)
        }
        await Promise.all(Array.from({ length: CONCURRENCY }, worker))
        sent += requests.length
        await ensureAlive(`seed=${SEED} path=${batch} (after the batch)`, requests[requests.length - 1])
        if (batch % 20 === 19)
          console.log(
            `[fuzz] ${sent} requests in ${Math.round((Date.now() - started) / 1000)} s, ${failures.length - before} failures so far`,
          )
      }),
      // The property records failures instead of throwing, so that one run reports them all; fast-check
      // does not shrink (a batch runs against a server whose state it changes). `path` replays one batch.
      { seed: SEED, numRuns: REPLAY_PATH ? 1 : BATCHES, path: REPLAY_PATH, endOnFailure: true },
    )
    const seconds = (Date.now() - started) / 1000
    console.log(
      `[fuzz] ${sent} requests in ${seconds.toFixed(0)} s (${(sent / seconds).toFixed(1)} req/s), ${restarts} restarts; writes acknowledged: ${JSON.stringify(ledger.size)}`,
    )
    const found = failures.slice(before)
    console.log(slowest(timings))
    console.log(
      `[fuzz] answers: ${[...stats]
        .sort()
        .map(([key, n]) => `${key} ${n}`)
        .join(', ')}`,
    )
    if (found.length) await triage(found)
    expect(found.length, report(found)).toBe(0)
  }, 3_600_000)

  it('every acknowledged write is there at the end (re-read as an editor)', async () => {
    await ensureAlive('before re-reading the acknowledged writes', regressionRequest(REGRESSIONS[0]))
    const lost = await ledger.verify(async (collection, id, query) => {
      const auth = ['users', 'webhooks'].includes(collection) ? world.auth.admin : world.auth.editor
      const path = `/api/${collection}/${encodeURIComponent(id)}?${query}`
      const res = await send(server.url, { route: 're-read', role: 'editor', method: 'GET', path, headers: { authorization: auth! } })
      let body: unknown = res.error ?? res.text
      try {
        body = JSON.parse(res.text)
      } catch {
        // not JSON: kept as text for the report
      }
      return { status: res.status, body }
    }, CONCURRENCY)
    const lines = lost.map(
      (write) =>
        `${write.kind}: ${write.collection}/${write.id} (${write.detail})\n    acknowledged by ${write.ack.request}\n    at ${write.ack.where}`,
    )
    expect(lost.length, lines.join('\n')).toBe(0)
  }, 600_000)
})

/**
 * Sends the first request of each class of 5xx again, alone, and keeps what the server logged meanwhile:
 * the report then says why it failed. Crashes and unanswered requests are not replayed.
 */
async function triage(list: Failure[]): Promise<void> {
  const seen = new Set<string>()
  for (const failure of list) {
    const key = classKey(failure)
    if (failure.oracle !== '5xx' || seen.has(key) || seen.size >= 80) continue
    seen.add(key)
    await logsSettled()
    const before = server.output().length
    const again = await send(server.url, failure.request)
    await logsSettled()
    const logged = server
      .output()
      .slice(before)
      .split('\n')
      .filter((line) => line.trim())
    const first = logged.findIndex((line) => /error|Error|ERR|Exception|failed/.test(line))
    const lines = (first < 0 ? logged : logged.slice(first)).slice(0, 6).map((line) => line.trim().slice(0, 240))
    failure.serverSaid = [`(sent again alone: ${again.status || again.error})`, ...lines].join('\n      ')
  }
  await ensureAlive('while sending 5xx requests again alone (triage)', list[0].request)
}

/** Waits until the server has printed nothing new for 300 ms (5 s at most): diagnostics only. */
async function logsSettled(): Promise<void> {
  const deadline = Date.now() + 5_000
  let length = -1
  while (Date.now() < deadline && server.output().length !== length) {
    length = server.output().length
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
}

/** The ten slowest requests of the run (to size the run, never asserted on). */
function slowest(list: { ms: number; what: string }[]): string {
  const top = [...list].sort((a, b) => b.ms - a.ms).slice(0, 10)
  const sorted = list.map((t) => t.ms).sort((a, b) => a - b)
  const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  return [
    `[fuzz] request times: median ${p(0.5)} ms, p95 ${p(0.95)} ms, p99 ${p(0.99)} ms; slowest:`,
    ...top.map((t) => `  ${t.ms} ms  ${t.what}`),
  ].join('\n')
}

/** A regression's request with the fixtures' ids filled in. */
function regressionRequest(regression: Regression): FuzzRequest {
  const fill = (text: string) =>
    text.replace(
      /\{(draft|members|victim|pointer|self):([a-z-]+)\}|\{webhook\}/g,
      (_, kind: string | undefined, collection: string | undefined) => {
        if (!kind) return world.webhookIds[1]
        if (kind === 'pointer') return world.pointers[collection!]
        if (kind === 'self') return world.accountIds[collection as keyof World['accountIds']]
        const ids = kind === 'victim' ? world.victims[collection!] : world.hidden[collection!]
        // hidden[collection] lists the members-only fixture after the draft one, when there is one.
        const id = kind === 'members' ? ids?.[1] : ids?.[0]
        if (!id) throw new Error(`regression "${regression.name}": no ${kind} ${collection} fixture`)
        return id
      },
    )
  const auth = world.auth[regression.role]
  return {
    route: `regression ${regression.method} ${regression.path}`,
    role: regression.role,
    method: regression.method,
    path: fill(regression.path),
    headers: { ...(auth ? { authorization: auth } : {}), ...(regression.contentType ? { 'content-type': regression.contentType } : {}) },
    body: regression.body === undefined ? undefined : fill(regression.body),
  }
}

/** Failures grouped by class (oracle, route, status, error message), with the first example of each. */
function report(list: Failure[]): string {
  const classes = new Map<string, Failure[]>()
  for (const failure of list) {
    const key = classKey(failure)
    classes.set(key, [...(classes.get(key) ?? []), failure])
  }
  const lines = [
    `${list.length} failures in ${classes.size} classes (seed ${SEED}; replay one batch with FUZZ_SEED=${SEED} FUZZ_PATH=<path>):`,
  ]
  for (const [key, members] of classes) {
    const first = members[0]
    lines.push(
      `\n● ${key}  ×${members.length}`,
      `  at ${first.where}`,
      `  ${first.request.role} ${first.request.method} ${excerpt(first.request.path, 300)}`,
      ...(first.request.body === undefined ? [] : [`  body: ${excerpt(String(first.request.body), 300)}`]),
      `  → ${first.response ? `${first.response.status || first.response.error} ${excerpt(first.response.text, 300)}` : first.detail}`,
      ...(first.serverSaid ? [`  server log: ${first.serverSaid}`] : []),
    )
  }
  return lines.join('\n')
}

const classKey = (failure: Failure) =>
  [
    failure.oracle,
    failure.request.route,
    ['leak', 'credential leak', 'crash'].includes(failure.oracle)
      ? failure.detail.split('\n')[0]
      : `${failure.response?.status ?? ''} ${signature(failure.response)}`,
  ].join(' | ')

/** The error message of an answer with ids, numbers and quoted values blanked, to group alike failures. */
function signature(response: FuzzResponse | undefined): string {
  if (!response) return ''
  if (response.error) return response.error
  let message = response.text.slice(0, 200)
  try {
    const body = JSON.parse(response.text)
    message = String(body?.errors?.[0]?.message ?? body?.message ?? message)
  } catch {
    // not JSON: the beginning of the text
  }
  return message
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>')
    .replace(/"[^"]*"|'[^']*'/g, '<value>')
    .replace(/\d+/g, '<n>')
    .slice(0, 120)
}

const excerpt = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text)

const serialise = (failure: Failure) => ({
  oracle: failure.oracle,
  detail: failure.detail,
  where: failure.where,
  request: {
    ...failure.request,
    body: failure.request.body === undefined ? undefined : excerpt(String(failure.request.body), 2_000),
    write: undefined,
  },
  response: failure.response && {
    status: failure.response.status,
    error: failure.response.error,
    headers: failure.response.headers,
    body: excerpt(failure.response.text, 2_000),
  },
  serverSaid: failure.serverSaid,
})
