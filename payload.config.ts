import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { isAdminRequest } from './src/access/roles'
import { guardRelations } from './src/access/relations'
import { restrictDocumentLocks } from './src/access/system'
import { withContentVersion } from './src/cache/hooks'
import { adminI18n, adminSettings, contentLocales } from './src/admin'
import { withAdminComponents } from './src/admin/collections'
import { AdvocacyContributions } from './src/collections/AdvocacyContributions'
import { Changes } from './src/collections/Changes'
import { Events } from './src/collections/Events'
import { Fiches } from './src/collections/Fiches'
import { Kits } from './src/collections/Kits'
import { Media } from './src/collections/Media'
import { Partners } from './src/collections/Partners'
import { PressArticles } from './src/collections/PressArticles'
import { Territories } from './src/collections/Territories'
import { Themes } from './src/collections/Themes'
import { Users } from './src/collections/Users'
import { padFailedLogin } from './src/collections/Users/hooks/loginLimits'
import { WebhookDeliveries } from './src/collections/WebhookDeliveries'
import { Webhooks } from './src/collections/Webhooks'
import { chooseDatabase, createDatabaseAdapter } from './src/config/database'
import { readEnv } from './src/config/env'
import { allowedOrigins } from './src/config/origins'
import { busyIsServiceUnavailable } from './src/database/busy'
import { emailAdapter } from './src/email/adapter'
import { endpoints } from './src/endpoints'
import { malformedMultipartIsBadRequest } from './src/errors/malformedMultipart'
import { emptyNullArrays } from './src/fields/arrays'
import { withSearchText } from './src/fields/search'
import { withFieldValidation } from './src/fields/validate'
import { graphQLValidationRules } from './src/graphql'
import { permissionQueries } from './src/graphql/permissions'
import { verifyEmailMutations } from './src/graphql/verifyEmail'
import { withWhereValidation } from './src/query/where'
import { ensureSearchIndex, withSearchIndex } from './src/search/indexing'
import { withSyndication } from './src/sync/hooks'
import { deliverWebhookTask } from './src/webhooks/deliver'
import { WEBHOOK_QUEUE } from './src/webhooks/events'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = readEnv()

const config = buildConfig({
  secret: env.secret,
  serverURL: env.serverUrl,
  cors: env.corsOrigins,
  csrf: allowedOrigins(env),
  db: createDatabaseAdapter(chooseDatabase(env.databaseUri), {
    busyTimeoutMs: env.databaseBusyTimeoutMs,
    production: env.production,
    mongoAllowStandalone: env.mongoAllowStandalone,
  }),
  editor: lexicalEditor(),
  // SMTP from SMTP_* / EMAIL_FROM, or a readable log of each email when SMTP_HOST is unset (src/email).
  email: emailAdapter(env.email, { production: env.production }),
  sharp,
  // Relationship values (and rich-text nodes) a reader may not read are removed, not left as ids, and
  // queries that would reveal them are refused (see src/access/relations.ts).
  // Changes of the synced collections feed the change log (/api/sync) and webhooks (src/sync/hooks.ts).
  // Every change readers can see moves the content version that caches key by (src/cache/hooks.ts).
  // Custom validators extend Payload's (src/fields/validate.ts); bad `where` filters are 400s (src/query/where.ts).
  // Accent-insensitive `searchText` for list searches and partners (src/fields/search.ts).
  // Searched collections keep the full-text index in step (src/search/indexing.ts).
  collections: withSearchIndex(withAdminComponents(withContentVersion(withSearchText(withSyndication(
    guardRelations(withWhereValidation(withFieldValidation(emptyNullArrays([
      Fiches,
      Kits,
      PressArticles,
      AdvocacyContributions,
      Events,
      Partners,
      Themes,
      Territories,
      Media,
      Users,
      Webhooks,
      WebhookDeliveries,
      Changes,
    ])))),
  ))))),
  // The search index is created (and filled from the content) at start when missing.
  onInit: ensureSearchIndex,
  upload: { limits: { fileSize: env.limits.maxUploadBytes } },
  // REST `depth` above this is refused with a 400 (src/server/queryLimits.ts); Payload also caps at it.
  maxDepth: env.limits.maxDepth,
  jobs: {
    // Payload lets any logged-in account run, queue and cancel jobs over HTTP; only admins may. The
    // server's own cron and the Local API run with overrideAccess.
    access: { run: isAdminRequest, queue: isAdminRequest, cancel: isAdminRequest },
    // Scheduled publishing runs on Payload's jobs queue; the server (getPayload with `cron: true`)
    // checks it every minute.
    autoRun: [
      { cron: '* * * * *', queue: 'default', limit: 50 },
      // Webhook deliveries (src/webhooks/deliver.ts): every 10 seconds; retries wait in the queue.
      { cron: '*/10 * * * * *', queue: WEBHOOK_QUEUE, limit: 20 },
    ],
    tasks: [deliverWebhookTask],
    // Only the server's own Payload instance runs the queue (src/server.ts): Next's request-time instance
    // in the same process would run it a second time.
    shouldAutoRun: (payload) => payload === (globalThis as { rtesJobRunner?: unknown }).rtesJobRunner,
  },
  endpoints,
  // Failed logins last a fixed minimum, for REST and GraphQL (src/collections/Users/hooks/loginLimits.ts);
  // a busy database is a 503 with Retry-After, a malformed multipart body a 400 (instead of 500s).
  hooks: { afterError: [padFailedLogin, busyIsServiceUnavailable, malformedMultipartIsBadRequest] },
  // French admin (English available), strings and dates as RTES editors read them: src/admin.
  i18n: adminI18n,
  localization: {
    locales: contentLocales,
    defaultLocale: 'fr',
    fallback: true,
  },
  admin: {
    ...adminSettings,
    user: Users.slug,
    importMap: { baseDir: dirname },
  },
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
    // `npm run generate` writes the committed types (a unit test fails when stale); regenerating them in a
    // second process at every development start only slowed it down.
    autoGenerate: false,
  },
  graphQL: {
    disablePlaygroundInProduction: true,
    // Partners run their own codegen against the live schema.
    disableIntrospectionInProduction: false,
    // Refused before execution with an error naming the limit (README: GRAPHQL_MAX_*). Payload's own rule
    // (1 per field, 10 per relationship) stays as a floor; ours multiplies by list sizes (src/graphql).
    maxComplexity: env.graphQLMaxComplexity,
    validationRules: graphQLValidationRules(env),
    // `Access` and `docAccess*` answered in the shape their types declare (src/graphql/permissions.ts).
    queries: permissionQueries,
    mutations: verifyEmailMutations,
  },
  telemetry: false,
})

// Document locks are for editors only (src/access/system.ts).
export default restrictDocumentLocks(config)
