import type { Request, Response, Router } from 'express'
import express from 'express'
import { isbot } from 'isbot'
import type { Payload } from 'payload'

import { countDownload } from '../downloads/count'
import { VisitorLedger } from '../downloads/visitors'
import { requestUser } from './fetchBridge'
import { refuse } from './reply'

/** Media ids: UUIDs (SQLite) or ObjectIds (MongoDB). */
const MEDIA_ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{24})$/i

export interface DownloadsOptions {
  /** Most visitor hashes kept for the day (`DOWNLOAD_VISITORS_MAX`). */
  maxVisitors: number
}

/**
 * `GET /api/downloads/<media id>`: a document download that counts. The media is read through Payload's
 * Local API as the caller (`overrideAccess: false`, the caller's session or API key), so exactly the
 * read access of `GET /api/media/<id>` and of the file route applies: a members-only document is a 404
 * for anonymous readers and is not counted. A GET from a browser that is not a known bot (`isbot`) counts
 * one unique download per visitor, document and day (src/downloads/visitors.ts: no IP address is kept);
 * then a 302 to the file's own URL, whose answer caches (src/server/mediaCache.ts), while this one is
 * `no-store`: a CDN in front passes every download here, so each is counted.
 */
export function downloadsRouter(payload: Payload, { maxVisitors }: DownloadsOptions): Router {
  const ledger = new VisitorLedger(maxVisitors, () =>
    payload.logger.warn(
      `downloads: ${maxVisitors} visitors today (DOWNLOAD_VISITORS_MAX); further downloads count without de-duplication until tomorrow`,
    ),
  )
  const router = express.Router()
  router.get(`${payload.config.routes.api}/downloads/:id`, async (req: Request, res: Response) => {
    const id = req.params.id as string
    if (!MEDIA_ID.test(id)) return refuse(res, 400, `"${id.slice(0, 64)}" n’est pas un identifiant de document (expected a media id).`)
    const user = await requestUser(payload, req)
    const media = await payload.findByID({
      collection: 'media',
      id,
      depth: 0,
      user,
      overrideAccess: false,
      disableErrors: true,
      select: { url: true, filename: true },
    })
    if (!media?.url) return refuse(res, 404, 'Document introuvable (no such document, or not readable with these credentials).')

    const userAgent = req.get('user-agent') ?? ''
    if (
      req.method === 'GET' &&
      !isbot(userAgent) &&
      ledger.firstToday({ ip: req.ip ?? req.socket.remoteAddress ?? '', userAgent }, String(media.id))
    ) {
      // A failed count never fails the download.
      await countDownload(payload, media.id).catch((error: unknown) =>
        payload.logger.error({ err: error, media: media.id }, 'downloads: count failed'),
      )
    }
    res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' }).redirect(302, media.url)
  })
  return router
}
