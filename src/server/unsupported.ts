import type { NextFunction, Request, Response, Router } from 'express'
import express from 'express'
import type { CollectionSlug, Payload } from 'payload'

/**
 * Requests that Payload or Next answer with a 5xx although the client is at fault (found by the fuzz
 * test, test/fuzz): methods Next's route handlers do not support (`TRACE`, `PROPFIND`… threw "HTTP
 * method is unsupported", a 500), the versions routes of collections without versions (a TypeError,
 * 500), email verification for collections that do not verify emails (500), collections whose REST
 * endpoints are disabled (501), and the jobs' `handle-schedules` endpoint when no task or workflow has a
 * schedule (500). They get a 405 or a 404 here, before Next.
 */
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

export function unsupportedRequests(payload: Payload): Router {
  const router = express.Router()
  const api = payload.config.routes.api
  const { tasks = [], workflows = [] } = payload.config.jobs
  const scheduled = [...tasks, ...workflows].some((job) => job.schedule?.length)
  router.use((req: Request, res: Response, next: NextFunction) => {
    if (METHODS.includes(req.method)) return next()
    res.set('Allow', METHODS.join(', ')).status(405).json({ errors: [{ message: `Method ${req.method} is not allowed: use ${METHODS.join(', ')}.` }] })
  })
  router.all(`${api}/:slug{/*rest}`, (req: Request, res: Response, next: NextFunction) => {
    const collection = payload.collections[req.params.slug as CollectionSlug]?.config
    if (!collection) return next()
    const rest = (req.params.rest as string[] | undefined) ?? []
    const missing =
      collection.endpoints === false ||
      (collection.slug === 'payload-jobs' && rest[0] === 'handle-schedules' && !scheduled) ||
      (rest[0] === 'versions' && !collection.versions) ||
      (rest[0] === 'verify' && !(collection.auth && collection.auth.verify))
    if (!missing) return next()
    res.status(404).json({ errors: [{ message: `Route not found "${req.path}"` }] })
  })
  return router
}
