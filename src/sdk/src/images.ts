/**
 * Image helpers for media documents: the API makes AVIF and WebP sizes for cards (3:2) and heroes
 * (`sizes.card480Webp`, `sizes.hero1920Avif`…, and ready-made `srcsets`); these pick from them. They take
 * a media document or what a relationship holds (an id at depth 0: then there is nothing to pick).
 *
 * ```ts
 * const sources = imageSources(kit.cover, 'card') // [{ type: 'image/avif', srcset }, { type: 'image/webp', srcset }]
 * const src = imageUrl(kit.cover, { kind: 'card', width: 480 })
 * ```
 */

/** `card` (3:2, cropped around the focal point) or `hero` (the image's own proportions). */
export type ImageKind = 'card' | 'hero'
export type ImageFormat = 'avif' | 'webp'

interface SizeLike {
  url?: string | null
  width?: number | null
}

/** What the helpers read of a media document. */
export interface MediaLike {
  url?: string | null
  sizes?: { [name: string]: SizeLike | undefined } | null
}

/** A `<source>` of a `<picture>`. */
export interface ImageSource {
  type: `image/${ImageFormat}`
  srcset: string
}

const FORMATS: ImageFormat[] = ['avif', 'webp']

/** The sizes of one kind and format that exist, narrowest first. */
function sizesOf(media: MediaLike | string | null | undefined, kind: ImageKind, format: ImageFormat): { url: string; width: number }[] {
  if (!media || typeof media !== 'object' || !media.sizes) return []
  const suffix = format[0].toUpperCase() + format.slice(1)
  return Object.entries(media.sizes)
    .filter(([name, size]) => new RegExp(`^${kind}\\d+${suffix}$`).test(name) && size?.url && size.width)
    .map(([, size]) => ({ url: size!.url!, width: size!.width! }))
    .sort((a, b) => a.width - b.width)
}

/** A `srcset` attribute (`"<url> 480w, <url> 960w"`) for one kind and format, or undefined when there is no such size. */
export function imageSrcset(
  media: MediaLike | string | null | undefined,
  kind: ImageKind,
  format: ImageFormat = 'webp',
): string | undefined {
  const sizes = sizesOf(media, kind, format)
  return sizes.length ? sizes.map((size) => `${size.url} ${size.width}w`).join(', ') : undefined
}

/** `<picture>` sources for one kind, AVIF first (browsers take the first type they support). */
export function imageSources(media: MediaLike | string | null | undefined, kind: ImageKind): ImageSource[] {
  return FORMATS.flatMap((format) => {
    const srcset = imageSrcset(media, kind, format)
    return srcset ? [{ type: `image/${format}` as const, srcset }] : []
  })
}

/**
 * One URL: the narrowest size of `kind` and `format` at least `width` pixels wide (else the widest
 * there is), or the original file when no size exists (a small image, an SVG, a PDF).
 */
export function imageUrl(
  media: MediaLike | string | null | undefined,
  { kind = 'hero', width = 0, format = 'webp' }: { kind?: ImageKind; width?: number; format?: ImageFormat } = {},
): string | undefined {
  const sizes = sizesOf(media, kind, format)
  const chosen = sizes.find((size) => size.width >= width) ?? sizes[sizes.length - 1]
  return chosen?.url ?? (media && typeof media === 'object' ? (media.url ?? undefined) : undefined)
}
