import type { NextFunction, Request, Response, Router } from 'express'
import express from 'express'
import type { CollectionSlug, Payload } from 'payload'

/**
 * Requests that Payload or Next answer with a 5xx although the client is at fault (found by the fuzz
 * test, test/fuzz): methods Next's route handlers do not support (`TRACE`, `PROPFIND`… threw "HTTP
 * method is unsupported", a 500), the versions routes of collections without versions (a TypeError,
 * 500), email verification for collections that do not verify emails (500), collections whose REST
 * endpoints are disabled (501), the jobs' `handle-schedules` endpoint when no task or workflow has a
 * schedule (500), and a `where` or `data` query parameter given as a plain string that is not a JSON
 * object (Payload `JSON.parse`s it: a SyntaxError, 500), and a first path segment that names a property
 * every object inherits (`/api/__proto__`, `/api/constructor`: Payload looks the collection up in a plain
 * object, finds `Object.prototype`, and fails reading its config, a 500). They get a 405, 404 or 400 here,
 * before Next.
 */
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

export function unsupportedRequests(payload: Payload): Router {
  const router = express.Router()
  const api = payload.config.routes.api
  const { tasks = [], workflows = [] } = payload.config.jobs
  const scheduled = [...tasks, ...workflows].some((job) => job.schedule?.length)
  router.use((req: Request, res: Response, next: NextFunction) => {
    if (METHODS.includes(req.method)) return next()
    res
      .set('Allow', METHODS.join(', '))
      .status(405)
      .json({ errors: [{ message: `Method ${req.method} is not allowed: use ${METHODS.join(', ')}.` }] })
  })
  router.use(api, (req: Request, res: Response, next: NextFunction) => {
    for (const name of ['where', 'data']) {
      const value = req.query[name]
      if (value === undefined || value === '' || (typeof value === 'string' && isJsonObject(value))) continue
      res.status(400).json({
        errors: [{ message: `The "${name}" query parameter must be an object: ${name}[field][operator]=value, or that object as JSON.` }],
      })
      return
    }
    next()
  })
  router.all(`${api}/:slug{/*rest}`, (req: Request, res: Response, next: NextFunction) => {
    if (String(req.params.slug) in Object.prototype) {
      res.status(404).json({ errors: [{ message: `Route not found "${req.path}"` }] })
      return
    }
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

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
  } catch {
    return false
  }
}
