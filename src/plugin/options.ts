/**
 * The options of `rtesContentHub` (src/plugin/index.ts), each with its documented default, and their
 * resolved form. The resolved options are stored on the config (`config.custom.rtes`): hooks, access rules
 * and endpoints read them from `req.payload.config` (`settingsOf`), never from the environment or from
 * module state (Next's bundle and the server run two copies of these modules, with two configs).
 */
import type { Config, PayloadRequest, SanitizedConfig } from 'payload'

/**
 * Roles, from most to least privileged. `member` accounts (member local authorities) also read
 * members-only content; `partner` accounts are read-only API consumers (CRESS, France urbaine sites)
 * that authenticate with an API key and see what the public sees.
 */
export const ROLES = ['admin', 'editor', 'member', 'partner'] as const
export type Role = (typeof ROLES)[number]

export interface RtesContentHubOptions {
  /** Folder uploaded files are written to (the `media` collection's `staticDir`). Default `data/media`. */
  mediaDir?: string
  /**
   * The plugin's own users collection (accounts with a `role`: admin, editor, member, partner). Default
   * `{ slug: 'users' }`. `false`: the host brings its own auth collection(s) and sets `admin.user`; it
   * must then say how to read a role (`roleOf`).
   */
  users?: { slug?: string } | false
  /**
   * A user's role, as access rules read it. Default: the `role` field of the plugin's own users
   * collection (accounts of any other collection have no role). With `users: false`, required.
   */
  roleOf?: (user: PayloadRequest['user']) => Role | undefined
  /**
   * Whether this config's Payload instance runs the jobs queue (scheduled publishing every minute, webhook
   * deliveries every 10 s) when Payload is started with `cron: true`. Default `false`. One process runs two
   * instances (the server's own and Next's route handlers'): only the server's config sets it.
   */
  runJobs?: boolean
  /**
   * The public website documents are published on (`<publicSiteUrl>/<collection>/<slug>`: links in rendered
   * rich text). Default: none, and links go to the documents on the hub's API (`<serverURL>/api/<collection>/<id>`).
   */
  publicSiteUrl?: string
  /** Content languages; the first is the default one, which required fields need. Default French, English. */
  locales?: { code: string; label: Record<string, string> }[]
  /** Webhook deliveries (src/webhooks). */
  webhooks?: {
    /** Let webhooks target private, loopback and link-local addresses (tests, local receivers). Default `false`. */
    allowPrivateTargets?: boolean
    /** Wait before the first retry (ms), doubled at each retry. Default 30 000. */
    retryBaseMs?: number
    /** Attempts per delivery before it is `failed`. Default 5. */
    maxAttempts?: number
    /** A receiver silent for this long (ms) is a failed attempt. Default 10 000. */
    timeoutMs?: number
  }
  /** GraphQL bounds, checked before an operation runs (src/graphql). */
  graphQL?: {
    /** Deepest field nesting. Default 12. */
    maxDepth?: number
    /** Highest estimated cost (fields × list sizes). Default 10 000. */
    maxComplexity?: number
  }
  /** Request bounds Payload itself applies, or that the OpenAPI spec describes. */
  limits?: {
    /** Largest `depth` (Payload's `maxDepth`). Default 5. */
    maxDepth?: number
    /** Largest `limit` of a list or a join. Default 100. */
    maxLimit?: number
    /** Most conditions in one `where`. Default 50. */
    maxWhereConditions?: number
    /** Largest uploaded file (bytes). Default 20 MiB. */
    maxUploadBytes?: number
  }
}

/** Every option with its default applied. */
export interface RtesSettings {
  mediaDir: string
  /** The plugin's users collection, or null when the host brings its own. */
  usersSlug: string | null
  roleOf: (user: PayloadRequest['user']) => Role | undefined
  runJobs: boolean
  /** Without a trailing slash; empty when there is no public website (links then go to the hub's API). */
  publicSiteUrl: string
  locales: { code: string; label: Record<string, string> }[]
  webhooks: Required<NonNullable<RtesContentHubOptions['webhooks']>>
  graphQL: Required<NonNullable<RtesContentHubOptions['graphQL']>>
  limits: Required<NonNullable<RtesContentHubOptions['limits']>>
}

export const DEFAULT_LOCALES: RtesSettings['locales'] = [
  { code: 'fr', label: { fr: 'Français', en: 'French' } },
  { code: 'en', label: { fr: 'Anglais', en: 'English' } },
]

const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value)

/** The default `roleOf`: the `role` of an account of the plugin's own users collection. */
export const roleField =
  (usersSlug: string) =>
  (user: PayloadRequest['user']): Role | undefined => {
    const account = user as { collection?: string; role?: unknown } | null | undefined
    return account?.collection === usersSlug && isRole(account.role) ? account.role : undefined
  }

export function resolveOptions(options: RtesContentHubOptions = {}): RtesSettings {
  const usersSlug = options.users === false ? null : (options.users?.slug ?? 'users')
  if (!usersSlug && !options.roleOf) {
    throw new Error('rtesContentHub: with `users: false` (the host’s own accounts), pass `roleOf` to say how to read a role.')
  }
  return {
    mediaDir: options.mediaDir ?? 'data/media',
    usersSlug,
    roleOf: options.roleOf ?? roleField(usersSlug!),
    runJobs: options.runJobs ?? false,
    publicSiteUrl: (options.publicSiteUrl ?? '').replace(/\/+$/, ''),
    locales: options.locales ?? DEFAULT_LOCALES,
    webhooks: {
      allowPrivateTargets: options.webhooks?.allowPrivateTargets ?? false,
      retryBaseMs: options.webhooks?.retryBaseMs ?? 30_000,
      maxAttempts: Math.max(1, options.webhooks?.maxAttempts ?? 5),
      timeoutMs: options.webhooks?.timeoutMs ?? 10_000,
    },
    graphQL: {
      maxDepth: options.graphQL?.maxDepth ?? 12,
      maxComplexity: options.graphQL?.maxComplexity ?? 10_000,
    },
    limits: {
      maxDepth: options.limits?.maxDepth ?? 5,
      maxLimit: options.limits?.maxLimit ?? 100,
      maxWhereConditions: options.limits?.maxWhereConditions ?? 50,
      maxUploadBytes: options.limits?.maxUploadBytes ?? 20 * 1024 * 1024,
    },
  }
}

/** The plugin's settings, from a config the plugin was added to (`req.payload.config`, `payload.config`). */
export function settingsOf(config: Pick<Config | SanitizedConfig, 'custom'>): RtesSettings {
  const settings = (config.custom as { rtes?: RtesSettings } | undefined)?.rtes
  if (!settings) throw new Error('The RTES content hub plugin is not installed in this Payload config (plugins: [rtesContentHub()]).')
  return settings
}
