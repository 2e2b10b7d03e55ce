/**
 * Where a reader reads a document: its page on the public website (`<site>/<collection>/<slug>`) when one is
 * configured (`PUBLIC_SITE_URL`, the plugin's `publicSiteUrl`), else its JSON on the hub itself
 * (`<server>/api/<collection>/<id>`, readable by the same audience): the hub serves no page at
 * `<server>/<collection>/<slug>`. Undefined when the document lacks what the link needs.
 */
export function documentLink({
  site,
  server,
  collection,
  id,
  slug,
}: {
  site: string | undefined
  server: string
  collection: string
  id?: unknown
  slug?: unknown
}): string | undefined {
  if (site) return typeof slug === 'string' && slug ? `${site}/${collection}/${encodeURIComponent(slug)}` : undefined
  return typeof id === 'string' || typeof id === 'number' ? `${server}/api/${collection}/${encodeURIComponent(String(id))}` : undefined
}

/** A collection's list: on the public website, else the hub's API. */
export const collectionLink = (site: string | undefined, server: string, collection: string): string =>
  site ? `${site}/${collection}` : `${server}/api/${collection}`
