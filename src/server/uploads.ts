import type { SanitizedConfig } from 'payload'

/**
 * Where uploads arrive: multipart create/update of an upload collection (`/api/media`,
 * `/api/media/<id>`). They get MAX_UPLOAD_BYTES and UPLOAD_TIMEOUT_MS instead of the general bounds.
 */
export function isUploadRequest(config: SanitizedConfig): (path: string, contentType: string | undefined) => boolean {
  const slugs = config.collections.filter((collection) => collection.upload).map((collection) => collection.slug)
  const path = slugs.length ? new RegExp(`^${config.routes.api}/(?:${slugs.join('|')})(?:/[^/]+)?/?$`) : /$^/
  return (url, contentType) => path.test(url) && /^multipart\/form-data/i.test(contentType ?? '')
}
