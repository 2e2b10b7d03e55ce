/**
 * `npm run bench`: what a partner sees over HTTP, at 1k, 10k and 100k fiches, in one run.
 *
 * Builds the production server (or reuses `.next`), fills a throw-away SQLite database with realistic
 * fiches (scripts/bench/fill.ts), and measures with autocannon (a process of its own): the anonymous
 * list uncached (response cache off) and cached, 304 revalidation, a fiche by id, the same list over
 * GraphQL, cold start to the first 200, peak RSS of the server under load, the SDK against a raw
 * `fetch`, and a plain `node:http` server answering the same bytes from memory (the practical limit).
 * The uncached list is measured again with two server processes (`WEB_CONCURRENCY=2`), with their memory
 * as the sum of resident sets and as PSS (shared pages counted once).
 * GraphQL is measured with GRAPHQL_LIST (relationships as `{ id }`) and without its relationship fields
 * (GRAPHQL_LIST_NO_RELATIONS).
 * Prints every figure and the ratios of issue 9's targets, and writes them into BENCHMARKS.md (between
 * the `bench:start`/`bench:end` markers; the analysis around them is kept).
 *
 * Options: `--sizes=1000,10000,100000`, `--duration=10` (seconds per measurement), `--connections=10`,
 * `--rebuild` (run `next build` even if `.next` exists), `--no-write` (print only).
 * Example: `npm run bench -- --sizes=1000,10000 --duration=5`.
 *
 * `--load` runs issue 8's load check instead, at the first size: 50 connections for 30 s (half on the REST
 * list, half on the GraphQL list, response cache off) while `/healthz` is polled; prints errors, non-2xx
 * and the `/healthz` latency percentiles, and writes them between the `load:start`/`load:end` markers.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { createClient } from '../src/sdk/src'
import { freePort } from '../test/helpers/server'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
const SIZES = (arg('sizes') ?? '1000,10000,100000').split(',').map(Number)
const DURATION = Number(arg('duration') ?? 10)
const CONNECTIONS = Number(arg('connections') ?? 10)
const LIST = '/api/fiches?limit=20&depth=0'
const SDK_ROUNDS = 300
/** Server processes (`WEB_CONCURRENCY`) of the multi-process figure: one per core of these machines. */
const PROCESSES = 2

const GRAPHQL_LIST = `{ Fiches(limit: 20) { totalDocs docs { id title slug series number category page summary body
  deniche { origin financing localAuthoritiesRole keyFigures { id label value } contacts { id name role organisation email phone url } }
  documents { id kind url label } licence firstPublishedAt revisedAt visibility _status createdAt updatedAt
  kit { id } partners { id } themes { id } territories { id } } } }`
/**
 * The same page without the four relationship fields: REST at depth 0 returns their ids from the fiches'
 * own rows, while GraphQL must look the related documents up to answer `themes { id }` (its schema has no
 * field for a bare id). Measured too, to tell GraphQL's own cost from that of the look-ups.
 */
const GRAPHQL_LIST_NO_RELATIONS = GRAPHQL_LIST.replace('kit { id } partners { id } themes { id } territories { id } ', '')

interface Load {
  rps: number
  p50: number
  p99: number
  non2xx: number
  errors: number
  bytesPerRequest: number
  total: number
}

interface SizeFigures {
  fiches: number
  coldStartMs: number
  readyMs: number
  coldListMs: number
  uncached: Load
  byId: Load
  graphql: Load
  graphqlNoRelations: Load
  cached: Load
  notModified: Load
  graphqlGetCached: Load
  plain: Load
  plainNotModified: Load
  sdkRatio: number
  peakRssMiB: number
  /** The uncached list with PROCESSES server processes, and their memory under that load. */
  uncachedProcesses: Load
  processesPeak: Memory
  listBytes: number
}

const log = (line: string) => console.log(`[bench] ${line}`)

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.stderr.on('data', (chunk) => (err += chunk))
    child.once('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${err.slice(-2000)}`)),
    )
  })
}

