/**
 * Sync tokens: opaque to clients, tamper-evident for the server. A token is
 * `base64url(JSON payload) "." base64url(HMAC-SHA256(key, that first part))`, the key being derived from
 * PAYLOAD_SECRET (`HMAC(PAYLOAD_SECRET, "rtes-sync-token/v1")`, so it signs nothing else). The payload
 * says where the client stands: in a snapshot (watermark, collection index, last id) or in the change log
 * (last sequence), for which collections, and for which audience (what the caller may read).
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

/** Who reads decides what "visible" means: tokens are not transferable between audiences. */
export type Audience = 'public' | 'members' | 'editors'

export type TokenPayload =
  | {
      v: 1
      /** Snapshot in progress: `s` is the change-log watermark it started at. */
      m: 'snapshot'
      s: number
      c: string[]
      a: Audience
      /** Index in `c` of the collection being read. */
      i: number
      /** Last id returned in that collection (ids are read in ascending order). */
      k?: string
    }
  | {
      v: 1
      /** Following the change log: `s` is the last sequence delivered. */
      m: 'delta'
      s: number
      c: string[]
      a: Audience
    }

export class TokenError extends Error {}

const key = (secret: string) => createHmac('sha256', secret).update('rtes-sync-token/v1').digest()

const sign = (secret: string, body: string) => createHmac('sha256', key(secret)).update(body).digest('base64url')

export function encodeToken(secret: string, payload: TokenPayload): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url')
  return `${body}.${sign(secret, body)}`
}

export function decodeToken(secret: string, token: string): TokenPayload {
  const parts = token.split('.')
  if (parts.length !== 2 || !/^[A-Za-z0-9_-]+$/.test(parts[0]) || !/^[A-Za-z0-9_-]+$/.test(parts[1])) {
    throw new TokenError('`since` is not a sync token: pass the `nextToken` of a previous /api/sync answer unchanged.')
  }
  const expected = Buffer.from(sign(secret, parts[0]))
  const given = Buffer.from(parts[1])
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new TokenError('`since` was not issued by this server (or was altered): start again without `since`.')
  }
  let payload: unknown
  try {
    payload = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'))
  } catch {
    throw new TokenError('`since` is unreadable: start again without `since`.')
  }
  if (!isPayload(payload)) throw new TokenError('`since` is from an unsupported version: start again without `since`.')
  return payload
}

function isPayload(value: unknown): value is TokenPayload {
  const p = value as Partial<Record<string, unknown>>
  return (
    typeof p === 'object' &&
    p !== null &&
    p.v === 1 &&
    (p.m === 'snapshot' || p.m === 'delta') &&
    Number.isSafeInteger(p.s) &&
    (p.s as number) >= 0 &&
    Array.isArray(p.c) &&
    p.c.every((c) => typeof c === 'string') &&
    (p.a === 'public' || p.a === 'members' || p.a === 'editors') &&
    (p.m === 'delta' || (Number.isSafeInteger(p.i) && (p.k === undefined || typeof p.k === 'string')))
  )
}
