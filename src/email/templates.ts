import type { IncomingAuthType } from 'payload'

type ForgotPassword = NonNullable<Exclude<IncomingAuthType['forgotPassword'], undefined>>
import { formatAdminURL } from 'payload/shared'

import { escapeHtml } from '../utilities/escapeHtml'

/** Subject and body of the "mot de passe oublié" email, in French (the admin's language). */
export const forgotPasswordSubject: ForgotPassword['generateEmailSubject'] = () => 'RTES : réinitialisation de votre mot de passe'

export const forgotPasswordHTML: NonNullable<ForgotPassword['generateEmailHTML']> = (args) => {
  const { req, token, user } = args!
  const { config } = req!.payload
  const link = formatAdminURL({
    adminRoute: config.routes.admin,
    path: `${config.admin.routes.reset}/${token}` as `/${string}`,
    serverURL: config.serverURL,
  })
  const name = typeof user?.name === 'string' && user.name.trim() ? ` ${escapeHtml(user.name.trim())}` : ''
  return `<!doctype html>
<html lang="fr">
<body style="font-family: Helvetica, Arial, sans-serif; line-height: 1.5; color: #1d2a26">
  <p>Bonjour${name},</p>
  <p>Une réinitialisation du mot de passe de votre compte sur l’espace d’administration du RTES a été demandée.
  Pour choisir un nouveau mot de passe, suivez ce lien (valable une heure) :</p>
  <p><a href="${link}">${link}</a></p>
  <p>Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.</p>
  <p>— Réseau des collectivités Territoriales pour une Économie Solidaire</p>
</body>
</html>`
}
