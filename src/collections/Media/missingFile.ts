import fs from 'node:fs/promises'
import path from 'node:path'

import { headersWithCors, type UploadConfig } from 'payload'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

/**
 * `GET /api/media/file/<name>` of a file that is not on disk is a 404. Payload answers 500 ("Something
 * went wrong") when the file is missing. Runs as an upload handler, after Payload's access check: a
 * Response here ends the request, nothing lets Payload serve the file as usual.
 */
export const missingFileIsNotFound = (staticDir: string): UploadHandler =>
  // Payload's type wants Promise<Response> or Promise<void>; undefined lets it serve the file.
  (async (req, { params }) => {
    const dir = path.resolve(staticDir)
    const file = path.resolve(dir, params.filename)
    if (!file.startsWith(dir + path.sep)) return // Payload refuses it with a 400
    try {
      await fs.stat(file)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      return Response.json(
        { errors: [{ message: `Fichier introuvable (file not found): ${params.filename}` }] },
        { status: 404, headers: headersWithCors({ headers: new Headers(), req }) },
      )
    }
  }) as UploadHandler
