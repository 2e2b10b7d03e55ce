import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'

/** A response as the handler behind us produced it, before anything was sent. */
export interface CapturedResponse {
  status: number
  headers: OutgoingHttpHeaders
  body: Buffer
}

/**
 * Holds back what the next handlers write to `res` (as the `compression` middleware does) and hands
 * the complete response to `finish`, which then sends it (or a 304) with the `send` it is given.
 * Next's request handler writes with setHeader/writeHead/write/end; nothing reaches the socket until
 * `send` is called.
 */
export function captureResponse(
  res: ServerResponse,
  finish: (captured: CapturedResponse, send: (status: number, body?: Buffer) => void) => void,
): void {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders }
  const chunks: Buffer[] = []
  let done = false

  const toBuffer = (chunk: unknown, encoding?: unknown): Buffer | undefined => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return undefined
    if (Buffer.isBuffer(chunk)) return chunk
    if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    return Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
  }

  res.writeHead = function writeHead(this: ServerResponse, status: number, ...rest: unknown[]) {
    res.statusCode = status
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null) as OutgoingHttpHeaders | string[] | undefined
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1])
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value)
    }
    return res
  }

  res.flushHeaders = () => undefined

  res.write = function write(chunk: unknown, encoding?: unknown, callback?: unknown) {
    const buffer = toBuffer(chunk, encoding)
    if (buffer && !done) chunks.push(buffer)
    const cb = typeof encoding === 'function' ? encoding : callback
    if (typeof cb === 'function') process.nextTick(cb)
    return true
  } as ServerResponse['write']

  res.end = function end(chunk?: unknown, encoding?: unknown, callback?: unknown) {
    if (done) return res
    done = true
    const buffer = toBuffer(chunk, encoding)
    if (buffer) chunks.push(buffer)
    Object.assign(res, original)
    const cb = [chunk, encoding, callback].find((arg) => typeof arg === 'function') as (() => void) | undefined
    const headers = { ...res.getHeaders() }
    finish({ status: res.statusCode, headers, body: Buffer.concat(chunks) }, (status, body) => {
      res.statusCode = status
      if (body === undefined) {
        res.removeHeader('Content-Length')
        res.end(cb)
      } else {
        res.setHeader('Content-Length', body.length)
        res.end(res.req?.method === 'HEAD' ? undefined : body, cb)
      }
    })
    return res
  } as ServerResponse['end']
}
