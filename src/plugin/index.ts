/**
 * `rtesContentHub(options)`: the RTES content model as a Payload plugin, in the shape of Payload's own
 * plugins. It adds the collections (src/plugin/collections.ts) and what applies to every collection of the
 * config, the host's included: field validation that extends Payload's, `where` checks, relationship and
 * rich-text guards, accent-insensitive search text, content-change events for delta sync and webhooks,
 * content-version hooks for caches, the full-text search index, and the admin's shared components. Also:
 * the root endpoints (OpenAPI, sync, search), jobs (scheduled publishing, webhook deliveries), GraphQL
 * bounds and fixes, error mapping, the French admin and the content languages. Options and defaults: src/plugin/options.ts. The host config
 * (payload.config.ts) brings the database, secret, server URL, CORS/CSRF, editor, email, sharp and branding.
 */
import type { Config, Plugin } from 'payload'

import { isAdminRequest } from '../access/roles'
import { guardRelations } from '../access/relations'
import { restrictDocumentLocks } from '../access/system'
import { adminI18n, editorialAdmin } from '../admin'
import { withAdminComponents } from '../admin/collections'
import { withContentVersion } from '../cache/hooks'
import { padFailedLogin } from '../collections/Users/hooks/loginLimits'
import { busyIsServiceUnavailable } from '../database/busy'
import { rootEndpoints } from '../endpoints'
import { clientDataErrorsAreBadRequests } from '../errors/clientDataErrors'
import { publicErrorsSayWhy } from '../errors/publicMessages'
import { malformedMultipartIsBadRequest } from '../errors/malformedMultipart'
import { withContentChanges } from '../events/contentChanges'
import { emptyNullArrays } from '../fields/arrays'
import { withSearchText } from '../fields/search'
import { withFieldValidation } from '../fields/validate'
import { graphQLValidationRules } from '../graphql'
import { permissionQueries } from '../graphql/permissions'
import { verifyEmailMutations } from '../graphql/verifyEmail'
import { withWhereValidation } from '../query/where'
import { ensureSearchIndex, withSearchIndex } from '../search/indexing'
import { changeLog } from '../sync/changeLog'
import { deliverWebhookTask } from '../webhooks/deliver'
import { WEBHOOK_QUEUE, webhookNotifier } from '../webhooks/events'
import { hubCollections } from './collections'
import { withFallbacks, withLocaleFallbacks } from './locales'
import { resolveOptions, type RtesContentHubOptions } from './options'
import { searchedCollections, syncedCollections } from './registry'

export type { RtesContentHubOptions, RtesSettings } from './options'
export { settingsOf } from './options'
export { registryOf, type RegistryEntry, type RtesCollection } from './registry'

