import type { CollectionBeforeChangeHook } from 'payload'

import { serializeOnMongo } from '../../../database/mongo'

/**
 * The account created on an empty database (the admin's create-first-user screen) becomes an admin:
 * otherwise nobody could ever manage users.
 *
 * The count is read in the creating transaction, which holds the write lock (src/database/transactions.ts),
 * so parallel first registrations are decided one after the other: one admin, the others refused by
 * Payload (403) once they see a user. On MongoDB, transactions of different server instances do not lock
 * each other on reads: both would write the same guard document, and MongoDB aborts one of them.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ collection, data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: collection.slug, req, overrideAccess: true })
  if (totalDocs !== 0) return data
  if (req.payload.db.name === 'mongoose') await serializeOnMongo(req, 'first-admin')
  return { ...data, role: 'admin' }
}
