import { createRequire } from 'node:module'
import path from 'node:path'

import type { Router } from 'express'
import express from 'express'

/**
 * `GET /api/docs`: the API reference (Swagger UI) for `/api/openapi.json`. Its scripts and styles are
 * served from our own node_modules (`/api/docs/assets/…`): no CDN, so it renders on offline networks.
 * Mounted before Next, which would otherwise route `/api/*` to Payload.
 */
const ASSETS = ['swagger-ui.css', 'swagger-ui-bundle.js', 'favicon-32x32.png', 'favicon-16x16.png'] as const
const swaggerDir = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'))

const page = (api: string) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>RTES content hub · API reference</title>
  <link rel="icon" type="image/png" href="${api}/docs/assets/favicon-32x32.png">
  <link rel="stylesheet" href="${api}/docs/assets/swagger-ui.css">
  <style>body { margin: 0 } .swagger-ui .topbar { display: none }</style>
</head>
<body>
  <noscript>The API reference needs JavaScript. The raw description is at <a href="${api}/openapi.json">${api}/openapi.json</a>.</noscript>
  <div id="swagger-ui" data-spec="${api}/openapi.json"></div>
  <script src="${api}/docs/assets/swagger-ui-bundle.js"></script>
  <script src="${api}/docs/assets/init.js"></script>
</body>
</html>
`

// No external validator badge (it would call a public service) and no "try it out" by default.
const init = `window.addEventListener('load', function () {
  var root = document.getElementById('swagger-ui')
  window.ui = SwaggerUIBundle({
    url: root.getAttribute('data-spec'),
    domNode: root,
    deepLinking: true,
    validatorUrl: null,
    docExpansion: 'list',
    defaultModelsExpandDepth: 0,
    presets: [SwaggerUIBundle.presets.apis],
  })
})
`

export function docsRouter(api = '/api'): Router {
  const router = express.Router()
  const html = page(api)
  router.get(`${api}/docs`, (_req, res) => {
    res.set('Cache-Control', 'no-cache').type('html').send(html)
  })
  router.get(`${api}/docs/assets/init.js`, (_req, res) => {
    res.set('Cache-Control', 'no-cache').type('js').send(init)
  })
  for (const asset of ASSETS) {
    router.get(`${api}/docs/assets/${asset}`, (_req, res) => {
      res.sendFile(path.join(swaggerDir, asset), { maxAge: '1d' })
    })
  }
  return router
}
