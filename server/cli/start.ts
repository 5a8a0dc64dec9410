/**
 * `npm start`: the compiled hub (dist/) in one or all of its roles, for
 * deployment. Unlike `npm run dev` it seeds nothing, runs the admin's
 * production build, refuses a missing or placeholder secret in production,
 * and on SIGTERM drains (requests in flight finish, new ones get 503) before
 * it stops. Several processes of any role may share one database.
 */
import os from 'node:os'
import { getPayload } from 'payload'
import { createPayloadConfig, DEFAULT_JOBS } from '../../cms/config/createPayloadConfig.ts'
import { startHub } from '../app.ts'
import { env } from '../config/env.ts'
import { hubVersion } from '../config/hubVersion.ts'
import { limits } from '../config/limits.ts'
import { startSecret } from '../config/productionSecret.ts'
import { launchConfiguredDatabase } from '../database/configuredDatabase.ts'
import { databaseUriFor } from '../database/databaseUri.ts'
import { detectServer } from '../database/flavor.ts'
import { connectMongo } from '../database/mongo.ts'
import { startAdminServer } from '../http/adminServer.ts'
import { startProbeServer } from '../http/probeServer.ts'
import { createRateLimitStore } from '../http/rateLimitStore.ts'
import { countDatabaseCommand } from '../http/requestLog.ts'
import { startClaimedJobs } from '../jobs/claimedJobs.ts'
import { assertJobsRunning } from '../jobs/jobsReadiness.ts'
import { ensureRegistryIndexes } from '../registry/shared/indexes.ts'
import { createLogger } from '../logging/logger.ts'
import { stopTracing } from '../logging/tracingHandle.ts'
import { partsOf, roleFrom } from '../config/processRoles.ts'
import { runCli } from './runCli.ts'

runCli(async (onShutdown) => {
  const draining: (() => Promise<void>)[] = []
  /** A server's stop, run once however often it is called: alone if start-up fails midway, else with the others. */
  const drainTogether = (stop: () => Promise<void>) => {
    let stopped: Promise<void> | undefined
    const once = () => (stopped ??= stop())
    draining.push(once)
    return once
  }
  const startedAt = performance.now()
  // First in, so last out: the spans of the drained requests are sent before the process exits.
  onShutdown(() => stopTracing())
  const role = roleFrom(process.argv.slice(2), env.hubRole)
  const logger = createLogger(role)
  const log = (line: string) => logger.info(line)
  const parts = partsOf(role)
  const secret = startSecret(env.isProduction, env.dataDir)
  if (role !== 'all' && !env.mongodbUri)
    throw new Error(`the ${role} role shares a database with the other processes: set MONGODB_URI.`)

  const database = await launchConfiguredDatabase(log)
  onShutdown(() => database.stop())
  const databaseUri = databaseUriFor(database.uri, env.dbName)
  const mongo = await connectMongo(databaseUri, { monitorCommands: true })
  onShutdown(() => mongo.close())
  mongo.client.on('commandStarted', countDatabaseCommand)
  const server = await detectServer(mongo.db)
  // The admin's Next app reads its settings from the environment (cms/payload.config.ts); it never works the queue.
  Object.assign(process.env, {
    DATABASE_URI: databaseUri,
    DATABASE_FLAVOR: server.flavor,
    PAYLOAD_SECRET: secret,
    PAYLOAD_RUN_JOBS: 'false',
  })

  if (parts.graph || parts.jobs) {
    await ensureRegistryIndexes(mongo.db)
    // One Payload for this process: the graph signs viewers in through it, the jobs runner runs tasks with it; Payload's own cron stays off.
    const payload = await getPayload({
      config: createPayloadConfig({
        databaseUri,
        flavor: server.flavor,
        secret,
        jobs: { ...DEFAULT_JOBS, autoRun: false },
      }),
    })
    onShutdown(() => payload.destroy())

    if (parts.jobs) {
      const intervalMs = env.jobsIntervalMs
      const jobs = startClaimedJobs(
        payload,
        mongo.db,
        {
          queues: ['default', 'maintenance', 'webhooks'],
          intervalMs,
          limit: limits.production.jobsPerRun,
          worker: `${os.hostname()}:${process.pid}`,
        },
        (message, error) => (error ? logger.error({ err: error }, `jobs: ${message}`) : log(`jobs: ${message}`)),
      )
      onShutdown(() => jobs.stop())
      const probes = await startProbeServer(
        'jobs',
        { db: mongo.db, check: () => assertJobsRunning(jobs.lastProgressAt(), new Date(), intervalMs) },
        { port: env.jobsPort },
      )
      onShutdown(() => probes.stop())
      log(`jobs ready (probes at ${probes.url}/readyz, a look every ${intervalMs / 1000} s)`)
    }
    if (parts.graph) {
      const rateLimits = createRateLimitStore(env.redisUrl)
      onShutdown(() => rateLimits.close())
      const hub = await startHub(
        { db: mongo.db, payload, hubVersion },
        {
          port: env.hubPort,
          introspection: env.introspection,
          production: env.isProduction,
          trustProxy: env.trustProxy,
          logger,
          slowRequestMs: env.slowRequestMs,
          log: (error) => logger.error({ err: error }, 'unexpected error'),
          warn: (message) => logger.warn(message),
          rateLimit: {
            store: rateLimits,
            points: limits.rateLimit.graphRequestsPerWindow,
            windowSeconds: limits.rateLimit.graphWindowSeconds,
          },
        },
      )
      onShutdown(drainTogether(hub.stop))
      log(`graph ready at ${hub.url} (rate limits in ${rateLimits.kind})`)
    }
  }
  if (parts.admin) {
    const admin = await startAdminServer(mongo.db, { port: env.adminPort })
    onShutdown(drainTogether(admin.stop))
    log(`admin ready at ${admin.url}`)
  }
  // Last registered, so first to run: the graph and the admin drain at the same time, not one after the other (up to twice the drain time).
  onShutdown(() => Promise.all(draining.map((stop) => stop())))
  logger.info(
    {
      startMs: Math.round(performance.now() - startedAt),
      rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
      production: env.isProduction,
      version: hubVersion,
    },
    `${role} started`,
  )
})
