import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { chooseDatabase, createDatabaseAdapter, DatabaseUriError, DEFAULT_SQLITE_PATH, redact } from '../../src/config/database'

describe('chooseDatabase (DATABASE_URI → adapter)', () => {
  it('defaults to the embedded SQLite file when unset or blank', () => {
    const expected = { kind: 'sqlite', path: path.resolve(DEFAULT_SQLITE_PATH), url: `file:${path.resolve(DEFAULT_SQLITE_PATH)}` }
    expect(chooseDatabase(undefined)).toEqual(expected)
    expect(chooseDatabase('  ')).toEqual(expected)
  })

  it('reads file: URIs as SQLite paths, relative or absolute', () => {
    expect(chooseDatabase('file:./tmp/x.db')).toMatchObject({ kind: 'sqlite', path: path.resolve('tmp/x.db') })
    expect(chooseDatabase('file:/var/lib/rtes/rtes.db')).toMatchObject({ kind: 'sqlite', path: '/var/lib/rtes/rtes.db' })
    expect(chooseDatabase('file:///var/lib/rtes/rtes.db')).toMatchObject({ kind: 'sqlite', path: '/var/lib/rtes/rtes.db' })
  })

  it('sends mongodb:// and mongodb+srv:// to MongoDB unchanged', () => {
    expect(chooseDatabase('mongodb://db:27017/rtes')).toEqual({ kind: 'mongodb', url: 'mongodb://db:27017/rtes' })
    expect(chooseDatabase('mongodb+srv://u:p@cluster.example/rtes')).toEqual({
      kind: 'mongodb',
      url: 'mongodb+srv://u:p@cluster.example/rtes',
    })
  })

  it.each(['bogus://x', 'postgres://localhost/rtes', 'file:', 'mongodb://', 'rtes.db'])(
    'refuses %s with a message naming the accepted forms',
    (uri) => {
      expect(() => chooseDatabase(uri)).toThrow(DatabaseUriError)
      expect(() => chooseDatabase(uri)).toThrow(/Accepted forms: unset .*"file:<path>".*"mongodb:\/\/…" or "mongodb\+srv:\/\/…"/)
    },
  )

  it('never echoes credentials in its error', () => {
    expect(() => chooseDatabase('postgres://admin:hunter2@db/rtes')).toThrow(/postgres:\/\/\*\*\*@db\/rtes/)
    expect(redact('mongodb://user:secret@host/db')).toBe('mongodb://***@host/db')
  })
})

describe('createDatabaseAdapter', () => {
  it('builds the SQLite adapter with string (uuid) ids, like MongoDB', async () => {
    const adapter = await createDatabaseAdapter(chooseDatabase('file:/tmp/rtes-unit/adapter.db'))
    expect(adapter.name).toBe('sqlite')
    expect(adapter.defaultIDType).toBe('text')
  })

  it('builds the MongoDB adapter for mongodb URIs', async () => {
    const adapter = await createDatabaseAdapter(chooseDatabase('mongodb://127.0.0.1:27017/rtes'))
    expect(adapter.name).toBe('mongoose')
    expect(adapter.defaultIDType).toBe('text')
  })
})
