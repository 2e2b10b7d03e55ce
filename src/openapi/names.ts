import type { JSONSchema } from './types'

const SCHEMAS = '#/components/schemas/'

/** `fiches` → `Fiches`, `press-articles_select` → `PressArticlesSelect`: valid, stable component names. */
export const pascal = (text: string): string =>
  text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('')

/** A reference to the component schema `name`. */
export const schemaRef = (name: string): JSONSchema => ({ $ref: `${SCHEMAS}${name}` })

/** The component schema a `$ref` names, or undefined when it points elsewhere. */
export const schemaOfRef = (ref: string): string | undefined => (ref.startsWith(SCHEMAS) ? ref.slice(SCHEMAS.length) : undefined)
