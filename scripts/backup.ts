/**
 * `npm run backup [-- <folder>]`: a consistent copy of the SQLite database and of the uploaded files,
 * taken while the server runs, into `<folder>/rtes-<UTC timestamp>/` (folder `./backups` by default).
 * The database is copied with SQLite's `VACUUM INTO` (one read transaction: a snapshot of committed
 * writes, writers are not stopped in WAL mode), then checked; the media folder is copied after it, so every
 * file the copied database references is there. MongoDB is refused with the commands to use instead.
 * Restoring is described in the README ("Backups").
 */
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { chooseDatabase, redact } from '../src/config/database'
import { readEnv } from '../src/config/env'
import { flushAndExit } from '../src/utilities/exit'

/** How long the copy may wait for a writer holding the database lock (SQLite busy timeout). */
const BUSY_TIMEOUT_MS = 30_000

const env = readEnv()
const choice = chooseDatabase(env.databaseUri)
if (choice.kind === 'mongodb') {
  console.error(`[backup] DATABASE_URI is a MongoDB server (${redact(choice.url)}): back it up with MongoDB's own tools,
  mongodump --uri="$DATABASE_URI" --gzip --archive=rtes-$(date -u +%Y%m%dT%H%M%SZ).archive
and restore with
  mongorestore --uri="$DATABASE_URI" --gzip --archive=<file>.archive --drop
Copy the media folder (${mediaDir()}) alongside.`)
  await flushAndExit(1)
}
if (choice.kind !== 'sqlite') throw new Error('unreachable')
if (!fs.existsSync(choice.path)) {
  console.error(`[backup] no database at ${choice.path} (DATABASE_URI): nothing to back up.`)
  await flushAndExit(1)
}

const stamp = new Date()
  .toISOString()
  .replace(/[-:]/g, '')
  .replace(/\.\d+Z$/, 'Z')
const target = path.resolve(process.argv[2] ?? 'backups', `rtes-${stamp}`)
fs.mkdirSync(target, { recursive: true })

// 1. The database: a snapshot of what was committed when the copy started.
const databaseCopy = path.join(target, path.basename(choice.path))
const source = createClient({ url: choice.url })
try {
  await source.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`)
  await source.execute({ sql: 'VACUUM INTO ?', args: [databaseCopy] })
} finally {
  source.close()
}
const copy = createClient({ url: `file:${databaseCopy}` })
const check = await copy.execute('PRAGMA integrity_check')
copy.close()
const integrity = String(check.rows[0]?.[0])
if (integrity !== 'ok') {
  console.error(`[backup] the copy ${databaseCopy} fails its integrity check: ${integrity}`)
  await flushAndExit(1)
}

// 2. The uploaded files.
const media = mediaDir()
const mediaCopy = path.join(target, 'media')
const files = fs.existsSync(media) ? copyFolder(media, mediaCopy) : { count: 0, bytes: 0 }

console.log(`[backup] ${target}
  database  ${databaseCopy} (${megabytes(fs.statSync(databaseCopy).size)}, integrity ok) from ${choice.path}
  media     ${mediaCopy} (${files.count} files, ${megabytes(files.bytes)}) from ${media}
To restore: stop the server, copy ${path.basename(databaseCopy)} to ${choice.path} (delete ${path.basename(choice.path)}-wal and -shm there if present), replace ${media} with media/, start the server.`)
await flushAndExit(0)

function mediaDir(): string {
  return path.resolve(env.mediaDir)
}

function copyFolder(from: string, to: string): { count: number; bytes: number } {
  fs.cpSync(from, to, { recursive: true, preserveTimestamps: true })
  let count = 0
  let bytes = 0
  for (const entry of fs.readdirSync(to, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    count += 1
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size
  }
  return { count, bytes }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
