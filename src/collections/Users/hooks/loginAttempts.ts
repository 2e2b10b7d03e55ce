import {
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  commitTransaction,
  initTransaction,
  killTransaction,
  LockedAuth,
  type PayloadRequest,
} from 'payload'

/**
 * Login attempts are counted *before* the password is checked, in a write transaction.
 *
 * Payload reads the lock, checks the password (~0.3 s of PBKDF2) and only then counts a failure, outside
 * any transaction: 40 parallel wrong passwords all read "not locked" and all get checked. Here each
 * attempt first takes a slot (`loginAttempts + 1`) in a transaction that holds the write lock, and an
 * attempt that finds every slot taken locks the account without any password being checked: at most
 * `maxLoginAttempts` passwords are ever checked per lock period, however many requests arrive at once.
 * Payload's own counting is switched off for the operation (it would count the failure twice); a
 * successful login gives the slots back (`resetAfterLogin`).
 */
export const countLoginAttempt: CollectionBeforeOperationHook = async ({ args, operation, collection, req }) => {
  if (operation !== 'login') return args
  const { maxLoginAttempts, lockTime } = collection.auth
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  // Nothing to count: Payload answers a missing email or password itself.
  if (!maxLoginAttempts || !email || typeof data?.password !== 'string' || !data.password.trim()) return args

  const ownTransaction = await initTransaction(req)
  let refused = false
  try {
    const user = await findAttempts(req, collection.slug, { email: { equals: email } })
    if (user) {
      const attempts = user.lockUntil ? 0 : (user.loginAttempts ?? 0) // an expired lock starts a new count
      refused = isLocked(user.lockUntil) || attempts >= maxLoginAttempts
      if (!isLocked(user.lockUntil)) {
        const slot = refused
          ? { lockUntil: new Date(Date.now() + lockTime).toISOString() }
          : { loginAttempts: attempts + 1, lockUntil: null }
        await req.payload.db.updateOne({ collection: collection.slug, id: user.id, data: slot, req, returning: false })
      }
    }
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
  if (refused) throw new LockedAuth(req.t)
  const config = args.collection.config
  return { ...args, collection: { ...args.collection, config: { ...config, auth: { ...config.auth, maxLoginAttempts: 0 } } } }
}

/** After a successful login (in its transaction): refuse it if a parallel attempt locked the account meanwhile, else reset the count. */
export const resetAfterLogin: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  const current = await findAttempts(req, collection.slug, { id: { equals: user.id } })
  if (isLocked(current?.lockUntil)) throw new LockedAuth(req.t)
  if (current && (current.loginAttempts || current.lockUntil)) {
    await req.payload.db.updateOne({
      collection: collection.slug,
      id: current.id,
      data: { loginAttempts: 0, lockUntil: null },
      req,
      returning: false,
    })
  }
  return user
}

interface Attempts {
  id: string
  loginAttempts?: number | null
  lockUntil?: string | Date | null
}

const findAttempts = (req: PayloadRequest, collection: CollectionSlug, where: Record<string, { equals: unknown }>) =>
  req.payload.db.findOne<Attempts>({ collection, where, req })

const isLocked = (lockUntil: string | Date | null | undefined): boolean => Boolean(lockUntil) && new Date(lockUntil!).getTime() > Date.now()
