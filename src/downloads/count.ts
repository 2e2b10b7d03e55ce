import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { standIn } from '../access/roles'

const COUNTS = 'download-counts' as const

/** The UTC month (`YYYY-MM`) of a time. */
export const monthOf = (time: Date): string => time.toISOString().slice(0, 7)

/** Document ids are strings with either adapter (UUIDs on SQLite, ObjectIds on MongoDB). */
type Id = string
const idOf = (value: unknown): Id | null => (typeof value === 'string' ? value : ((value as { id?: Id } | null)?.id ?? null))

/**
 * The fiche and kit a document belongs to: the first fiche listing it among its `documents` (and that
 * fiche's kit), else the first kit listing it. Read whatever their status, as editors would.
 */
export async function attributionOf(req: PayloadRequest, mediaId: Id): Promise<{ fiche: Id | null; kit: Id | null }> {
  const where = { 'documents.file': { equals: mediaId } }
  const fiches = await req.payload.find({
    collection: 'fiches',
    where,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
    select: { kit: true },
    sort: 'createdAt',
  })
  const fiche = fiches.docs[0]
  if (fiche) {
    const kit = idOf(fiche.kit)
    if (kit !== null) return { fiche: fiche.id, kit }
  }
  const kits = await req.payload.find({
    collection: 'kits',
    where,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
    select: {},
    sort: 'createdAt',
  })
  return { fiche: fiche?.id ?? null, kit: kits.docs[0]?.id ?? null }
}

/**
 * Adds one unique download of `mediaId` to its month's row, in a write transaction of its own (the
 * database's write queue orders concurrent counts: none is lost). The month's first download creates
 * the row, attributed to the document's fiche and kit.
 */
export async function countDownload(payload: Payload, mediaId: Id, now = new Date()): Promise<void> {
  // As an editor: relationships to drafts and members-only documents are not hidden from what is read.
  const req = await createLocalReq({ user: standIn('editor') }, payload)
  const month = monthOf(now)
  const own = await initTransaction(req)
  try {
    const { docs } = await payload.find({
      collection: COUNTS,
      where: { and: [{ media: { equals: mediaId } }, { month: { equals: month } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
      select: { downloads: true },
    })
    const row = docs[0]
    if (row) {
      await payload.update({
        collection: COUNTS,
        id: row.id,
        data: { downloads: (row.downloads ?? 0) + 1 },
        depth: 0,
        overrideAccess: true,
        req,
        select: {},
      })
    } else {
      const { fiche, kit } = await attributionOf(req, mediaId)
      await payload.create({
        collection: COUNTS,
        data: { media: mediaId, month, downloads: 1, fiche, kit },
        depth: 0,
        overrideAccess: true,
        req,
        select: {},
      })
    }
    if (own) await commitTransaction(req)
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}
