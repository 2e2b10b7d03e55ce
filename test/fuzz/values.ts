import { randomUUID } from 'node:crypto'

import fc from 'fast-check'

/**
 * Building blocks of the generators. Every random choice goes through fast-check's `gen()` value `g`, so
 * a run is determined by its seed and path, and fast-check can shrink a failing request on replay.
 */
export type G = fc.GeneratorValue

export const pick = <T>(g: G, items: readonly T[]): T => items[g(fc.nat, { max: items.length - 1 })]
export const chance = (g: G, percent: number): boolean => g(fc.nat, { max: 99 }) < percent
export const count = (g: G, max: number): number => g(fc.nat, { max })

/** Picks one of several builders by weight. */
export function weighted<T>(g: G, options: readonly (readonly [number, () => T])[]): T {
  const total = options.reduce((sum, [weight]) => sum + weight, 0)
  let roll = g(fc.nat, { max: total - 1 })
  for (const [weight, build] of options) {
    if (roll < weight) return build()
    roll -= weight
  }
  throw new Error('unreachable')
}

/** Strings that broke servers before: parsers, dates, encodings, injections, prototypes, sizes. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '%00',
  '\uFEFF',
  '\u202Eevil',
  'e\u0301',
  '🧨💥',
  '\uD800',
  '\r\n',
  '../../../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '"; DROP TABLE fiches; --',
  '{"$gt":""}',
  '$where',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e309',
  '0x1F',
  '010',
  ' 1 ',
  '１２',
  '٣',
  '9007199254740993',
  '-9007199254740993',
  '30 avril 2018',
  'Février 2022',
  '2021-13-45',
  '2021-02-30T25:61:00Z',
  '0000-00-00',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '1970-01-01',
  'now',
  'a,b,c',
  'x'.repeat(300),
]

/** Dates a client might send: valid ISO, other formats, impossible ones. */
const DATES = [
  '2021-11-19',
  '2021-11-19T10:00:00.000Z',
  '2021-11-19T10:00:00+02:00',
  '2021-11-19 10:00',
  '19/11/2021',
  '11/19/2021',
  '30 avril 2018',
  'Février 2022',
  '2021-13-45',
  '2021-02-30',
  '0000-00-00',
  '1900-01-01',
  '2100-12-31',
  '+275760-09-13T00:00:00.000Z',
  '-000001-01-01T00:00:00Z',
  'notadate',
  '1637316000000',
]

export const nastyString = (g: G): string => pick(g, NASTY_STRINGS)
export const dateString = (g: G): string => pick(g, DATES)

/**
 * Any string: ordinary text, unicode (incl. lone surrogates and NUL), nasty constants, long runs (up to
 * `longest` characters: URLs stay under Node's 16 KB head limit unless a generator wants them longer).
 */
export function anyString(g: G, longest = 100_000): string {
  return weighted(g, [
    [5, () => g(fc.string, { maxLength: 24 })],
    [3, () => g(fc.string, { unit: 'grapheme', maxLength: 24 })],
    [2, () => g(fc.string, { unit: 'binary', maxLength: 16 })],
    [6, () => nastyString(g)],
    [
      1,
      () =>
        pick(g, ['a', 'é', '\u0000', '🧨']).repeat(
          pick(
            g,
            [1_000, 10_000, 100_000].filter((n) => n <= longest),
          ),
        ),
    ],
  ])
}

/** A string for a URL: like `anyString`, but short enough for a request head. */
export const urlString = (g: G): string => anyString(g, 1_000)

/** Any number JSON can carry, biased to boundaries. */
export function anyNumber(g: G): number {
  return weighted(g, [
    [4, () => g(fc.integer, { min: -5, max: 3000 })],
    [3, () => pick(g, [0, -1, 1, 2.5, -0, 0.1, 1e-7, 2 ** 31, -(2 ** 31), 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, 1e21, 1e308, -1e308])],
    [1, () => g(fc.double, { noNaN: true, noDefaultInfinity: true })],
  ])
}

