/** Which webhook targets are refused (src/webhooks/targets.ts): at save time, and after DNS resolution. */
import { describe, expect, it } from 'vitest'

import { guardedLookup, isPublicAddress, TargetRefusedError, targetUrlProblem } from '../../src/webhooks/targets'

describe('targetUrlProblem', () => {
  it('accepts public http(s) URLs and refuses other schemes, credentials and private literal hosts', () => {
    const refused = { allowPrivate: false }
    expect(targetUrlProblem('https://hooks.example.org/rtes', refused)).toBeNull()
    expect(targetUrlProblem('https://93.184.216.34/rtes', refused)).toBeNull()
    expect(targetUrlProblem('ftp://example.org/', refused)).toMatch(/http/)
    expect(targetUrlProblem('pas une adresse', refused)).toMatch(/invalide/)
    expect(targetUrlProblem('https://user:secret@example.org/', refused)).toMatch(/credentials/)
    for (const url of [
      'http://127.0.0.1:8080/',
      'http://localhost/hooks',
      'http://api.localhost/',
      'http://[::1]/',
      'http://10.1.2.3/',
      'http://2130706433/',
    ]) {
      expect(targetUrlProblem(url, refused), url).toMatch(/private/)
      expect(targetUrlProblem(url, { allowPrivate: true }), url).toBeNull()
    }
  })
})

describe('isPublicAddress', () => {
  it('is true for public unicast addresses only (IPv4-mapped IPv6 judged as IPv4)', () => {
    expect(isPublicAddress('93.184.216.34')).toBe(true)
    expect(isPublicAddress('2606:2800:220:1:248:1893:25c8:1946')).toBe(true)
    for (const address of [
      '127.0.0.1',
      '10.0.0.1',
      '172.16.0.1',
      '192.168.0.1',
      '169.254.1.1',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:10.0.0.1',
      '224.0.0.1',
      'not-an-ip',
    ]) {
      expect(isPublicAddress(address), address).toBe(false)
    }
  })
})

describe('guardedLookup', () => {
  const lookup = (allowPrivate: boolean, hostname: string) =>
    new Promise<{ error: Error | null; address: unknown }>((resolve) =>
      guardedLookup(allowPrivate)(hostname, {}, (error, address) => resolve({ error, address })),
    )

  it('refuses a name resolving to a loopback address, unless private targets are allowed', async () => {
    expect((await lookup(false, 'localhost')).error).toBeInstanceOf(TargetRefusedError)
    const allowed = await lookup(true, 'localhost')
    expect(allowed.error).toBeNull()
    expect(String(allowed.address)).toMatch(/^(127\.|::1)/)
  })
})
