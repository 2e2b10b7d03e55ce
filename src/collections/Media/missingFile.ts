import fs from 'node:fs/promises'
import path from 'node:path'

import { headersWithCors, type UploadConfig } from 'payload'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

const NOT_FOUND = new Set(['ENOENT', 'ENAMETOOLONG', 'ENOTDIR'])

/**
 * `GET /api/media/file/<name>` of a file that is not on disk is a 404, and a name with a NUL byte (which
 * no file has, and the file system refuses with a TypeError) a 400. Payload answers 500 ("Something
 * went wrong") to both. Runs as an upload handler, after Payload's access check: a
 * Response here ends the request, nothing lets Payload serve the file as usual.
 */
export const missingFileIsNotFound = (staticDir: string): UploadHandler =>
  // Payload's type wants Promise<Response> or Promise<void>; undefined lets it serve the file.
  (async (req, { params }) => {
    const headers = () => headersWithCors({ headers: new Headers(), req })
    if (params.filename.includes('\0')) {
      return Response.json(
        { errors: [{ message: 'Nom de fichier invalide (a file name cannot contain a NUL byte).' }] },
        { status: 400, headers: headers() },
      )
    }
    const dir = path.resolve(staticDir)
    const file = path.resolve(dir, params.filename)
    if (!file.startsWith(dir + path.sep)) return // Payload refuses it with a 400
    try {
      await fs.stat(file)
    } catch (error) {
      // No such file, or a name no file can have (too long, a path through a file).
      if (!NOT_FOUND.has((error as NodeJS.ErrnoException).code ?? '')) throw error
      return Response.json(
        { errors: [{ message: `Fichier introuvable (file not found): ${params.filename}` }] },
        { status: 404, headers: headers() },
      )
    }
  }) as UploadHandler
