/**
 * A real Payload instance on a suite's own database, with its REST API served
 * over HTTP by Payload's own endpoint handler behind the same guard as the
 * admin app's /api route, so tests speak to the CMS as a client would.
 */
import { randomBytes } from 'node:crypto'
import { getPayload, type Payload } from 'payload'
import { createPayloadConfig } from '../../cms/config/createPayloadConfig.ts'
import { serveRest } from '../../cms/http/servePayload.ts'
import { noticesSettled } from '../../cms/notify/notifySubmissionEvents.ts'
import type { User } from '../../cms/payload-types.ts'
import type { Role } from '../../server/domain/roles.ts'
import type { RateLimitStore } from '../../server/http/rateLimitStore.ts'
import type { TestDatabase } from './database.ts'

export interface TestCms {
  payload: Payload
  /** Base URL of the REST API, e.g. http://127.0.0.1:PORT/api */
  apiUrl: string
  /** The key this Payload instance is cached under (handleEndpoints finds it by this key). */
  instanceKey: string
  /** PAYLOAD_SECRET of this instance: another process given it (the admin) accepts the same sign-ins. */
  secret: string
  stop(): Promise<void>
}

/** Suites that test scheduled work run the jobs queue every second; the rest leave it off. */
export const EVERY_SECOND_JOBS = { runCron: '* * * * * *', licenseCron: '* * * * * *' }

export async function startCms(
  database: TestDatabase,
  options: { runJobs?: boolean; rateLimits?: RateLimitStore; mail?: { host: string; port: number } } = {},
): Promise<TestCms> {
  const key = `test-${randomBytes(4).toString('hex')}`
  const secret = `secret-${key}`
  const config = createPayloadConfig({
    databaseUri: database.uri,
    flavor: database.flavor,
    secret,
    logLevel: 'error',
    jobs: options.runJobs ? EVERY_SECOND_JOBS : false,
    email: options.mail
      ? { ...options.mail, secure: false, from: 'noreply@canal-hub.test', fromName: '运河终身学习港' }
      : null,
  })
  const payload = await getPayload({ config, key })

  const served = await serveRest(config, { payloadInstanceCacheKey: key, rateLimits: options.rateLimits })

  return {
    payload,
    apiUrl: `${served.origin}/api`,
    instanceKey: key,
    secret,
    stop: async () => {
      await served.close()
      await settle(payload)
      await payload.destroy()
    },
  }
}

/**
 * Lets the work a suite started run out before the database closes: Payload's
 * destroy stops the jobs crons but not a run under way, and a notice being
 * sent keeps polling. Left running, they fail against the closed connection
 * and their timers and sockets keep the jest worker from exiting.
 */
async function settle(payload: Payload): Promise<void> {
  const crons = payload.crons.splice(0, payload.crons.length)
  for (const cron of crons) cron.stop()
  const deadline = Date.now() + 30_000
  while (crons.some((cron) => cron.isBusy()) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50))
  await noticesSettled(payload)
}

export interface RestResponse<T = Record<string, unknown>> {
  status: number
  body: T
}

/** One REST call; `token` signs it in as a user (JWT), `apiKey` as a service account. */
export async function rest<T = Record<string, unknown>>(
  cms: TestCms,
  method: string,
  path: string,
  options: { token?: string; apiKey?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<RestResponse<T>> {
  const headers: Record<string, string> = { ...options.headers }
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  if (options.token) headers.authorization = `JWT ${options.token}`
  if (options.apiKey) headers.authorization = `users API-Key ${options.apiKey}`
  const response = await fetch(`${cms.apiUrl}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as T }
}

/** Creates a user directly (as the system) and signs them in over REST. */
export async function createUserAndLogin(
  cms: TestCms,
  user: {
    email: string
    password: string
    role: Exclude<Role, 'service'>
    street?: User['street']
    institution?: string
  },
): Promise<string> {
  await cms.payload.create({ collection: 'users', data: user, overrideAccess: true })
  const login = await rest<{ token?: string }>(cms, 'POST', '/users/login', {
    body: { email: user.email, password: user.password },
  })
  if (!login.body.token) throw new Error(`login failed for ${user.email}: ${JSON.stringify(login.body)}`)
  return login.body.token
}
