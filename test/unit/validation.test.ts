import { describe, expect, it } from 'vitest'

import { isIsoDate, isoDate } from '../../src/fields/dates'
import { integer } from '../../src/fields/validate'
import { whereProblem } from '../../src/query/where'

describe('isIsoDate', () => {
  it.each([
    '2021-11-30',
    '2021-11-30T09:00',
    '2021-11-30T09:00:00Z',
    '2021-11-30T09:00:00.000Z',
    '2024-02-29T23:59:59+01:00',
    '2021-11-30T09:00:00-0500',
  ])('accepts %s', (value) => expect(isIsoDate(value)).toBe(true))

  it.each([
    'Février 2022',
    '30 avril 2018',
    '2021-02-30',
    '2023-02-29',
    '2021-13-01',
    '2021-11-30T24:00:00Z',
    '2021-11-30 09:00',
    '20211130',
    '',
    'notadate',
    1638262800000,
  ])('refuses %s', (value) => expect(isIsoDate(value)).toBe(false))

  it('accepts valid Date objects, and says which format is expected', () => {
    expect(isIsoDate(new Date('2021-11-30'))).toBe(true)
    expect(isIsoDate(new Date('nope'))).toBe(false)
    expect(isoDate(null)).toBe(true)
    expect(isoDate('Février 2022')).toMatch(/YYYY-MM-DD/)
  })
})

describe('integer', () => {
  it('accepts whole numbers and empty values only', () => {
    expect([integer(3, {}), integer(-3, {}), integer(null, {}), integer([1, 2], {})]).toEqual([true, true, true, true])
    expect(integer(2.5, {})).toMatch(/entier|whole/)
  })
})

describe('whereProblem', () => {
  const text = { name: 'title', type: 'text' } as never
  const date = { name: 'firstPublishedAt', type: 'date' } as never
  const relationship = { name: 'kit', type: 'relationship', relationTo: 'kits' } as never

  it('refuses geographic operators off point fields, and all on SQL databases', () => {
    expect(whereProblem(text, 'near', 'abc', 'sqlite')).toMatch(/point/)
    expect(whereProblem(undefined, 'within', 'x', 'mongoose')).toMatch(/point/)
    expect(whereProblem(text, 'all', 'a,b', 'sqlite')).toMatch(/in\)/)
    expect(whereProblem(text, 'all', 'a,b', 'mongoose')).toBeUndefined()
  })

  it('wants ISO dates for date comparisons, and no text operators on dates', () => {
    expect(whereProblem(date, 'greater_than', 'notadate', 'sqlite')).toMatch(/ISO 8601/)
    expect(whereProblem(date, 'in', '2021-01-01,Février 2022', 'sqlite')).toMatch(/ISO 8601/)
    expect(whereProblem(date, 'contains', '2021', 'sqlite')).toMatch(/contains/)
    expect(whereProblem(date, 'less_than', '2021-01-01T00:00:00Z', 'sqlite')).toBeUndefined()
    expect(whereProblem(date, 'exists', 'true', 'sqlite')).toBeUndefined()
  })

  it('refuses empty ids in relationship lists', () => {
    expect(whereProblem(relationship, 'in', 'null', 'sqlite')).toMatch(/exists=false/)
    expect(whereProblem(relationship, 'not_in', ['a', null], 'sqlite')).toMatch(/exists=false/)
    expect(whereProblem(relationship, 'in', 'a,b', 'sqlite')).toBeUndefined()
  })

  it('wants one value for comparisons, a value or a list for in/not_in/all, true or false for exists', () => {
    expect(whereProblem(text, 'contains', ['a', 'b'], 'sqlite')).toMatch(/contains operator takes a single value, got a list/)
    expect(whereProblem(relationship, 'less_than_equal', ['a', 'b'], 'sqlite')).toMatch(/single value/)
    expect(whereProblem(text, 'equals', { toString: 'x' }, 'sqlite')).toMatch(/got an object/)
    expect(whereProblem(text, 'not_in', { a: 'x' }, 'sqlite')).toMatch(/value or a list of values, got an object/)
    expect(whereProblem(text, 'in', [['a']], 'sqlite')).toMatch(/value or a list/)
    expect(whereProblem(text, 'exists', '1', 'sqlite')).toMatch(/true or false/)
    expect(whereProblem(undefined, 'like', ['a'], 'sqlite')).toMatch(/single value/)
    // What Payload runs itself.
    for (const [field, operator, value] of [
      [text, 'contains', 'abc'],
      [text, 'equals', null],
      [text, 'in', ['a', 'b']],
      [text, 'not_in', 'a,b'],
      [text, 'exists', 'false'],
      [text, 'exists', true],
      [relationship, 'equals', ['a', 'b']], // run as `in`
      [{ name: 'tags', type: 'text', hasMany: true }, 'contains', ['a', 'b']],
      [{ name: 'place', type: 'point' }, 'near', [1, 2, 100]],
      [{ name: 'ref', type: 'relationship', relationTo: ['kits', 'fiches'] }, 'equals', { relationTo: 'kits', value: 'x' }],
      [{ name: 'partners', type: 'relationship', relationTo: 'partners', hasMany: true }, 'contains', { kind: { equals: 'cress' } }],
    ] as const) {
      expect(whereProblem(field as never, operator, value, 'sqlite'), `${operator} ${JSON.stringify(value)}`).toBeUndefined()
    }
  })
})
