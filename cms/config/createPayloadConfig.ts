/**
 * Builds the CMS configuration for one database. The admin app and the dev
 * command use it through `payload.config.ts`; tests call it with a database
 * of their own.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig, type SanitizedConfig } from 'payload'
import { limits } from '../../server/config/limits.ts'
import { Attachments } from '../collections/Attachments/index.ts'
import { Calls } from '../collections/Calls/index.ts'
import { CourseCollections } from '../collections/CourseCollections/index.ts'
import { Courses } from '../collections/Courses/index.ts'
import { LectureSeries } from '../collections/LectureSeries/index.ts'
import { Media } from '../collections/Media/index.ts'
import { Notifications } from '../collections/Notifications/index.ts'
import { ActivityLog } from '../collections/ActivityLog/index.ts'
import { Purchases } from '../collections/Purchases/index.ts'
import { Submissions } from '../collections/Submissions/index.ts'
import { Users } from '../collections/Users/index.ts'
import { WebhookDeadLetters } from '../collections/WebhookDeadLetters/index.ts'
import { WebhookSubscribers } from '../collections/WebhookSubscribers/index.ts'
import { expireLicensesTask } from '../jobs/expireLicenses.ts'
import { deliverWebhooksTask, dispatchWebhooksTask, redeliverWebhooksTask } from '../jobs/webhookDelivery.ts'
import { ferretdbSafeKeys, mongoAdapterFor, type DatabaseFlavor } from '../compat/ferretdb.ts'
import { registrySearchEndpoint } from '../endpoints/registrySearch.ts'
import { editorsWorkTheQueue } from '../access/editorsWorkTheQueue.ts'
import { guardDocumentLocks } from '../locks/guardDocumentLocks.ts'
import { noVersionsWhereNoneKept } from './noVersionsWhereNoneKept.ts'
import { clientErrorStatus } from '../hooks/clientErrorStatus.ts'
import { withInputGuards } from './withInputGuards.ts'
import type { SmtpSettings } from '../../server/config/env.ts'
import { smtpEmailAdapter } from '../notify/smtpEmailAdapter.ts'
import { nameUnnamedUsers } from '../hooks/userDisplayName.ts'
import { CHINESE_DATE_TIME, withChineseDates } from './chineseDates.ts'
import { withVersionsByAuthor } from './versionsByAuthor.ts'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export interface PayloadConfigOptions {
  /** Full connection string including the database name. */
  databaseUri: string
  flavor: DatabaseFlavor
  secret: string
  serverURL?: string
  /** Tests pass 'error' to keep their output readable. */
  logLevel?: 'debug' | 'info' | 'warn' | 'error'
  /**
   * How often this process works the jobs queue (scheduled publishing) and
   * when licenses are checked; tests run both every second. `false` for
   * one-off commands, which must not pick up jobs. `autoRun: false` registers
   * the schedules without Payload's own cron: `npm start`'s jobs role works the
   * queue itself, claiming each job (server/jobs/claimedJobs.ts).
   */
  jobs?: { runCron: string; licenseCron: string; webhookCron?: string; autoRun?: boolean } | false
  /**
   * Payload's own GraphQL API stays off: the public graph is the hub and the
   * admin speaks REST, so /api/graphql would only be an unlimited door for
   * anyone. Only the benchmark, in its own process, turns it on to compare.
   */
  payloadGraphQL?: boolean
  /** Where notification emails go; without it Payload only prints them (and notices say no mail server is set). */
  email?: SmtpSettings | null
}

/** Webhooks are looked at every 2 seconds: a platform hears of a change within moments. */
export const DEFAULT_JOBS: { runCron: string; licenseCron: string; webhookCron: string; autoRun?: boolean } = {
  runCron: '*/10 * * * * *',
  licenseCron: '0 5 * * * *',
  webhookCron: '*/2 * * * * *',
}

export function createPayloadConfig(options: PayloadConfigOptions): Promise<SanitizedConfig> {
  const jobs = options.jobs === undefined ? DEFAULT_JOBS : options.jobs
  const webhookCron = (jobs && jobs.webhookCron) || (jobs ? jobs.runCron : DEFAULT_JOBS.webhookCron)
  const built = buildConfig({
    secret: options.secret,
    serverURL: options.serverURL,
    db: mongoAdapterFor(options.databaseUri, options.flavor),
    editor: lexicalEditor(),
    collections: [
      Users,
      Media,
      Courses,
      LectureSeries,
      CourseCollections,
      Calls,
      Submissions,
      Purchases,
      Attachments,
      Notifications,
      ActivityLog,
      WebhookSubscribers,
      WebhookDeadLetters,
    ]
      .map(withChineseDates)
      .map(withVersionsByAuthor)
      .map(withInputGuards),
    email: options.email ? smtpEmailAdapter(options.email) : undefined,
    // What the database layer raises for a client's value is a 400, not a 500.
    hooks: { afterError: [clientErrorStatus] },
    upload: { limits: { fileSize: limits.uploads.maxFileBytes } },
    jobs: {
      access: { run: editorsWorkTheQueue, queue: editorsWorkTheQueue, cancel: editorsWorkTheQueue },
      tasks: [
        expireLicensesTask((jobs || DEFAULT_JOBS).licenseCron),
        dispatchWebhooksTask(webhookCron),
        deliverWebhooksTask,
        redeliverWebhooksTask,
      ],
      autoRun:
        jobs && jobs.autoRun !== false
          ? [
              ...['default', 'maintenance'].map((queue) => ({ cron: jobs.runCron, queue, limit: 20, silent: true })),
              { cron: webhookCron, queue: 'webhooks', limit: 5, silent: true },
            ]
          : undefined,
    },
    endpoints: [registrySearchEndpoint],
    onInit: nameUnnamedUsers,
    graphQL: { disable: !options.payloadGraphQL },
    plugins: [ferretdbSafeKeys(options.flavor)],
    admin: {
      user: Users.slug,
      meta: { titleSuffix: ' · 运河终身学习港' },
      dateFormat: CHINESE_DATE_TIME,
      // Payload's default asks an outside image service for each account's picture; the district's network does not reach it.
      avatar: 'default',
      importMap: { baseDir: cmsDir, importMapFile: path.join(cmsDir, 'app/(payload)/admin/importMap.js') },
      // The desk: what waits for me, items per state, recent activity.
      components: { beforeDashboard: ['/components/Desk.tsx#Desk'] },
    },
    // The admin speaks Chinese unless a user picks English.
    i18n: {
      supportedLanguages: { zh, en },
      fallbackLanguage: 'zh',
    },
    localization: {
      locales: [
        { code: 'zh', label: '中文' },
        { code: 'en', label: 'English' },
      ],
      defaultLocale: 'zh',
      fallback: true,
    },
    typescript: {
      // Generating types on every start spawns a child process that keeps jest alive;
      // `npm run generate` writes them on purpose instead.
      autoGenerate: false,
      outputFile: path.join(cmsDir, 'payload-types.ts'),
    },
    telemetry: false,
    logger: { options: { level: options.logLevel ?? 'info' } },
    // A wrong password or a refused request is the client's mistake, not the server's.
    loggingLevels: {
      AuthenticationError: 'info',
      Forbidden: 'info',
      LockedAuth: 'warn',
      NotFound: 'info',
      QueryError: 'info',
      ValidationError: 'info',
    },
  })
  return built.then(guardDocumentLocks).then(noVersionsWhereNoneKept)
}
