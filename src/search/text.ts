/**
 * What the search index holds and how queries are read: text folded like slugs (lower case, no accents,
 * words only: src/fields/slug.ts), with a light French plural folding ("sociales" → "sociale",
 * "territoriaux" → "territoriau") applied alike to documents and queries.
 */
import { foldText } from '../fields/slug'

/** Longest query accepted, and most words used from it (README "Search"). */
export const MAX_QUERY_LENGTH = 200
export const MAX_QUERY_TERMS = 10

const stem = (word: string) => (word.length > 3 && /[sx]$/.test(word) ? word.slice(0, -1) : word)

/** The index form of a text: folded, stemmed words separated by spaces. */
export const indexText = (text: string): string => foldText(text).split(' ').filter(Boolean).map(stem).join(' ')

/** The distinct words of a query, in index form (at most MAX_QUERY_TERMS). */
export const queryTerms = (query: string): string[] => [...new Set(indexText(query).split(' ').filter(Boolean))].slice(0, MAX_QUERY_TERMS)

interface LexicalNode {
  text?: unknown
  children?: LexicalNode[]
}

/** The words of a Lexical rich-text value (text nodes, in order), or '' for anything else. */
export function lexicalText(value: unknown): string {
  const root = value !== null && typeof value === 'object' ? (value as { root?: LexicalNode }).root : undefined
  const words: string[] = []
  const walk = (node: LexicalNode) => {
    if (typeof node.text === 'string') words.push(node.text)
    for (const child of node.children ?? []) walk(child)
  }
  if (root) walk(root)
  return words.join(' ')
}
