/**
 * Where webhooks may be sent: public unicast addresses only. Private, loopback, link-local, unique-local,
 * carrier-grade NAT, multicast, reserved and unspecified addresses are refused, at save time for literal
 * addresses and `localhost` names, and at delivery time for every address the name resolves to (the check
 * runs inside the connection's own DNS lookup, so a name cannot resolve differently between the check and
 * the connection). The plugin's `webhooks.allowPrivateTargets` lifts the rule (tests, local receivers).
 */
import dns from 'node:dns'
import type { LookupFunction } from 'node:net'

import ipaddr from 'ipaddr.js'

/** True for a public unicast IPv4/IPv6 address (IPv4-mapped IPv6 addresses are judged as IPv4). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false
  let parsed = ipaddr.parse(address)
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address()
  return parsed.range() === 'unicast'
}

/** The hostname of a URL without IPv6 brackets. */
const bareHost = (url: URL) => url.hostname.replace(/^\[|\]$/g, '')

/**
 * Why a target URL is refused at save time, or null when it is acceptable: an http(s) URL whose host is
 * not a literal private address nor a `localhost` name (other names are checked after DNS resolution,
 * when delivering).
 */
export function targetUrlProblem(value: unknown, { allowPrivate }: { allowPrivate: boolean }): string | null {
  let url: URL
  try {
    url = new URL(String(value))
  } catch {
    return 'Adresse invalide : une URL complète est attendue, par exemple https://exemple.org/webhooks (invalid URL).'
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return 'Adresse invalide : elle doit commencer par http:// ou https:// (only http and https are supported).'
  }
  if (url.username || url.password) return 'L’adresse ne doit pas contenir d’identifiants (no credentials in the URL).'
  if (allowPrivate) return null
  const host = bareHost(url).toLowerCase()
  if (host === 'localhost' || host.endsWith('.localhost') || (ipaddr.isValid(host) && !isPublicAddress(host))) {
    return `Adresse refusée : ${host} est une adresse privée, locale ou de bouclage (private, loopback or link-local targets are refused).`
  }
  return null
}

export class TargetRefusedError extends Error {
  constructor(host: string, address: string) {
    super(`target refused: ${host} resolves to ${address}, a private, loopback or link-local address`)
    this.name = 'TargetRefusedError'
  }
}

/** A `lookup` for http(s).request that refuses names resolving to non-public addresses (unless `allowPrivate`). */
export const guardedLookup =
  (allowPrivate: boolean): LookupFunction =>
  (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0)
      const list = addresses
      const refused = allowPrivate ? undefined : list.find((entry) => !isPublicAddress(entry.address))
      if (refused) return callback(new TargetRefusedError(hostname, refused.address), '', 0)
      if (!list.length) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0)
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list)
      callback(null, list[0].address, list[0].family)
    })
  }

/** Delivery-time check of a literal address host (connections to IPs skip `lookup`). */
export function assertLiteralTargetAllowed(url: URL, allowPrivate: boolean): void {
  const host = bareHost(url)
  if (!allowPrivate && ipaddr.isValid(host) && !isPublicAddress(host)) throw new TargetRefusedError(host, host)
}
