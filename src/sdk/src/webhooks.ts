/**
 * Verifying RTES webhook signatures with Web Crypto (browsers, Node ≥ 18, edge runtimes). The server
 * sends `X-RTES-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`.
 */

const encoder = /* @__PURE__ */ new TextEncoder()

/**
 * True when `signatureHeader` (the `X-RTES-Signature` header) signs `rawBody` with `secret` and its
 * timestamp is within `toleranceSeconds` (default 300) of now. Pass the body exactly as received (before
 * any JSON parsing). The comparison is constant-time (`crypto.subtle.verify`).
 */
export async function verifyWebhookSignature(
  secret: string,
  signatureHeader: string | null | undefined,
  rawBody: string | Uint8Array | ArrayBuffer,
  toleranceSeconds = 300,
): Promise<boolean> {
  if (!secret || !signatureHeader) return false
  let timestamp: string | undefined
  const signatures: Uint8Array<ArrayBuffer>[] = []
  for (const part of signatureHeader.split(',')) {
    const [key, value = ''] = part.trim().split('=', 2) as [string, string?]
    if (key === 't' && /^\d+$/.test(value)) timestamp = value
    else if (key === 'v1' && /^(?:[0-9a-f]{2}){32}$/i.test(value)) signatures.push(hexBytes(value))
  }
  if (timestamp === undefined || !signatures.length) return false
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > toleranceSeconds) return false

  const body = typeof rawBody === 'string' ? encoder.encode(rawBody) : new Uint8Array(rawBody)
  const prefix = encoder.encode(`${timestamp}.`)
  const signed = new Uint8Array(prefix.length + body.length)
  signed.set(prefix)
  signed.set(body, prefix.length)
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify'])
  for (const signature of signatures) if (await crypto.subtle.verify('HMAC', key, signature, signed)) return true
  return false
}

function hexBytes(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2)
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return bytes
}
