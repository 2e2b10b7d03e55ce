import type { FieldHook, ImageSize, JSONField } from 'payload'

/**
 * Image sizes partners need, in modern formats: `card` (3:2, cropped around the focal point) for lists
 * and `hero` (the image's own proportions) for page headers, each in AVIF and WebP at two widths (1x and
 * 2x screens). Sizes wider than the original are not made (Payload's default), so a small image has
 * fewer. The size names (`card480Webp`…) are what `sizes` holds; `srcsets` groups them per kind and format.
 */
export const IMAGE_KINDS = {
  card: { widths: [480, 960], aspectRatio: 3 / 2 },
  hero: { widths: [1280, 1920], aspectRatio: undefined },
} as const
export const IMAGE_FORMATS = {
  avif: { mimeType: 'image/avif', quality: 50 },
  webp: { mimeType: 'image/webp', quality: 75 },
} as const

type Kind = keyof typeof IMAGE_KINDS
type Format = keyof typeof IMAGE_FORMATS

const capitalise = (text: string) => text[0].toUpperCase() + text.slice(1)
const sizeName = (kind: Kind, width: number, format: Format) => `${kind}${width}${capitalise(format)}`

const entries = <T extends object>(object: T) => Object.entries(object) as [keyof T & string, T[keyof T]][]

export const imageSizes: ImageSize[] = [
  // The admin's thumbnail (list view, pickers), in the original format.
  { name: 'thumbnail', width: 320, height: 320, position: 'centre' },
  ...entries(IMAGE_KINDS).flatMap(([kind, { widths, aspectRatio }]) =>
    widths.flatMap((width) =>
      entries(IMAGE_FORMATS).map(([format, { quality }]): ImageSize => ({
        name: sizeName(kind, width, format),
        width,
        height: aspectRatio ? Math.round(width / aspectRatio) : undefined,
        position: 'centre',
        formatOptions: { format, options: { quality } },
      })),
    ),
  ),
]

interface SizeData {
  url?: string | null
  width?: number | null
}

/** `"<url> 480w, <url> 960w"` for the sizes of one kind and format that exist, or null. */
function srcset(sizes: Record<string, SizeData | undefined>, kind: Kind, format: Format, absolute: (url: string) => string): string | null {
  const candidates = IMAGE_KINDS[kind].widths
    .map((width) => sizes[sizeName(kind, width, format)])
    .filter((size): size is { url: string; width: number } => Boolean(size?.url && size.width))
  return candidates.length ? candidates.map((size) => `${absolute(size.url)} ${size.width}w`).join(', ') : null
}

const computeSrcsets: FieldHook = ({ siblingData, req }) => {
  const sizes = (siblingData as { sizes?: Record<string, SizeData | undefined> }).sizes
  if (!sizes) return undefined
  // Payload makes the sizes' URLs absolute in their own hooks, which may not have run yet.
  const absolute = (url: string) => (url.startsWith('/') ? `${req.payload.config.serverURL}${url}` : url)
  return Object.fromEntries(
    entries(IMAGE_KINDS).map(([kind]) => [
      kind,
      Object.fromEntries(entries(IMAGE_FORMATS).map(([format]) => [format, srcset(sizes, kind, format, absolute)])),
    ]),
  )
}

type JSONSchema = ReturnType<NonNullable<JSONField['typescriptSchema']>[number]>

const srcsetSchema: JSONSchema = {
  type: 'object',
  additionalProperties: false,
  properties: Object.fromEntries(entries(IMAGE_FORMATS).map(([format]): [string, JSONSchema] => [format, { type: ['string', 'null'] }])),
  required: Object.keys(IMAGE_FORMATS),
}

/**
 * `srcsets`: ready-made `srcset` attributes, e.g. `srcsets.card.webp` = `"…-480x320.webp 480w, …-960x640.webp 960w"`
 * (null when no size of that kind exists: not an image, or too small). Computed when read, from `sizes`.
 */
export const srcsetsField: JSONField = {
  name: 'srcsets',
  type: 'json',
  virtual: true,
  label: { fr: 'Jeux de sources (srcset)', en: 'Source sets (srcset)' },
  admin: { disabled: true },
  access: { create: () => false, update: () => false },
  hooks: { afterRead: [computeSrcsets] },
  typescriptSchema: [
    (): JSONSchema => ({
      type: 'object',
      additionalProperties: false,
      description: 'Ready-made `srcset` attributes per kind (`card` 3:2, `hero`) and format (AVIF, WebP); null when no such size exists.',
      properties: Object.fromEntries(entries(IMAGE_KINDS).map(([kind]) => [kind, srcsetSchema])),
      required: Object.keys(IMAGE_KINDS),
    }),
  ],
}
