/**
 * The host config: where the content hub runs (database, secret, addresses, email, branding), from the
 * environment (`readEnv`, src/config/env.ts). The content model itself is the `rtesContentHub` plugin
 * (src/plugin). The default export is what Next's route handlers load; the server builds its own instance,
 * the one that runs the jobs queue, with `createConfig({ runJobs: true })` (src/server/main.ts).
 */
import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { brandAdmin } from './src/admin'
import { chooseDatabase, createDatabaseAdapter } from './src/config/database'
import { readEnv } from './src/config/env'
import { hubLogger } from './src/config/logger'
import { allowedOrigins } from './src/config/origins'
import { emailAdapter } from './src/email/adapter'
import { rtesContentHub } from './src/plugin'
import { projectRoot } from './src/utilities/projectRoot'

const dirname = projectRoot(import.meta.url)

export async function createConfig({ runJobs = false }: { runJobs?: boolean } = {}) {
  const env = readEnv()
  return await buildConfig({
    secret: env.secret,
    serverURL: env.serverUrl,
    cors: env.corsOrigins,
    csrf: allowedOrigins(env),
    db: await createDatabaseAdapter(chooseDatabase(env.databaseUri), {
      busyTimeoutMs: env.databaseBusyTimeoutMs,
      production: env.production,
      mongoAllowStandalone: env.mongoAllowStandalone,
    }),
    editor: lexicalEditor(),
    // SMTP from SMTP_* / EMAIL_FROM, or a readable log of each email when SMTP_HOST is unset (src/email).
    email: emailAdapter(env.email, { production: env.production }),
    sharp,
    admin: { ...brandAdmin, importMap: { baseDir: dirname } },
    typescript: {
      outputFile: path.resolve(dirname, 'src/payload-types.ts'),
      // `npm run generate` writes the committed types (a unit test fails when stale).
      autoGenerate: false,
    },
    telemetry: false,
    logger: hubLogger(),
    plugins: [
      rtesContentHub({
        mediaDir: env.mediaDir,
        publicSiteUrl: env.publicSiteUrl,
        runJobs,
        webhooks: env.webhooks,
        graphQL: { maxDepth: env.graphQLMaxDepth, maxComplexity: env.graphQLMaxComplexity },
        limits: env.limits,
      }),
    ],
  })
}

export default createConfig()