/** One request, awaited: the first of a route may load code (GraphQL's schema, Next's bundle). */
async function warm(url: string, init: RequestInit = {}): Promise<void> {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(180_000) })
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url} answered ${res.status}: ${(await res.text()).slice(0, 300)}`)
  await res.arrayBuffer()
}

/** autocannon in its own process, so that the load generator does not share this event loop. */
async function load(
  url: string,
  options: { headers?: Record<string, string>; method?: string; body?: string; duration?: number; connections?: number } = {},
): Promise<Load> {
  const connections = options.connections ?? CONNECTIONS
  const args = [
    path.join(ROOT, 'node_modules/autocannon/autocannon.js'),
    '-j',
    '-c',
    String(connections),
    '-d',
    String(options.duration ?? DURATION),
  ]
  for (const [name, value] of Object.entries(options.headers ?? {})) args.push('-H', `${name}=${value}`)
  if (options.method) args.push('-m', options.method)
  if (options.body) args.push('-b', options.body)
  args.push(url)
  const result = JSON.parse(await run(process.execPath, args))
  const requests = Math.max(1, result.requests.total)
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    bytesPerRequest: result.throughput.total / requests,
    total: result.requests.total,
  }
}

interface Memory {
  /** Sum of the processes' resident sets: pages shared between them (Node's own code) count once per process. */
  rss: number
  /** Proportional set size: each shared page divided between the processes sharing it (what they cost together). */
  pss: number
}

/** Memory of a process and its descendants (MiB), from /proc. */
function treeMemoryMiB(pid: number): Memory {
  const total = { rss: 0, pss: 0 }
  const visit = (id: number) => {
    try {
      const rollup = fs.readFileSync(`/proc/${id}/smaps_rollup`, 'utf8')
      total.rss += Number(/^Rss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0) / 1024
      total.pss += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0) / 1024
      for (const task of fs.readdirSync(`/proc/${id}/task`)) {
        const children = fs.readFileSync(`/proc/${id}/task/${task}/children`, 'utf8').trim()
        for (const child of children ? children.split(/\s+/) : []) visit(Number(child))
      }
    } catch {
      // the process ended meanwhile
    }
  }
  visit(pid)
  return total
}

interface Server {
  url: string
  child: ChildProcess
  readyMs: number
  firstOkMs: number
  peakMemory: () => Memory
  stop: () => Promise<void>
}

/** Starts the production server as `npm start` does; times `ready` and the first 200 of the list. */
async function startServer(databaseFile: string, env: Record<string, string>): Promise<Server> {
  const port = await freePort()
  const started = performance.now()
  const child = spawn(process.execPath, ['--conditions=production', 'dist/server.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      SERVER_URL: `http://127.0.0.1:${port}`,
      PAYLOAD_SECRET: 'bench',
      DATABASE_URI: `file:${databaseFile}`,
      RTES_SEED: 'off',
      NEXT_TELEMETRY_DISABLED: '1',
      // A benchmark hammers from one address: rate limits (if any) must not be what is measured.
      RATE_LIMIT_API: '1000000000/1',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  })
  let stderr = ''
  child.stderr!.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)))
  const url = `http://127.0.0.1:${port}`
  let readyMs = 0
  child.on('message', (message: { type?: string }) => {
    if (message?.type === 'ready') readyMs = performance.now() - started
  })
  const peak: Memory = { rss: 0, pss: 0 }
  const sampler = setInterval(() => {
    const now = treeMemoryMiB(child.pid!)
    peak.rss = Math.max(peak.rss, now.rss)
    peak.pss = Math.max(peak.pss, now.pss)
  }, 200)
  let firstOkMs = 0
  while (!firstOkMs) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}: ${stderr}`)
    if (performance.now() - started > 180_000) throw new Error(`server not answering after 180 s: ${stderr}`)
    const ok = await fetch(`${url}${LIST}`).then(
      (res) => res.status === 200,
      () => false,
    )
    if (ok) firstOkMs = performance.now() - started
    else await new Promise((resolve) => setTimeout(resolve, 20))
  }
  // Production answers the API before Next is prepared: ready (the admin too) comes after the first 200.
  while (!readyMs) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}: ${stderr}`)
    if (performance.now() - started > 180_000) throw new Error(`server not ready after 180 s: ${stderr}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return {
    url,
    child,
    readyMs,
    firstOkMs,
    peakMemory: () => peak,
    stop: async () => {
      clearInterval(sampler)
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
}

/** The practical limit: node:http answering the same bytes (and the same 304s) from memory. */
async function plainServer(body: Buffer, etag: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const source = `
    const http = require('node:http')
    const body = Buffer.from(process.env.BODY, 'base64')
    http.createServer((req, res) => {
      if (req.headers['if-none-match'] === process.env.ETAG) { res.writeHead(304, { ETag: process.env.ETAG }); res.end(); return }
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length, ETag: process.env.ETAG })
      res.end(body)
    }).listen(0, '127.0.0.1', function () { process.send({ port: this.address().port }) })`
  const child = spawn(process.execPath, ['-e', source], {
    env: { ...process.env, BODY: body.toString('base64'), ETAG: etag },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  })
  const port = await new Promise<number>((resolve) => child.once('message', (message: { port: number }) => resolve(message.port)))
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
}

/** Median latency of the SDK's `list` over that of a raw `fetch` + JSON of the same URL, alternating. */
async function sdkRatio(baseUrl: string): Promise<number> {
  const sdk = createClient({ baseUrl, retry: false })
  const sdkMs: number[] = []
  const fetchMs: number[] = []
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  for (let round = 0; round < SDK_ROUNDS; round++) {
    let start = performance.now()
    await sdk.fiches.list({ limit: 20, depth: 0 })
    sdkMs.push(performance.now() - start)
    start = performance.now()
    await (await fetch(`${baseUrl}${LIST}`, { headers: { Accept: 'application/json' } })).json()
    fetchMs.push(performance.now() - start)
  }
  return median(sdkMs) / median(fetchMs)
}

async function measureSize(databaseFile: string, size: number): Promise<SizeFigures> {
  log(`filling to ${size} fiches…`)
  const output = await run(process.execPath, [
    '--conditions=development',
    '--import',
    'tsx',
    'scripts/bench/fill-cli.ts',
    databaseFile,
    String(size),
  ])
  const { fiches } = JSON.parse(output.split('\n').find((line) => line.startsWith('{"fiches"'))!) as { fiches: number }

  log('uncached server (RESPONSE_CACHE_MAX_BYTES=0): cold start, list, by id, GraphQL')
  const uncachedServer = await startServer(databaseFile, { RESPONSE_CACHE_MAX_BYTES: '0' })
  const start = performance.now()
  await fetch(`${uncachedServer.url}/api/fiches?limit=20&depth=0&page=2`).then((res) => res.arrayBuffer())
  const coldListMs = performance.now() - start
  const first = (await (await fetch(`${uncachedServer.url}${LIST}`)).json()) as { docs: Array<{ id: string }> }
  await load(`${uncachedServer.url}${LIST}`, { duration: 2 })
  const uncached = await load(`${uncachedServer.url}${LIST}`)
  const byIdUrl = `${uncachedServer.url}/api/fiches/${first.docs[3].id}?depth=0`
  await warm(byIdUrl)
  const byId = await load(byIdUrl)
  const graphqlPost = { method: 'POST', body: JSON.stringify({ query: GRAPHQL_LIST }), headers: { 'content-type': 'application/json' } }
  await warm(`${uncachedServer.url}/api/graphql`, graphqlPost)
  await load(`${uncachedServer.url}/api/graphql`, { ...graphqlPost, duration: 2 })
  const graphql = await load(`${uncachedServer.url}/api/graphql`, graphqlPost)
  const noRelationsPost = { ...graphqlPost, body: JSON.stringify({ query: GRAPHQL_LIST_NO_RELATIONS }) }
  await warm(`${uncachedServer.url}/api/graphql`, noRelationsPost)
  const graphqlNoRelations = await load(`${uncachedServer.url}/api/graphql`, noRelationsPost)
  const uncachedPeak = uncachedServer.peakMemory().rss
  await uncachedServer.stop()

  log('cached server: list, 304s, GraphQL over GET, SDK')
  const cachedServer = await startServer(databaseFile, {})
  const response = await fetch(`${cachedServer.url}${LIST}`)
  const listBody = Buffer.from(await response.arrayBuffer())
  const etag = response.headers.get('etag')!
  const cached = await load(`${cachedServer.url}${LIST}`)
  const notModified = await load(`${cachedServer.url}${LIST}`, { headers: { 'if-none-match': etag } })
  const graphqlGetUrl = `${cachedServer.url}/api/graphql?query=${encodeURIComponent(GRAPHQL_LIST)}`
  await warm(graphqlGetUrl)
  const graphqlGetCached = await load(graphqlGetUrl)
  const ratio = await sdkRatio(cachedServer.url)
  const cachedPeak = cachedServer.peakMemory().rss
  await cachedServer.stop()

  log(`uncached server with ${PROCESSES} processes (WEB_CONCURRENCY=${PROCESSES}): list`)
  const processesServer = await startServer(databaseFile, { RESPONSE_CACHE_MAX_BYTES: '0', WEB_CONCURRENCY: String(PROCESSES) })
  await load(`${processesServer.url}${LIST}`, { duration: 2 })
  const uncachedProcesses = await load(`${processesServer.url}${LIST}`)
  const processesPeak = processesServer.peakMemory()
  await processesServer.stop()

  log('plain node:http server with the same bytes')
  const plainServerRunning = await plainServer(listBody, etag)
  const plain = await load(`${plainServerRunning.url}${LIST}`)
  const plainNotModified = await load(`${plainServerRunning.url}${LIST}`, { headers: { 'if-none-match': etag } })
  await plainServerRunning.stop()

  return {
    fiches,
    coldStartMs: uncachedServer.firstOkMs,
    readyMs: uncachedServer.readyMs,
    coldListMs,
    uncached,
    byId,
    graphql,
    graphqlNoRelations,
    cached,
    notModified,
    graphqlGetCached,
    plain,
    plainNotModified,
    sdkRatio: ratio,
    peakRssMiB: Math.max(uncachedPeak, cachedPeak),
    uncachedProcesses,
    processesPeak,
    listBytes: listBody.length,
  }
}

/** Issue 8: 50 clients on the list and GraphQL for 30 s; `/healthz` must stay answered (p99 < 500 ms). */
async function loadCheck(databaseFile: string, size: number): Promise<string> {
  log(`filling to ${size} fiches…`)
  await run(process.execPath, ['--conditions=development', '--import', 'tsx', 'scripts/bench/fill-cli.ts', databaseFile, String(size)])
  const server = await startServer(databaseFile, { RESPONSE_CACHE_MAX_BYTES: '0' })
  const graphqlPost = { method: 'POST', body: JSON.stringify({ query: GRAPHQL_LIST }), headers: { 'content-type': 'application/json' } }
  await warm(`${server.url}/api/graphql`, graphqlPost)
  const seconds = 30
  const health: number[] = []
  let healthFailures = 0
  let loading = true
  const probe = (async () => {
    while (loading) {
      const start = performance.now()
      const ok = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(10_000) }).then(
        (res) => res.status === 200,
        () => false,
      )
      health.push(performance.now() - start)
      if (!ok) healthFailures++
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  })()
  const [rest, graphql] = await Promise.all([
    load(`${server.url}${LIST}`, { connections: 25, duration: seconds }),
    load(`${server.url}/api/graphql`, { ...graphqlPost, connections: 25, duration: seconds }),
  ])
  loading = false
  await probe
  await server.stop()
  const sorted = [...health].sort((a, b) => a - b)
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
  const p99 = pct(99)
  const errors = rest.errors + graphql.errors + rest.non2xx + graphql.non2xx + healthFailures
  return [
    `Run: ${meta.date} · commit \`${meta.commit}\` · ${meta.machine} · load average ${meta.loadBefore} before · ${fmt(size)} fiches, response cache off`,
    '',
    '| 50 connections for 30 s | requests | req/s | p50 / p99 ms | errors + timeouts | non-2xx |',
    '| --- | --- | --- | --- | --- | --- |',
    `| REST \`${LIST}\` (25) | ${fmt(rest.total)} | ${fmt(rest.rps, 1)} | ${fmt(rest.p50)} / ${fmt(rest.p99)} | ${rest.errors} | ${rest.non2xx} |`,
    `| GraphQL list, POST (25) | ${fmt(graphql.total)} | ${fmt(graphql.rps, 1)} | ${fmt(graphql.p50)} / ${fmt(graphql.p99)} | ${graphql.errors} | ${graphql.non2xx} |`,
    '',
    `\`/healthz\` meanwhile (one probe every 100 ms): ${health.length} probes, ${healthFailures} failed, p50 ${fmt(pct(50))} ms, ` +
      `p99 ${fmt(p99)} ms, max ${fmt(sorted[sorted.length - 1] ?? 0)} ms.`,
    '',
    `Target (issue 8): 0 errors and \`/healthz\` p99 < 500 ms: **${errors === 0 && p99 < 500 ? 'met' : 'not met'}**.`,
  ].join('\n')
}

