import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/**
 * Deleting a webhook deletes its deliveries first, in the same transaction: a delivery's `webhook` is
 * required, so the database would otherwise refuse the delete (it used to be a 500). Jobs still queued
 * for those deliveries find nothing to send and end.
 */
export const deleteDeliveries: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { errors } = await req.payload.delete({
    collection: 'webhook-deliveries',
    where: { webhook: { equals: id } },
    overrideAccess: true,
    depth: 0,
    req,
  })
  if (errors.length)
    throw new APIError(
      `Les envois de ce webhook n’ont pas pu être supprimés (its deliveries could not be deleted): ${errors[0].message}`,
      409,
      undefined,
      true,
    )
}
