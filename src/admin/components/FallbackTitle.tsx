'use client'
/**
 * In a translation without its own title, the document heading shows the default language's title (in
 * italics, "(fr)") instead of the document id. Nothing is copied into the translation: the field stays empty.
 */
import { useConfig, useDocumentInfo, useDocumentTitle, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

export const FallbackTitle = () => {
  const { config, getEntityConfig } = useConfig()
  const { id, collectionSlug } = useDocumentInfo()
  const { title, setDocumentTitle } = useDocumentTitle()
  const { code } = useLocale()
  const [fallback, setFallback] = useState<string>()
  const defaultLocale = config.localization ? config.localization.defaultLocale : undefined
  const useAsTitle = collectionSlug ? getEntityConfig({ collectionSlug })?.admin?.useAsTitle : undefined
  const untitled = id !== undefined && title === String(id)

  useEffect(() => {
    if (!untitled || !defaultLocale || code === defaultLocale || !useAsTitle || fallback !== undefined) return
    const controller = new AbortController()
    const query = new URLSearchParams({ locale: defaultLocale, depth: '0', draft: 'true', [`select[${useAsTitle}]`]: 'true' })
    fetch(`${config.routes.api}/${collectionSlug}/${id}?${query}`, { credentials: 'include', signal: controller.signal })
      .then((res) => (res.ok ? res.json() : undefined))
      .then((doc) => {
        const text = doc?.[useAsTitle]
        setFallback(typeof text === 'string' && text ? text : '')
      })
      .catch(() => undefined)
    return () => controller.abort()
  }, [untitled, defaultLocale, code, useAsTitle, fallback, config, collectionSlug, id])

  useEffect(() => {
    if (untitled && fallback) setDocumentTitle(`${fallback} (${defaultLocale})`)
  }, [untitled, fallback, defaultLocale, setDocumentTitle])
  return null
}