const fmt = (value: number, digits = 0) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
const load2 = (l: Load) => `${fmt(l.rps, l.rps < 100 ? 1 : 0)} req/s (p50 ${fmt(l.p50)} ms)`

function report(results: SizeFigures[], meta: Record<string, string>): string {
  const row = (label: string, cell: (r: SizeFigures) => string) => `| ${label} | ${results.map(cell).join(' | ')} |`
  const lines = [
    `Run: ${meta.date} · commit \`${meta.commit}\` · ${meta.machine} · Node ${process.version} · load average ${meta.loadBefore} before, ${meta.loadAfter} after · autocannon ${CONNECTIONS} connections, ${DURATION} s per figure`,
    '',
    `| figure | ${results.map((r) => `${fmt(r.fiches)} fiches`).join(' | ')} |`,
    `| --- | ${results.map(() => '---').join(' | ')} |`,
    row('anonymous list `GET /api/fiches?limit=20&depth=0`, uncached (response cache off)', (r) => load2(r.uncached)),
    row(`same list, uncached, ${PROCESSES} server processes (\`WEB_CONCURRENCY=${PROCESSES}\`)`, (r) => load2(r.uncachedProcesses)),
    row('same list, cached', (r) => load2(r.cached)),
    row('same list, 304 (`If-None-Match`)', (r) => load2(r.notModified)),
    row('first list request after start (counts not cached yet), ms', (r) => fmt(r.coldListMs)),
    row('by id, uncached', (r) => load2(r.byId)),
    row('same list over GraphQL (POST), uncached', (r) => load2(r.graphql)),
    row('same list over GraphQL without its 4 relationship fields (POST), uncached', (r) => load2(r.graphqlNoRelations)),
    row(
      'GraphQL ÷ REST list latency, p50, uncached: with / without the relationship fields',
      (r) => `${fmt(r.graphql.p50 / Math.max(1, r.uncached.p50), 2)} / ${fmt(r.graphqlNoRelations.p50 / Math.max(1, r.uncached.p50), 2)}`,
    ),
    row('same list over GraphQL (GET), cached', (r) => load2(r.graphqlGetCached)),
    row('plain `node:http`, same bytes: 200', (r) => load2(r.plain)),
    row('plain `node:http`: 304', (r) => load2(r.plainNotModified)),
    row('production start → first 200 of the list, ms', (r) => fmt(r.coldStartMs)),
    row('production start → ready (admin included), ms', (r) => fmt(r.readyMs)),
    row('peak RSS of the server process tree under load, MiB', (r) => fmt(r.peakRssMiB)),
    row(
      `peak RSS / PSS of the process tree under the uncached list load, ${PROCESSES} server processes, MiB`,
      (r) => `${fmt(r.processesPeak.rss)} / ${fmt(r.processesPeak.pss)}`,
    ),
    row('list body, bytes', (r) => fmt(r.listBytes)),
    row(
      'errors / non-2xx (uncached list, cached list)',
      (r) => `${r.uncached.errors + r.cached.errors} / ${r.uncached.non2xx + r.cached.non2xx}`,
    ),
  ]
  const small = results[0]
  const large = results[results.length - 1]
  type Target = [name: string, wanted: string, measured: string, met: boolean]
  /** One target per size: `ratio(r)` against a ceiling or a floor. */
  const perSize = (name: string, wanted: string, ratio: (r: SizeFigures) => number, met: (value: number) => boolean): Target[] =>
    results.map((r) => [`${name} (${fmt(r.fiches)})`, wanted, fmt(ratio(r), 2), met(ratio(r))])
  const worst = (pick: (r: SizeFigures) => number) => Math.max(...results.map(pick))
  const growth = large.uncached.p50 / Math.max(1, small.uncached.p50)
  const targets: Target[] = [
    [
      `anonymous list, ${fmt(large.fiches)} fiches, uncached (c${CONNECTIONS})`,
      '≥ 100 req/s',
      `${fmt(large.uncached.rps, 1)} req/s`,
      large.uncached.rps >= 100,
    ],
    [
      `same, ${PROCESSES} server processes (\`WEB_CONCURRENCY=${PROCESSES}\`)`,
      '≥ 100 req/s',
      `${fmt(large.uncachedProcesses.rps, 1)} req/s`,
      large.uncachedProcesses.rps >= 100,
    ],
    [`p50 at ${fmt(large.fiches)} ÷ p50 at ${fmt(small.fiches)} (uncached)`, '≤ 1.3', fmt(growth, 2), growth <= 1.3],
    ...perSize(
      'cached answer ÷ plain node, same bytes',
      '≥ 0.5',
      (r) => r.cached.rps / r.plain.rps,
      (v) => v >= 0.5,
    ),
    ...perSize(
      '304 ÷ plain node 304',
      '≥ 0.5',
      (r) => r.notModified.rps / r.plainNotModified.rps,
      (v) => v >= 0.5,
    ),
    ...perSize(
      'GraphQL list ÷ REST list latency, p50, uncached',
      '≤ 1.2',
      (r) => r.graphql.p50 / Math.max(1, r.uncached.p50),
      (v) => v <= 1.2,
    ),
    [
      'production cold start → first 200 (worst size)',
      '≤ 2 s',
      `${fmt(worst((r) => r.coldStartMs) / 1000, 1)} s`,
      worst((r) => r.coldStartMs) <= 2000,
    ],
    ['peak RSS under the list load (worst size)', '≤ 512 MiB', `${fmt(worst((r) => r.peakRssMiB))} MiB`, worst((r) => r.peakRssMiB) <= 512],
    [
      `same, ${PROCESSES} server processes: RSS sum / PSS (worst size)`,
      '≤ 512 MiB',
      `${fmt(worst((r) => r.processesPeak.rss))} / ${fmt(worst((r) => r.processesPeak.pss))} MiB`,
      worst((r) => r.processesPeak.pss) <= 512,
    ],
    [
      'SDK call ÷ raw `fetch`, same request (cached server, worst size)',
      '≤ 1.05',
      fmt(
        worst((r) => r.sdkRatio),
        3,
      ),
      worst((r) => r.sdkRatio) <= 1.05,
    ],
  ]
  lines.push('', '| target (issue 9) | wanted | measured | |', '| --- | --- | --- | --- |')
  for (const [name, wanted, measured, met] of targets) lines.push(`| ${name} | ${wanted} | ${measured} | ${met ? 'met' : '**not met**'} |`)
  return lines.join('\n')
}

