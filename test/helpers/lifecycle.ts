import http from 'node:http'
import net from 'node:net'

/** Polls `check` until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => T | Promise<T>,
  timeoutMs = 60_000,
  intervalMs = 100,
): Promise<Exclude<T, false | undefined>> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined && value !== false) return value as Exclude<T, false | undefined>
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}

export interface RawResponse {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

/** One request with node:http (fetch hides connections): `agent` keeps them alive between calls. */
export function request(url: string, options: http.RequestOptions & { body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, options, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

/**
 * A JSON POST whose body arrives slowly, as from a client on a poor connection: resolves `started` once the
 * server has the request (it answered `Expect: 100-continue`), sends the rest when `finish()` is called.
 */
export function slowPost(url: string, headers: Record<string, string>, body: string) {
  const bytes = Buffer.from(body)
  let sendRest!: () => void
  const restReady = new Promise<void>((resolve) => (sendRest = resolve))
  let onStarted!: () => void
  const started = new Promise<void>((resolve) => (onStarted = resolve))
  const response = new Promise<RawResponse>((resolve, reject) => {
    const req = http.request(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'content-length': bytes.length, expect: '100-continue' },
    })
    req.on('continue', () => {
      req.write(bytes.subarray(0, 1))
      onStarted()
      void restReady.then(() => req.end(bytes.subarray(1)))
    })
    req.on('response', (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }))
    })
    req.on('error', reject)
  })
  return { started, response, finish: sendRest }
}

/** Resolves with the connection error of a new TCP connection (undefined if it was accepted). */
export function connectError(url: string): Promise<NodeJS.ErrnoException | undefined> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname)
    socket.once('connect', () => {
      socket.destroy()
      resolve(undefined)
    })
    socket.once('error', (error) => resolve(error))
  })
}

/**
 * Concurrent writers creating themes until stopped: `acked` holds the id of every create answered 201,
 * `failures` every other outcome (status and body, or the network error).
 */
export function writeBurst(url: string, token: string, concurrency = 6) {
  const acked: string[] = []
  const failures: string[] = []
  let running = true
  let next = 0
  const writer = async () => {
    while (running) {
      try {
        const res = await fetch(`${url}/api/themes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', Authorization: `JWT ${token}` },
          body: JSON.stringify({ title: `Rafale ${next++}` }),
        })
        const text = await res.text()
        if (res.status === 201) acked.push(JSON.parse(text).doc.id)
        else failures.push(`${res.status} ${text.slice(0, 300)}`)
      } catch (error) {
        failures.push(String((error as Error).cause ?? error))
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    }
  }
  const writers = Array.from({ length: concurrency }, writer)
  return {
    acked,
    failures,
    stop: async () => {
      running = false
      await Promise.all(writers)
    },
  }
}
