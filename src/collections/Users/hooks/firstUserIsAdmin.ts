import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The account created on an empty database (the admin's create-first-user screen) becomes an admin:
 * otherwise nobody could ever manage users.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
