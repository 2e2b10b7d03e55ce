'use client'
/**
 * A few English strings are written into the markup by Payload, Lexical and react-datepicker themselves
 * (no translation key exists): aria-labels such as "Drag to move", "Add block", "Edit link", `Edit <title>`,
 * file sizes ("605 bytes", "12KB"), and the date picker's "Selected date: …" announcement. In the French admin
 * this provider rewrites them where they appear. User content is never touched: attributes are rewritten
 * anywhere, text only inside the few elements that show those strings.
 */
import { useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect } from 'react'

const ATTRIBUTES = ['aria-label', 'title']

const ATTRIBUTE_RULES: Array<[RegExp, string]> = [
  [/^Drag to move$/, 'Glisser pour déplacer'],
  [/^Add block$/, 'Ajouter un bloc'],
  [/^Edit link$/, 'Modifier le lien'],
  [/^Remove link$/, 'Retirer le lien'],
  [/^Edit (.+)$/, 'Modifier : $1'],
  [/^Reveal API key$/, 'Afficher la clé d’API'],
  [/^Toggle API key visibility$/, 'Afficher ou masquer la clé d’API'],
  [/^Choose Date and Time$/, 'Choisir la date et l’heure'],
  [/^Choose Date$/, 'Choisir la date'],
  [/^Choose Time$/, 'Choisir l’heure'],
]

/** Where Payload writes file sizes and react-datepicker its announcements. */
const TEXT_SCOPES = '.file-meta, .upload-relationship-details__meta, .cell-filesize, .react-datepicker__aria-live'

const TEXT_RULES: Array<[RegExp, string]> = [
  [/\b(\d+) bytes\b/g, '$1 octets'],
  [/\b(\d+(?:\.\d+)?) ?KB\b/g, '$1 Ko'],
  [/\b(\d+(?:\.\d+)?) ?MB\b/g, '$1 Mo'],
  [/\b(\d+(?:\.\d+)?) ?GB\b/g, '$1 Go'],
  [/Selected date: /g, 'Date choisie : '],
  [/Selected time: /g, 'Heure choisie : '],
]

const rewrite = (text: string, rules: Array<[RegExp, string]>) =>
  rules.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text)

function fixElement(element: Element): void {
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name)
    if (value) {
      const fixed = rewrite(value, ATTRIBUTE_RULES)
      if (fixed !== value) element.setAttribute(name, fixed)
    }
  }
}

function fixText(node: Node): void {
  const parent = node.parentElement
  if (!node.nodeValue || !parent?.closest(TEXT_SCOPES) || parent.closest('[contenteditable="true"]')) return
  const fixed = rewrite(node.nodeValue, TEXT_RULES)
  if (fixed !== node.nodeValue) node.nodeValue = fixed
}

function fixTree(root: Node): void {
  if (root.nodeType === Node.TEXT_NODE) return fixText(root)
  if (!(root instanceof Element)) return
  fixElement(root)
  root.querySelectorAll(ATTRIBUTES.map((name) => `[${name}]`).join(',')).forEach(fixElement)
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) fixText(node)
}

export const FrenchStrings = ({ children }: { children?: ReactNode }) => {
  const { i18n } = useTranslation()
  useEffect(() => {
    if (i18n.language !== 'fr') return
    fixTree(document.body)
    const observer = new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (mutation.type === 'attributes') fixElement(mutation.target as Element)
        else if (mutation.type === 'characterData') fixText(mutation.target)
        else mutation.addedNodes.forEach(fixTree)
      }
    })
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES })
    return () => observer.disconnect()
  }, [i18n.language])
  return <>{children}</>
}
