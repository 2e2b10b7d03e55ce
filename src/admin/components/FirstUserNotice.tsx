'use client'
/* The create-first-user screen says what the account will be (Users hides the role field there). */
import { useTranslation } from '@payloadcms/ui'
import React from 'react'

export const FirstUserNotice = () => {
  const { i18n } = useTranslation()
  return (
    <p className="rtes-first-user-notice" style={{ margin: '0 0 var(--base)' }}>
      {i18n.language === 'en' ? (
        <>
          This first account will be an <strong>administrator</strong>: once logged in, it creates the accounts of
          editors, members and partners (with their API keys).
        </>
      ) : (
        <>
          Ce premier compte sera <strong>administrateur</strong> : une fois connecté, il crée les comptes des
          éditeur·rice·s, des membres et des partenaires (avec leurs clés d’API).
        </>
      )}
    </p>
  )
}
