/**
 * Rate limits and login hardening against the real server: per-address and per-API-key budgets with
 * `RateLimit-*` headers and 429 + `Retry-After` (readable by partner sites through CORS), a strict
 * budget on the auth routes, failed logins that cannot lock someone else's account from one address,
 * no timing difference between known and unknown accounts, and budgets shared through Redis.
 */
import { randomUUID } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createAccounts, type Credentials } from '../helpers/rest'
import { startRedis } from '../helpers/redis'
import { type RunningServer, startServer } from '../helpers/server'
import { TEST_PASSWORD as PASSWORD } from '../helpers/users'

const PARTNER_ORIGIN = 'https://www.cress-bretagne.org'
let server: RunningServer
let auth: Credentials

beforeAll(async () => {
  server = await startServer('rate-limit', {
    env: {
      // Each test speaks from its own address(es) through X-Forwarded-For, trusted from loopback only.
      TRUST_PROXY: 'loopback',
      CORS_ORIGINS: PARTNER_ORIGIN,
      RATE_LIMIT_API: '20/60',
      RATE_LIMIT_AUTH: '8/60',
      RATE_LIMIT_LOGIN_FAILURES: '4/86400',
      LOGIN_MIN_FAILURE_MS: '1000',
    },
  })
  auth = await createAccounts(server.url)
})
afterAll(async () => {
  await server?.stop()
})

let lastAddress = 0
/** A fresh client address for each call that needs one. */
const address = () => `10.${Math.floor(++lastAddress / 250)}.${lastAddress % 250}.1`

async function request(
  path: string,
  {
    from,
    method = 'GET',
    body,
    headers = {},
    base = server.url,
  }: { from: string; method?: string; body?: unknown; headers?: Record<string, string>; base?: string },
) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'x-forwarded-for': from, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null, text }
}

const login = (from: string, email: string, password: string) =>
  request('/api/users/login', { from, method: 'POST', body: { email, password } })

describe('API budget', () => {
  it('counts requests per address, with RateLimit headers, then answers 429 with Retry-After', async () => {
    const from = address()
    const remaining: number[] = []
    for (let i = 0; i < 20; i++) {
      const res = await request('/api/themes?limit=1', { from })
      expect(res.status).toBe(200)
      expect(res.headers.get('ratelimit-limit')).toBe('20')
      remaining.push(Number(res.headers.get('ratelimit-remaining')))
    }
    expect(remaining).toEqual(Array.from({ length: 20 }, (_, i) => 19 - i))
    const refused = await request('/api/themes?limit=1', { from, headers: { origin: PARTNER_ORIGIN } })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.headers.get('ratelimit-remaining')).toBe('0')
    expect(refused.body.errors[0].message).toMatch(/at most 20 per 60 s \(RATE_LIMIT_API\)/)
    // A partner site's browser may read the refusal and its headers.
    expect(refused.headers.get('access-control-allow-origin')).toBe(PARTNER_ORIGIN)
    expect(refused.headers.get('access-control-expose-headers')).toMatch(/Retry-After.*RateLimit-Remaining/)
    // Another address has its own budget.
    expect((await request('/api/themes?limit=1', { from: address() })).status).toBe(200)
  })

  it('counts an IPv6 /64 as one address', async () => {
    for (let i = 0; i < 20; i++) expect((await request('/api/themes?limit=1', { from: `2001:db8:7:1::${i + 1}` })).status).toBe(200)
    expect((await request('/api/themes?limit=1', { from: '2001:db8:7:1:abcd::1' })).status).toBe(429)
  })

  it('counts requests per API key whatever the address', async () => {
    for (let i = 0; i < 20; i++) {
      expect((await request('/api/fiches?limit=1', { from: address(), headers: { Authorization: auth.partner! } })).status).toBe(200)
    }
    const refused = await request('/api/fiches?limit=1', { from: address(), headers: { Authorization: auth.partner! } })
    expect(refused.status).toBe(429)
  })
})

