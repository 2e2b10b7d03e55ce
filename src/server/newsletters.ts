import type { Request, Response, Router } from 'express'
import express from 'express'
import type { Payload } from 'payload'

import { issueHtml, issueText, loadIssue, type RenderSites } from '../newsletters/render'
import { requestUser } from './fetchBridge'
import { refuse } from './reply'

/**
 * Email HTML from MJML keeps its styles inline and in <style>; it runs no script and loads only images
 * (from the hub or the public site) and fonts. The web version gets a policy that allows exactly that.
 */
const WEB_VERSION_CSP =
  "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; font-src https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"

/**
 * `GET /api/newsletters/<id>/html` (the email's HTML, also its web version) and `/text` (its plain-text
 * part): a newsletter issue rendered for the caller (session or API key, as `GET /api/newsletters/<id>`),
 * src/newsletters/render.ts. Not found (404) when the caller may not read the issue: a draft for anyone
 * but editors, a Flash hebdo for anyone but members and editors. An Express route, so the email renderer
 * (`mjml`) stays out of the Next bundle.
 */
export function newslettersRouter(payload: Payload, sites: RenderSites): Router {
  const router = express.Router()
  router.get(`${payload.config.routes.api}/newsletters/:id/:format`, async (req: Request, res: Response, next) => {
    const format = req.params.format
    if (format !== 'html' && format !== 'text') return next()
    const id = String(req.params.id)
    const user = await requestUser(payload, req)
    const rendered = await loadIssue(payload, id, user, sites)
    if (!rendered) return refuse(res, 404, 'Lettre introuvable (no such newsletter issue, or not readable with these credentials).')
    res.set('Content-Language', 'fr')
    if (format === 'text') return void res.type('text/plain; charset=utf-8').send(issueText(rendered, sites))
    res
      .set('Content-Security-Policy', WEB_VERSION_CSP)
      .type('text/html; charset=utf-8')
      .send(await issueHtml(rendered, payload, sites, user))
  })
  return router
}
