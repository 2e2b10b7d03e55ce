import os from 'node:os'

import type { AppEnv } from './env'

/**
 * Origins whose cookie-authenticated writes Payload accepts (its `csrf` list). In development the server is
 * also reached as localhost, 127.0.0.1, [::1] or a LAN address of the bound interface: all are accepted, so
 * opening the admin at any of them works. Production accepts SERVER_URL and CORS_ORIGINS only.
 */
export function allowedOrigins(env: AppEnv): string[] {
  const origins = new Set([env.serverUrl, ...env.corsOrigins])
  if (!env.production) {
    for (const host of localHostnames(env.host)) origins.add(`http://${host}:${env.port}`)
  }
  return [...origins]
}

function localHostnames(boundHost: string): string[] {
  const hosts = ['localhost', '127.0.0.1', '[::1]']
  const wildcard = boundHost === '0.0.0.0' || boundHost === '::'
  const addresses = wildcard
    ? Object.values(os.networkInterfaces()).flatMap((list) => (list ?? []).map((info) => info.address))
    : [boundHost]
  for (const address of addresses) hosts.push(address.includes(':') ? `[${address}]` : address)
  return [...new Set(hosts)]
}
