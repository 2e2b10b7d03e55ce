import type { Request, Response, Router } from 'express'
import express from 'express'
import type { CollectionSlug, Payload } from 'payload'

import { requestUser } from './fetchBridge'
import { refuse } from './reply'

const PREFERENCES = 'payload-preferences' as CollectionSlug

/**
 * `DELETE /api/payload-preferences/<key>` (a user removing one of their admin preferences). Payload's
 * handler fails on SQLite whatever the key: its `db.deleteOne` filters on the polymorphic `user`
 * relationship without joining its table ("no such column", a 500). Same answer here, from a find,
 * which joins it, and a delete by id.
 */
export function preferencesRouter(payload: Payload): Router {
  const router = express.Router()
  router.delete(`${payload.config.routes.api}/${PREFERENCES}/:key`, async (req: Request, res: Response) => {
    const user = await requestUser(payload, req)
    if (!user) return refuse(res, 401, 'Vous n’êtes pas autorisé à effectuer cette action (log in first).')
    const { docs } = await payload.find({
      collection: PREFERENCES,
      where: {
        and: [
          { key: { equals: req.params.key } },
          { 'user.value': { equals: user.id } },
          { 'user.relationTo': { equals: user.collection } },
        ],
      },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    if (!docs[0]) return refuse(res, 404, 'Pas trouvé (no such preference).')
    const deleted = await payload.delete({ collection: PREFERENCES, id: docs[0].id, depth: 0, overrideAccess: true })
    res.set('Cache-Control', 'no-store').json({ ...deleted, message: 'Supprimé avec succès (deleted).' })
  })
  return router
}
