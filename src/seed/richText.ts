/**
 * Plain text → a Lexical editor state (one paragraph per blank-line-separated block), the shape
 * Payload's richText fields store. Used to give seeded documents a readable body.
 */
export function paragraphs(text: string) {
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
  return {
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      children: blocks.map((block) => ({
        type: 'paragraph',
        format: '' as const,
        indent: 0,
        version: 1,
        direction: 'ltr' as const,
        textFormat: 0,
        children: [{ type: 'text', text: block, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      })),
    },
  }
}
