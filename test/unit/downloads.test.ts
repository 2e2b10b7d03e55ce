import { describe, expect, it } from 'vitest'

import { monthsBetween, parseReportQuery, ReportQueryError } from '../../src/downloads/report'
import { VisitorLedger } from '../../src/downloads/visitors'

const visitor = { ip: '203.0.113.5', userAgent: 'Mozilla/5.0' }
const at = (iso: string) => new Date(iso)

describe('VisitorLedger', () => {
  it('counts a visitor once per document and UTC day', () => {
    const ledger = new VisitorLedger(100)
    expect(ledger.firstToday(visitor, 'doc-1', at('2026-03-02T08:00:00Z'))).toBe(true)
    expect(ledger.firstToday(visitor, 'doc-1', at('2026-03-02T23:59:59Z'))).toBe(false)
    expect(ledger.firstToday(visitor, 'doc-2', at('2026-03-02T09:00:00Z'))).toBe(true)
    expect(ledger.firstToday({ ...visitor, ip: '203.0.113.6' }, 'doc-1', at('2026-03-02T09:00:00Z'))).toBe(true)
    expect(ledger.firstToday({ ...visitor, userAgent: 'Other' }, 'doc-1', at('2026-03-02T09:00:00Z'))).toBe(true)
    // A new day forgets everything (new salt): the same visitor counts again.
    expect(ledger.firstToday(visitor, 'doc-1', at('2026-03-03T00:00:00Z'))).toBe(true)
    expect(ledger.size).toBe(1)
  })

  it('keeps at most maxEntries hashes, then counts without remembering (and says so once)', () => {
    let warnings = 0
    const ledger = new VisitorLedger(2, () => warnings++)
    const day = at('2026-03-02T08:00:00Z')
    for (const doc of ['a', 'b', 'c', 'd']) expect(ledger.firstToday(visitor, doc, day)).toBe(true)
    expect(ledger.size).toBe(2)
    expect(ledger.firstToday(visitor, 'a', day)).toBe(false)
    expect(ledger.firstToday(visitor, 'c', day)).toBe(true)
    expect(warnings).toBe(1)
  })
})

describe('download report parameters', () => {
  const now = at('2026-11-29T10:00:00Z')

  it('defaults to the last twelve months per kit', () => {
    expect(parseReportQuery({}, now)).toEqual({ by: 'kit', from: '2025-12', to: '2026-11' })
    expect(parseReportQuery({ by: 'month', to: '2021-03' }, now)).toEqual({ by: 'month', from: '2020-04', to: '2021-03' })
  })

  it('lists the months of a period across years', () => {
    expect(monthsBetween('2021-11', '2022-02')).toEqual(['2021-11', '2021-12', '2022-01', '2022-02'])
    expect(monthsBetween('2021-05', '2021-05')).toEqual(['2021-05'])
  })

  it('refuses what it cannot answer, naming the parameter', () => {
    for (const [given, message] of [
      [{ by: 'year' }, /`by`/],
      [{ from: '2021-00' }, /`from`/],
      [{ to: '2021-3' }, /`to`/],
      [{ from: '2021-06', to: '2021-05' }, /must not be after/],
      [{ from: '2000-01', to: '2021-01' }, /at most 60 months/],
      [{ kit: 'a b' }, /`kit`/],
    ] as const) {
      expect(() => parseReportQuery(given, now)).toThrow(ReportQueryError)
      expect(() => parseReportQuery(given, now)).toThrow(message)
    }
  })
})
