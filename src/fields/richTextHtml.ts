import type { CollectionBeforeOperationHook, FieldHook, TextField } from 'payload'

import { renderRichText } from '../richText/html'

/** REST: `?richText=html` asks for the rendered HTML of every rich-text field. */
export const RICH_TEXT_HTML_PARAMETER = { name: 'richText', value: 'html' } as const

/**
 * `<source>Html`: the rendered HTML of the rich-text field `source` (src/richText/html.ts), never stored.
 * It is computed only when asked for, as rendering costs far more than reading: over REST with
 * `?richText=html` (the documents populated at depth ≥ 1 too), and in GraphQL when the query selects the
 * field (its value is then a function, which GraphQL's default resolver calls only for selected fields).
 * Elsewhere (Local API, sync, webhooks, feeds) it is absent.
 */
export function richTextHtmlField(source = 'body'): TextField {
  const render: FieldHook = ({ req, siblingData }) => {
    const value = (siblingData as Record<string, unknown>)[source]
    if (value === undefined) return undefined
    if (req.payloadAPI === 'GraphQL') return () => renderRichText(value, req)
    if (req.payloadAPI === 'REST' && req.query?.[RICH_TEXT_HTML_PARAMETER.name] === RICH_TEXT_HTML_PARAMETER.value)
      return renderRichText(value, req)
    return undefined
  }
  return {
    name: `${source}Html`,
    type: 'text',
    virtual: true,
    label: { fr: 'Contenu (HTML)', en: 'Body (HTML)' },
    admin: {
      disabled: true,
      description: {
        fr: 'Le contenu rendu en HTML (REST : `?richText=html` ; GraphQL : sur demande).',
        en: 'The body rendered as HTML (REST: `?richText=html`; GraphQL: when selected).',
      },
    },
    access: { create: () => false, update: () => false },
    hooks: { afterRead: [render] },
  }
}

/**
 * `?richText=html&select[body]=true`: the HTML of a selected rich-text field is selected with it (a
 * `select` naming fields leaves every other one out, its HTML companion included). For the collections
 * that have `richTextHtmlField`s, as a `beforeOperation` hook.
 */
export const selectRenderedRichText: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const select = (args as { select?: Record<string, unknown> }).select
  if (req.payloadAPI !== 'REST' || req.query?.[RICH_TEXT_HTML_PARAMETER.name] !== RICH_TEXT_HTML_PARAMETER.value) return args
  if (!select || Object.values(select).some((value) => value === false)) return args
  const companions = collection.fields.flatMap((field) =>
    'name' in field &&
    field.type === 'richText' &&
    select[field.name] &&
    collection.fields.some((other) => 'name' in other && other.name === `${field.name}Html`)
      ? [`${field.name}Html`]
      : [],
  )
  return companions.length ? { ...args, select: { ...select, ...Object.fromEntries(companions.map((name) => [name, true])) } } : args
}