function writeBenchmarks(table: string, marker: 'bench' | 'load'): void {
  const file = path.join(ROOT, 'BENCHMARKS.md')
  const block = `<!-- ${marker}:start (written by npm run bench${marker === 'load' ? ' -- --load' : ''}) -->\n${table}\n<!-- ${marker}:end -->`
  const pattern = new RegExp(`<!-- ${marker}:start[\\s\\S]*?<!-- ${marker}:end -->`)
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n'
  fs.writeFileSync(file, pattern.test(current) ? current.replace(pattern, block) : `${current.trimEnd()}\n\n${block}\n`)
  log(`wrote ${path.relative(process.cwd(), file)}`)
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim()
const meta = {
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  commit: `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? ' (with uncommitted changes)' : ''}`,
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB`,
  loadBefore: os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' '),
  loadAfter: '',
}

if (process.argv.includes('--rebuild') || !fs.existsSync(path.join(ROOT, '.next/BUILD_ID'))) {
  log('building the production server (next build)…')
  execFileSync('npx', ['next', 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', PAYLOAD_SECRET: 'build' },
  })
} else {
  log('reusing the existing build (.next); --rebuild to build again')
}
// The server bundle takes a second: always from the current sources.
execFileSync(process.execPath, ['scripts/build-server.mjs'], { cwd: ROOT, stdio: 'inherit' })

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rtes-bench-'))
const databaseFile = path.join(tmp, 'bench.db')
const results: SizeFigures[] = []
let table: string
try {
  if (process.argv.includes('--load')) table = await loadCheck(databaseFile, SIZES[0])
  else {
    for (const size of SIZES) {
      results.push(await measureSize(databaseFile, size))
      log(JSON.stringify(results[results.length - 1]))
    }
    meta.loadAfter = os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')
    table = report(results, meta)
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true })
}
console.log(`\n${table}\n`)
if (!process.argv.includes('--no-write')) writeBenchmarks(table, process.argv.includes('--load') ? 'load' : 'bench')
process.exit(0)