/** A number as a query-string value, including what `Number()` or `parseInt()` read differently. */
export function numberParam(g: G, valid: () => number): string {
  return weighted(g, [
    [5, () => String(valid())],
    [
      3,
      () =>
        pick(g, [
          '0',
          '-1',
          '1',
          '2.5',
          '1000000',
          '99999999999999999999',
          'NaN',
          'Infinity',
          '-Infinity',
          '1e309',
          '0x10',
          '010',
          '1e2',
          ' 5',
          '5 ',
          '',
          'abc',
          'true',
          'null',
          '[]',
          '١٢',
        ]),
    ],
    [1, () => anyString(g)],
  ])
}

/** A value of the wrong type for whatever was expected. */
export function wrongType(g: G): unknown {
  return weighted(g, [
    [2, () => anyString(g)],
    [2, () => anyNumber(g)],
    [1, () => pick(g, [true, false, null])],
    [1, () => []],
    [1, () => ({})],
    [1, () => [anyString(g), anyNumber(g)]],
    [1, () => ({ [anyString(g)]: anyString(g) })],
    [1, () => deepNest(g)],
  ])
}

/**
 * An object or array nested deep (most of the time within what parsers allow, sometimes far beyond).
 * At most 3,000 levels: deeper, `JSON.stringify` itself overflows the stack (raw.ts writes deeper
 * JSON as text).
 */
export function deepNest(g: G): unknown {
  const depth = pick(g, [3, 10, 50, 200, 1_000, 3_000])
  let value: unknown = anyString(g)
  const arrays = chance(g, 50)
  for (let i = 0; i < depth; i++) value = arrays ? [value] : { a: value }
  return value
}

/** A plausible id of nothing (uuid-shaped, numeric, Mongo-shaped, malformed). */
export function strayId(g: G): string {
  return weighted(g, [
    [3, () => randomUUIDFrom(g)],
    [
      1,
      () => pick(g, ['0', '1', '-1', '999999999', '507f1f77bcf86cd799439011', 'null', 'undefined', '../users', '%2e%2e', 'a'.repeat(300)]),
    ],
    [1, () => anyString(g)],
  ])
}

/** How deep a value nests (counted without recursion, up to `max`). */
export function nesting(value: unknown, max: number): number {
  let deepest = 0
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length) {
    const [node, depth] = stack.pop()!
    deepest = Math.max(deepest, depth)
    if (deepest >= max) return deepest
    if (node && typeof node === 'object') for (const child of Object.values(node)) stack.push([child, depth + 1])
  }
  return deepest
}

/** A uuid drawn from the seed (not `crypto.randomUUID`, which the seed would not reproduce). */
function randomUUIDFrom(g: G): string {
  const hex = g(fc.uuid)
  return hex || randomUUID()
}

/**
 * Percent-encodes a string for a URL: UTF-8 bytes of everything but unreserved characters. Lone
 * surrogates become U+FFFD (what `Buffer` does), where `encodeURIComponent` would throw.
 */
export function pct(value: string): string {
  let out = ''
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte)
    out += /[A-Za-z0-9\-._~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

/** A query string from an object in Payload's bracket syntax (`where[title][like]=x`, `a[0]=b`). */
export function bracketQuery(params: Record<string, unknown>): string {
  const parts: string[] = []
  const walk = (key: string, value: unknown, depth: number) => {
    if (value === undefined) return
    // Past qs's own depth (10), deeper brackets are only a longer key: stop at 100 and send the rest as JSON.
    if (depth > 100) parts.push(`${key}=${pct(JSON.stringify(value) ?? '')}`)
    else if (Array.isArray(value)) value.forEach((item, i) => walk(`${key}[${i}]`, item, depth + 1))
    else if (value !== null && typeof value === 'object')
      for (const [child, item] of Object.entries(value)) walk(`${key}[${pct(child)}]`, item, depth + 1)
    else parts.push(`${key}=${pct(String(value).slice(0, 2_000))}`)
  }
  // Values are cut at 2,000 characters to keep the head under Node's 16 KB (raw.ts sends longer URLs on purpose).
  for (const [key, value] of Object.entries(params)) walk(pct(key.slice(0, 2_000)), value, 0)
  return parts.join('&')
}
