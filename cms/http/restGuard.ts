/**
 * One guard in front of Payload's REST handler, wherever it is served (the
 * admin app's /api route and the plain HTTP server of the tests, bench and
 * fuzzer): query parameters Payload would pass to the database unchecked are
 * refused with a 400 in Payload's error shape, naming the parameter, and
 * sign-ins are throttled after repeated failures (loginThrottle.ts).
 */
import type { SanitizedConfig } from 'payload'
import type { RateLimitStore } from '../../server/http/rateLimitStore.ts'
import type { FieldRefusal } from '../errors/refuseFields.ts'
import { checkQueryParams } from '../guards/queryParams.ts'
import { loginThrottle } from './loginThrottle.ts'

/** Payload's own error shape: `{ errors: [{ message, data }] }`. */
export function refusal(status: number, problems: FieldRefusal[], name = 'QueryError'): Response {
  const message = problems.map((problem) => problem.message).join(' ')
  return Response.json({ errors: [{ name, message, data: { errors: problems } }] }, { status })
}

/** The collection a REST path names: /api/<collection>/... */
function collectionOf(url: URL, config: SanitizedConfig): string | undefined {
  const base = config.routes.api.replace(/\/$/, '')
  if (!url.pathname.startsWith(`${base}/`)) return undefined
  return url.pathname.slice(base.length + 1).split('/')[0]
}

/**
 * The query a request carries: its URL's, or, for Payload's "GET sent as a
 * POST" (X-HTTP-Method-Override), the form body Payload reads as one.
 */
async function queryOf(request: Request): Promise<URLSearchParams> {
  const url = new URL(request.url)
  const override =
    request.headers.get('x-payload-http-method-override') ?? request.headers.get('x-http-method-override')
  if (
    request.method === 'POST' &&
    override?.toUpperCase() === 'GET' &&
    request.headers.get('content-type') === 'application/x-www-form-urlencoded'
  ) {
    return new URLSearchParams(`${url.search.slice(1)}&${await request.clone().text()}`)
  }
  return url.searchParams
}

/** Wraps each of Payload's REST handlers; all handlers of one guard share its sign-in counts. */
export function restGuard(config: SanitizedConfig | Promise<SanitizedConfig>, rateLimits: RateLimitStore) {
  const ready = (async () => {
    const resolved: SanitizedConfig = await config
    return { resolved, throttle: loginThrottle(resolved, rateLimits) }
  })()
  return <Rest extends unknown[]>(handler: (request: Request, ...rest: Rest) => Promise<Response>) =>
    async (request: Request, ...rest: Rest): Promise<Response> => {
      const { resolved, throttle } = await ready
      const problems = checkQueryParams(await queryOf(request), resolved, collectionOf(new URL(request.url), resolved))
      if (problems.length) return refusal(400, problems)
      if (throttle.isLogin(request)) return throttle.handle(request, (inner) => handler(inner, ...rest))
      return handler(request, ...rest)
    }
}
