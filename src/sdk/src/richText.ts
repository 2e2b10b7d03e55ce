/**
 * A tiny renderer for those who keep rich text as JSON (the API's Lexical trees). The server renders
 * HTML itself (`richText: 'html'`, with public links and image sources); this covers the common nodes
 * for offline or custom rendering: text (bold, italic, underline, strikethrough, code, sub/superscript),
 * paragraphs, headings, lists, quotes, links, line breaks, rules, and images populated at depth ≥ 1.
 * Text is escaped and URLs are limited to http(s), mailto and tel. Import only what you use: a bundler
 * drops this module when `renderRichText` is not imported.
 */

/** A Lexical node, as far as rendering needs it. */
export interface RichTextNode {
  type?: string
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  children?: RichTextNode[]
  fields?: { url?: string; newTab?: boolean; linkType?: string; doc?: { relationTo?: string; value?: unknown } | null } | null
  relationTo?: string
  value?: unknown
  [key: string]: unknown
}

/** A rich-text field's value (`fiche.body`). */
export type RichTextValue = { root: RichTextNode } | null | undefined

export interface RenderRichTextOptions {
  /**
   * The address of an internal link (a link to another document): gets the linked collection and the
   * document (populated at depth ≥ 1, else its id). Default: `#`.
   */
  linkHref?: (collection: string, doc: unknown) => string | undefined
}

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
const safeUrl = (url: string) => (/^(https?:|mailto:|tel:|\/|#)/i.test(url.trim()) ? url.trim() : '#')
// Lexical's text format bits: bold, italic, strikethrough, underline, code, subscript, superscript.
const FORMATS: [number, string, string][] = [
  [1, '<strong>', '</strong>'],
  [2, '<em>', '</em>'],
  [4, '<s>', '</s>'],
  [8, '<u>', '</u>'],
  [16, '<code>', '</code>'],
  [32, '<sub>', '</sub>'],
  [64, '<sup>', '</sup>'],
]
const TAGS: Record<string, string> = { paragraph: 'p', quote: 'blockquote', listitem: 'li' }

/** The HTML of a rich-text value (an empty string for none). */
export function renderRichText(value: RichTextValue, options: RenderRichTextOptions = {}): string {
  const render = (nodes: RichTextNode[] = []): string => nodes.map(node).join('')
  const node = (n: RichTextNode): string => {
    switch (n.type) {
      case 'text': {
        let html = escape(String(n.text ?? ''))
        for (const [bit, open, close] of FORMATS) if (Number(n.format) & bit) html = open + html + close
        return html
      }
      case 'linebreak':
        return '<br>'
      case 'horizontalrule':
        return '<hr>'
      case 'heading':
        return /^h[1-6]$/.test(String(n.tag)) ? `<${n.tag}>${render(n.children)}</${n.tag}>` : `<p>${render(n.children)}</p>`
      case 'list': {
        const tag = n.listType === 'number' ? 'ol' : 'ul'
        return `<${tag}>${render(n.children)}</${tag}>`
      }
      case 'link':
      case 'autolink': {
        const doc = n.fields?.doc
        const href =
          n.fields?.linkType === 'internal'
            ? (doc && options.linkHref?.(String(doc.relationTo), doc.value)) || '#'
            : String(n.fields?.url ?? '#')
        const target = n.fields?.newTab ? ' target="_blank" rel="noopener noreferrer"' : ''
        return `<a href="${escape(safeUrl(href))}"${target}>${render(n.children)}</a>`
      }
      case 'upload': {
        const media = n.value as { url?: string; alt?: string; mimeType?: string } | null
        if (!media || typeof media !== 'object' || !media.url) return ''
        return media.mimeType?.startsWith('image/')
          ? `<img src="${escape(safeUrl(media.url))}" alt="${escape(media.alt ?? '')}">`
          : `<a href="${escape(safeUrl(media.url))}">${escape(media.url)}</a>`
      }
      default: {
        const tag = TAGS[n.type ?? '']
        return tag ? `<${tag}>${render(n.children)}</${tag}>` : render(n.children)
      }
    }
  }
  return value?.root ? render(value.root.children) : ''
}
