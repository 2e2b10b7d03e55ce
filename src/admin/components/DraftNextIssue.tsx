'use client'
/**
 * « Préparer le prochain numéro » in a newsletter issue's edit view: creates a draft of the next issue of
 * the series chosen in the form (POST /api/newsletters/draft-next, src/collections/Newsletters/draftNext.ts),
 * prefilled with what was published since this series' previous issue, and opens it.
 */
import { Button, toast, useConfig, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

export const DraftNextIssue = () => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const series = useFormFields(([fields]) => fields.series?.value) as string | undefined
  const [busy, setBusy] = useState(false)
  const english = i18n.language === 'en'

  const draftNext = async () => {
    setBusy(true)
    try {
      const res = await fetch(`${config.routes.api}/newsletters/draft-next`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ series }),
      })
      const body = await res.json().catch(() => ({}))
      if (!res.ok) throw new Error(body?.errors?.[0]?.message ?? res.statusText)
      toast.success(body.message)
      router.push(`${config.routes.admin}/collections/newsletters/${body.doc.id}`)
    } catch (error) {
      toast.error((error as Error).message)
      setBusy(false)
    }
  }

  return (
    <Button
      buttonStyle="secondary"
      size="medium"
      margin={false}
      disabled={!series || busy}
      tooltip={series ? undefined : english ? 'Choose a series first' : 'Choisissez d’abord une série'}
      onClick={draftNext}
    >
      {english ? 'Draft the next issue' : 'Préparer le prochain numéro'}
    </Button>
  )
}
