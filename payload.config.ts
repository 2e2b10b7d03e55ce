import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { guardRelations } from './src/access/relations'
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
import { WebhookDeliveries } from './src/collections/WebhookDeliveries'
import { Webhooks } from './src/collections/Webhooks'
import { chooseDatabase, createDatabaseAdapter } from './src/config/database'
import { readEnv } from './src/config/env'
import { emailAdapter } from './src/email/adapter'
import { endpoints } from './src/endpoints'
import { withSearchText } from './src/fields/search'
import { depthLimit } from './src/graphql/depthLimit'
import { withSyndication } from './src/sync/hooks'
import { deliverWebhookTask } from './src/webhooks/deliver'
import { WEBHOOK_QUEUE } from './src/webhooks/events'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = readEnv()

export default buildConfig({
  secret: env.secret,
  serverURL: env.serverUrl,
  cors: env.corsOrigins,
  csrf: [env.serverUrl, ...env.corsOrigins],
  db: createDatabaseAdapter(chooseDatabase(env.databaseUri)),
  editor: lexicalEditor(),
  // SMTP from SMTP_* / EMAIL_FROM, or a readable log of each email when SMTP_HOST is unset (src/email).
  email: emailAdapter(env.email, { production: env.production }),
  sharp,
  // Relationship values a reader may not read are removed, not left as ids (see src/access/relations.ts).
  // Changes of the synced collections feed the change log (/api/sync) and webhooks (src/sync/hooks.ts).
  // Accent-insensitive `searchText` for list searches and partners (src/fields/search.ts).
  collections: withAdminComponents(withSearchText(withSyndication(
    guardRelations([
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
    ]),
  ))),
  upload: { limits: { fileSize: 20 * 1024 * 1024 } },
  jobs: {
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
  },
  graphQL: {
    disablePlaygroundInProduction: true,
    // Partners run their own codegen against the live schema.
    disableIntrospectionInProduction: false,
    // Refused before execution with an error naming the limit (README: GRAPHQL_MAX_*). Payload counts
    // 1 per field and 10 per relationship or join, so aliases × relationships add up quickly.
    maxComplexity: env.graphQLMaxComplexity,
    validationRules: () => [depthLimit(env.graphQLMaxDepth)],
  },
  telemetry: false,
})
