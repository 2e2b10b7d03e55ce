import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { guardRelations } from './src/access/relations'
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
import { allowedOrigins } from './src/config/origins'
import { endpoints } from './src/endpoints'
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
  csrf: allowedOrigins(env),
  db: createDatabaseAdapter(chooseDatabase(env.databaseUri)),
  editor: lexicalEditor(),
  sharp,
  // Relationship values a reader may not read are removed, not left as ids (see src/access/relations.ts).
  // Changes of the synced collections feed the change log (/api/sync) and webhooks (src/sync/hooks.ts).
  collections: withSyndication(
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
  ),
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
  i18n: {
    supportedLanguages: { fr, en },
    fallbackLanguage: 'fr',
  },
  localization: {
    locales: [
      { code: 'fr', label: 'Français' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'fr',
    fallback: true,
  },
  admin: {
    user: Users.slug,
    // No Gravatar: these machines and many partner networks have no internet access.
    avatar: 'default',
    meta: {
      title: 'Administration',
      titleSuffix: ' · RTES',
      description: "Réseau des collectivités Territoriales pour une Économie Solidaire : gestion des contenus",
    },
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
    // Refused before execution with an error naming the limit (README: GRAPHQL_MAX_*). Payload counts
    // 1 per field and 10 per relationship or join, so aliases × relationships add up quickly.
    maxComplexity: env.graphQLMaxComplexity,
    validationRules: () => [depthLimit(env.graphQLMaxDepth)],
  },
  telemetry: false,
})
