/* RTES branding in the admin (admin.components.graphics): the SVGs are served from public/. */

/** Shown on the login and create-first-user screens. */
export const Logo = () => (
  <img src="/rtes-logo.svg" alt="RTES — Réseau des collectivités Territoriales pour une Économie Solidaire" width={360} height={80} />
)

/** Shown in the navigation. */
export const Icon = () => <img src="/rtes-icon.svg" alt="RTES" width={28} height={28} />
