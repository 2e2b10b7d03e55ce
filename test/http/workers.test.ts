/**
 * WEB_CONCURRENCY: several server processes share the port (Node cluster under the supervisor). Connections
 * are dealt in turn, so requests on new connections alternate between the processes: each answers the API
 * and the admin, a change written through one is served by the other within the cache's bound, SIGTERM
 * stops them all, and a process that dies takes the others down so the supervisor exits with its code.
 */
import fs from 'node:fs'

import { afterAll, describe, expect, it } from 'vitest'

import { request, waitFor } from '../helpers/lifecycle'
import { createAccounts, createDoc } from '../helpers/rest'
import { type RunningServer, startServer } from '../helpers/server'

/** The README's bound: no process serves an answer older than this after a change in another. */
const BOUND_MS = 1_000
const LIST = '/api/fiches?limit=50&depth=0'
const TIMEOUT_MS = 300_000

const running: RunningServer[] = []
afterAll(async () => {
  await Promise.all(running.map((server) => server.stop()))
})

async function start(name: string): Promise<RunningServer> {
  const server = await startServer(name, { env: { WEB_CONCURRENCY: '2' } })
  running.push(server)
  return server
}

/** A request on a connection of its own (`agent: false`): the cluster deals each new connection in turn. */
const fresh = (url: string, options: Parameters<typeof request>[1] = {}) => request(url, { agent: false, ...options })

/** The server processes below the supervisor (from /proc: its children). */
function processesOf(server: RunningServer): number[] {
  const pid = server.child.pid!
  return fs
    .readdirSync(`/proc/${pid}/task`)
    .flatMap((task) => fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/))
    .filter(Boolean)
    .map(Number)
}

const alive = (pid: number) => fs.existsSync(`/proc/${pid}`)

describe('WEB_CONCURRENCY=2', () => {
  it(
    'spreads connections over two processes that both answer the API and the admin, and serve a change within the bound',
    async () => {
      const server = await start('workers')
      expect(processesOf(server)).toHaveLength(2)
      expect(server.output().match(/RTES content hub ready/g)).toHaveLength(2)

      const answeredBy = new Set<number>()
      for (let i = 0; i < 6; i++) {
        const health = await fresh(`${server.url}/healthz`)
        expect(health.status).toBe(200)
        answeredBy.add(JSON.parse(health.body).process)
      }
      expect([...answeredBy].sort()).toEqual([1, 2])

      // The second process loads Next on the first request that needs it: every admin request is answered.
      for (let i = 0; i < 4; i++) expect((await fresh(`${server.url}/admin/login`)).status).toBe(200)

      const auth = await createAccounts(server.url)
      const titles = async () => {
        const res = await fresh(`${server.url}${LIST}`)
        expect(res.status).toBe(200)
        return (JSON.parse(res.body) as { docs: Array<{ title: string }> }).docs.map((doc) => doc.title)
      }
      // Writes go through Next, which the second process loads on demand: two new connections in a row reach
      // both processes.
      for (const title of ['Écrite sur une connexion', 'Écrite sur la suivante']) {
        const body = JSON.stringify({ title, series: 'deniche', visibility: 'public', _status: 'draft' })
        const created = await fresh(`${server.url}/api/fiches?draft=true`, {
          method: 'POST',
          headers: { Authorization: auth.editor!, 'Content-Type': 'application/json' },
          body,
        })
        expect(created.status, created.body).toBe(201)
      }

      // Both processes cache the list (the response cache is on), then a change is written through one.
      for (let i = 0; i < 4; i++) await titles()
      await createDoc(server.url, auth.editor, 'fiches', { title: 'Publiée par un processus', series: 'deniche', visibility: 'public' })
      const committed = Date.now()
      // Until the change shows on four connections in a row (both processes, twice), note how late an old
      // answer was still sent.
      let lastStale = 0
      let inARow = 0
      await waitFor(
        'both processes to serve the new fiche',
        async () => {
          const sent = Date.now()
          if ((await titles()).includes('Publiée par un processus')) return ++inARow >= 4
          lastStale = sent - committed
          inARow = 0
          return false
        },
        30_000,
        20,
      )
      expect(lastStale).toBeLessThan(BOUND_MS)

      const pids = processesOf(server)
      expect(await server.stop()).toBe(0)
      expect(pids.filter(alive)).toEqual([])
      expect(server.output().match(/RTES content hub stopped/g)).toHaveLength(2)
    },
    TIMEOUT_MS,
  )

  it(
    'stops the other process when one dies, and exits with its code',
    async () => {
      const server = await start('workers_crash')
      const [firstProcess, secondProcess] = processesOf(server)
      process.kill(secondProcess, 'SIGKILL')
      expect(await server.exited).toBe(137)
      expect(alive(firstProcess)).toBe(false)
      expect(server.output()).toContain('was ended by SIGKILL')
    },
    TIMEOUT_MS,
  )
})