describe('auth routes', () => {
  it('gives each address a strict budget on forgot-password, login, first-register…', async () => {
    const from = address()
    for (let i = 0; i < 8; i++) {
      expect((await request('/api/users/forgot-password', { from, method: 'POST', body: { email: `nobody${i}@rtes.test` } })).status).toBe(
        200,
      )
    }
    const refused = await request('/api/users/forgot-password', { from, method: 'POST', body: { email: 'nobody@rtes.test' } })
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/RATE_LIMIT_AUTH/)
    expect(
      (await request('/api/users/first-register', { from, method: 'POST', body: { email: 'x@rtes.test', password: 'x' } })).status,
    ).toBe(429)
  })

  it('stops one address before it can lock someone else’s account (5 failures lock it)', async () => {
    const attacker = address()
    for (let i = 0; i < 4; i++) expect((await login(attacker, 'editor@rtes.test', `guess-${i}`)).status).toBe(401)
    const refused = await login(attacker, 'editor@rtes.test', 'guess-4')
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/RATE_LIMIT_LOGIN_FAILURES/)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    // Even the right password from that address waits; the owner elsewhere is not locked out.
    expect((await login(attacker, 'editor@rtes.test', PASSWORD)).status).toBe(429)
    expect((await login(address(), 'editor@rtes.test', PASSWORD)).status).toBe(200)
  })

  it('holds under parallel attempts: at most 4 reach the password check', async () => {
    const attacker = address()
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => login(attacker, 'member@rtes.test', `parallel-${i}`)))
    const statuses = answers.map((res) => res.status).sort()
    expect(statuses.filter((status) => status === 401)).toHaveLength(4)
    // The other 8: 4 over RATE_LIMIT_AUTH (8 per address), 4 over the failure budget.
    expect(statuses.filter((status) => status === 429)).toHaveLength(8)
    expect((await login(address(), 'member@rtes.test', PASSWORD)).status).toBe(200)
  })

  it('applies the same budget to GraphQL’s loginUser', async () => {
    const attacker = address()
    const mutation = (password: string) =>
      request('/api/graphql', {
        from: attacker,
        method: 'POST',
        body: { query: `mutation { loginUser(email: "editor@rtes.test", password: "${password}") { token } }` },
      })
    for (let i = 0; i < 4; i++) expect((await mutation(`gql-${i}`)).body.errors[0].extensions.statusCode).toBe(401)
    const refused = await mutation('gql-4')
    expect(refused.body.errors[0].extensions.statusCode).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/RATE_LIMIT_LOGIN_FAILURES/)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('gives an address its attempts back after a successful login', async () => {
    const from = address()
    for (let i = 0; i < 3; i++) expect((await login(from, 'admin@rtes.test', `typo-${i}`)).status).toBe(401)
    expect((await login(from, 'admin@rtes.test', PASSWORD)).status).toBe(200)
    for (let i = 0; i < 3; i++) expect((await login(from, 'admin@rtes.test', `typo-again-${i}`)).status).toBe(401)
    expect((await login(address(), 'admin@rtes.test', PASSWORD)).status).toBe(200)
  })
})

describe('login timing', () => {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

  it('does not tell existing accounts from unknown ones', async () => {
    const timed = async (email: string) => {
      const started = performance.now()
      const res = await login(address(), email, 'wrong password')
      expect(res.status).toBe(401)
      return performance.now() - started
    }
    const existing: number[] = []
    const unknown: number[] = []
    expect((await login(address(), 'admin@rtes.test', PASSWORD)).status).toBe(200) // earlier tests' failures
    for (let i = 0; i < 8; i++) {
      existing.push(await timed('admin@rtes.test'))
      unknown.push(await timed(`nobody-${randomUUID()}@rtes.test`))
      // Payload locks an account after 5 failures (from any addresses): a success resets its count.
      if (i % 3 === 2) expect((await login(address(), 'admin@rtes.test', PASSWORD)).status).toBe(200)
    }
    // Statistical, not absolute: the unknown account's failures take about as long as the known one's.
    expect(median(unknown)).toBeGreaterThanOrEqual(0.8 * median(existing))
  })
})

describe('shared through Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>
  let instances: RunningServer[] = []
  beforeAll(async () => {
    redis = await startRedis()
    const env = { REDIS_URL: redis.url, RATE_LIMIT_API: '10/60' }
    instances = [await startServer('rate-limit-a', { env }), await startServer('rate-limit-b', { env })]
  })
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()))
    await redis?.stop()
  })

  it('gives two instances one budget per address', async () => {
    const [a, b] = instances as [RunningServer, RunningServer]
    expect(a.output()).toMatch(/rate limits shared through Redis/)
    const statuses: number[] = []
    for (let i = 0; i < 12; i++) {
      // TRUST_PROXY is off here: X-Forwarded-For is ignored, every request counts for 127.0.0.1.
      const res = await request('/api/themes?limit=1', { from: address(), base: (i % 2 ? b : a).url })
      statuses.push(res.status)
    }
    expect(statuses).toEqual([...Array(10).fill(200), 429, 429])
  })
})