export const rtesContentHub =
  (options: RtesContentHubOptions = {}): Plugin =>
  (incoming: Config): Config => {
    const settings = resolveOptions(options)
    if (incoming.localization) {
      throw new Error(
        'rtesContentHub: the content languages come from the plugin’s `locales` option; remove `localization` from the config.',
      )
    }
    const host = incoming.collections ?? []
    const all = [...host, ...hubCollections(settings, host)]
    const synced = syncedCollections({ collections: all })
    const followed = new Set<string>(synced.map(({ slug }) => slug))
    // Innermost first: Payload's validators back in front of custom ones, then queries, then relationships…
    const guarded = guardRelations(withWhereValidation(withFieldValidation(emptyNullArrays(withLocaleFallbacks(all)))))
    // Changes of synced collections feed the change log (/api/sync) and webhooks, in the change's transaction;
    // every change readers can see moves the content version caches are keyed by; searched collections keep
    // the full-text index in step (src/search/indexing.ts).
    const collections = withSearchIndex(
      withAdminComponents(
        withContentVersion(
          withSearchText(withContentChanges(guarded, { follows: (slug) => followed.has(slug), subscribers: [changeLog, webhookNotifier] })),
        ),
      ),
    )

    return {
      ...incoming,
      collections,
      endpoints: [
        ...(incoming.endpoints ?? []),
        ...rootEndpoints({
          synced,
          searched: searchedCollections({ collections: all }),
          locales: settings.locales.map(({ code }) => code),
        }),
      ],
      // Each language falls back to the others (src/plugin/locales.ts).
      localization: { locales: withFallbacks(settings.locales), defaultLocale: settings.locales[0].code, fallback: true },
      // French admin (English available), strings and dates as RTES editors read them: src/admin.
      i18n: { ...adminI18n, ...incoming.i18n },
      admin: {
        ...incoming.admin,
        user: incoming.admin?.user ?? settings.usersSlug ?? undefined,
        dateFormat: editorialAdmin.dateFormat,
        timezones: editorialAdmin.timezones,
        components: {
          ...incoming.admin?.components,
          providers: [...(incoming.admin?.components?.providers ?? []), ...editorialAdmin.providers],
          views: { dashboard: editorialAdmin.views.dashboard, ...incoming.admin?.components?.views },
        },
      },
      upload: { ...incoming.upload, limits: { ...incoming.upload?.limits, fileSize: settings.limits.maxUploadBytes } },
      // REST `depth` above this is refused with a 400 by the server (src/server/queryLimits.ts); Payload caps at it too.
      maxDepth: settings.limits.maxDepth,
      jobs: {
        ...incoming.jobs,
        // Payload lets any logged-in account run, queue and cancel jobs over HTTP; only admins may. The
        // server's own cron and the Local API run with overrideAccess.
        access: { run: isAdminRequest, queue: isAdminRequest, cancel: isAdminRequest },
        tasks: [...(incoming.jobs?.tasks ?? []), deliverWebhookTask],
        // Only the instance told to (the server's own, `runJobs`) runs the queue when started with `cron: true`:
        // scheduled publishing every minute, webhook deliveries (retries wait in the queue) every 10 seconds.
        ...(settings.runJobs
          ? {
              autoRun: [
                { cron: '* * * * *', queue: 'default', limit: 50 },
                { cron: '*/10 * * * * *', queue: WEBHOOK_QUEUE, limit: 20 },
              ],
            }
          : {}),
      },
      // Failed logins last a fixed minimum, for REST and GraphQL (src/collections/Users/hooks/loginLimits.ts);
      // a busy database is a 503 with Retry-After, a malformed multipart body or data the database refuses a 400
      // (instead of 500s).
      hooks: {
        ...incoming.hooks,
        afterError: [
          ...(incoming.hooks?.afterError ?? []),
          padFailedLogin,
          busyIsServiceUnavailable,
          malformedMultipartIsBadRequest,
          clientDataErrorsAreBadRequests,
          publicErrorsSayWhy,
        ],
      },
      graphQL: {
        ...incoming.graphQL,
        disablePlaygroundInProduction: true,
        // Partners run their own codegen against the live schema.
        disableIntrospectionInProduction: false,
        // Refused before execution with an error naming the limit. Payload's own rule (1 per field, 10 per
        // relationship) stays as a floor; ours multiplies by list sizes (src/graphql).
        maxComplexity: settings.graphQL.maxComplexity,
        validationRules: graphQLValidationRules({ ...settings.graphQL, maxLimit: settings.limits.maxLimit }),
        // `Access` and `docAccess*` answered in the shape their types declare (src/graphql/permissions.ts).
        queries: permissionQueries,
        mutations: verifyEmailMutations,
      },
      onInit: async (payload) => {
        await incoming.onInit?.(payload)
        // Document locks are for editors only (src/access/system.ts).
        restrictDocumentLocks(payload)
        // The search index is created (and filled from the content) at start when missing.
        await ensureSearchIndex(payload)
      },
      // The resolved options, for hooks, access rules and endpoints (`settingsOf(req.payload.config)`).
      custom: { ...incoming.custom, rtes: settings },
    }
  }
