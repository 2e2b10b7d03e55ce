import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'

/**
 * A fresh, empty database for one test file. By default a SQLite file in a temp folder; with
 * TEST_DATABASE_URI=mongodb://host:port the same suite runs on MongoDB, one database per call.
 */
export function testDatabaseUri(name: string): string {
  const base = process.env.TEST_DATABASE_URI?.trim()
  const unique = `${name.replace(/\W+/g, '_')}_${randomUUID().slice(0, 8)}`
  if (base?.startsWith('mongodb')) {
    const url = new URL(base)
    url.pathname = `/rtes_test_${unique}`
    return url.toString()
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rtes-test-'))
  return `file:${path.join(dir, `${unique}.db`)}`
}

export const usingMongo = (): boolean => Boolean(process.env.TEST_DATABASE_URI?.startsWith('mongodb'))
