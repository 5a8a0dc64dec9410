/**
 * The hub's HTTP server: Apollo Server on Express, GraphQL at /graphql.
 * Each request gets its viewer (from Payload's JWT or API key) and fresh
 * DataLoaders. Returns a handle so the dev command and tests can stop it.
 */
import http from 'node:http'
import { ApolloServer } from '@apollo/server'
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled'
import { expressMiddleware } from '@as-integrations/express5'
import express from 'express'
import { resolveViewer } from './auth/viewer.ts'
import { env } from './config/env.ts'
import { limits } from './config/limits.ts'
import { timeoutStatusPlugin, timeoutWarnings } from './errors/databaseTimeout.ts'
import { createFormatError } from './errors/formatError.ts'
import { createContext, type HubContext, type HubServices } from './graphql/context.ts'
import { cachePlugins } from './graphql/cachePolicy.ts'
import { armorProtection, parseLimits } from './graphql/limits/armor.ts'
import { queryCostPlugin } from './graphql/limits/queryCost.ts'
import { hubSchema } from './graphql/schema.ts'
import { explorerRoutes } from './explorer/explorerRoutes.ts'
import { healthProbes } from './health/probes.ts'
import type { ReadModelOptions } from './readModel/readModel.ts'
import { openReadSource, type ReadMode, type ReadSource } from './readModel/readSource.ts'
import { drainer } from './http/drain.ts'
import { listen } from './http/listen.ts'
import { graphRateLimit, type GraphRateLimit } from './http/graphRateLimit.ts'
import { requestFacts, requestLog } from './http/requestLog.ts'
import type { Logger } from './logging/logger.ts'
import { notFoundHandler, requestErrorHandler } from './http/requestErrors.ts'
import { syndicationRoutes } from './syndication/syndicationRoutes.ts'
import { previewRoutes } from './content/preview/previewPage.ts'

export interface HubOptions {
  port: number
  /** Unset: every interface, IPv4 and IPv6. */
  host?: string
  introspection?: boolean
  production?: boolean
  log?: (error: unknown) => void
  /** Where public queries read (default: env.readModel, the in-memory read model). */
  readModel?: ReadMode
  readModelOptions?: ReadModelOptions
  /** Expected trouble that is not a bug (a database time-out), counted. */
  warn?: (message: string) => void
  /**
   * The operation cost refused (default limits.graphql.maxCost). Only the
   * round-trip test raises it, to send deliberately deep joins over full pages.
   */
  maxCost?: number
  /** How long stop() lets requests in flight finish (default limits.production.drainTimeoutMs). */
  drainTimeoutMs?: number
  /** Requests per client to /graphql; unset: no limit (`npm start` sets it from limits.rateLimit). */
  rateLimit?: GraphRateLimit
  /** Express's `trust proxy`: behind a load balancer, whose X-Forwarded-For names the client (HUB_TRUST_PROXY). */
  trustProxy?: boolean | number | string
  /** One structured line per request (server/http/requestLog.ts); unset: none (tests). */
  logger?: Logger
  /** Requests slower than this are logged at warn (default limits.logging.slowRequestMs). */
  slowRequestMs?: number
  /** The GraphiQL explorer at GET /graphql for browsers (default: env.explorer, on unless production). */
  explorer?: boolean
}

export interface RunningHub {
  url: string
  reads: ReadSource
  /** Drains (in-flight requests finish, new ones get 503), then stops. */
  stop(): Promise<void>
}

export async function startHub(services: HubServices, options: HubOptions): Promise<RunningHub> {
  const app = express()
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy)
  const httpServer = http.createServer(app)
  const production = options.production ?? false
  const log = options.log ?? ((error) => console.error('[hub] unexpected error:', error))
  const reads = await openReadSource(services.db, options.readModel ?? env.readModel, {
    log: (line) => console.warn(`[hub] ${line}`),
    ...options.readModelOptions,
  })
  const schema = await hubSchema()
  const armor = armorProtection(production)
  const timeouts = timeoutWarnings(options.warn ?? ((message) => console.warn(message)))
  const apollo = new ApolloServer<HubContext>({
    schema,
    introspection: options.introspection ?? !production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // The process's own shutdown (runCli) drains and then stops Apollo; Apollo's handler would stop it first and raise the signal again.
    stopOnTerminationSignals: false,
    parseOptions: parseLimits,
    validationRules: armor.validationRules,
    formatError: createFormatError({ production, log, onTimeout: timeouts.record }),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ...armor.plugins,
      queryCostPlugin(schema, options.maxCost),
      ...cachePlugins(),
      timeoutStatusPlugin(),
    ],
  })
  await apollo.start()
  const contextFor = async (headers: Headers): Promise<HubContext> => {
    const [read, viewer] = await Promise.all([reads.current(), resolveViewer(services.payload, headers)])
    return createContext(services, { read, latestRead: () => reads.latest() }, viewer)
  }

  const drain = drainer(httpServer)
  app.use(healthProbes(services.db, reads, () => drain.draining))
  app.use((request, response, next) => {
    if (!drain.refuse(request, response)) next()
  })
  if (options.explorer ?? env.explorer) app.use(explorerRoutes())
  // The preview page runs a graph query too: logged and limited the same way.
  if (options.logger)
    app.use(['/graphql', '/preview'], requestLog(options.logger, options.slowRequestMs ?? limits.logging.slowRequestMs))
  if (options.rateLimit) app.use(['/graphql', '/preview'], graphRateLimit(options.rateLimit))
  app.use(
    '/graphql',
    express.json({ limit: limits.http.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const headers = new Headers()
        for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
        const context = await contextFor(headers)
        if (context.viewer) requestFacts(res).viewerRole = context.viewer.role
        return context
      },
    }),
  )
  app.use(previewRoutes(apollo, contextFor))
  app.use(syndicationRoutes(reads))
  app.use(notFoundHandler())
  // Last: a body the JSON parser refused, or anything else thrown outside GraphQL.
  app.use(requestErrorHandler(log))

  const port = await listen(httpServer, options.port, options.host)
  return {
    url: `http://localhost:${port}/graphql`,
    reads,
    stop: async () => {
      await drain.drain(options.drainTimeoutMs ?? limits.production.drainTimeoutMs)
      reads.stop()
      await apollo.stop()
    },
  }
}
