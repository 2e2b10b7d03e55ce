/** Lexical editor states, as the admin stores them, for tests that write rich text. */
export const text = (value: string, format = 0) => ({ type: 'text', text: value, format, style: '', mode: 'normal', detail: 0, version: 1 })

const block = { format: '', indent: 0, version: 1, direction: 'ltr' } as const

export const paragraph = (...children: unknown[]) => ({ type: 'paragraph', ...block, textFormat: 0, children })

export const heading = (tag: string, value: string) => ({ type: 'heading', tag, ...block, children: [text(value)] })

export const root = (...children: unknown[]) => ({ root: { type: 'root', ...block, children } })

/** An embedded document. */
export const relationship = (relationTo: string, value: string) => ({ type: 'relationship', version: 2, format: '', relationTo, value })

/** An embedded media file. */
export const uploadNode = (value: string) => ({
  type: 'upload',
  version: 3,
  format: '',
  id: `up-${value.slice(0, 8)}`,
  fields: null,
  relationTo: 'media',
  value,
})
