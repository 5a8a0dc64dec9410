/**
 * Failed sign-ins are counted per client address and per email address; once
 * either count is full, sign-ins wait (429 with Retry-After) until its window
 * ends. Payload's own account lock never sees guesses spread over many
 * addresses or aimed at addresses with no account. Successful sign-ins are
 * not counted, and one clears its account's count.
 */
import type { SanitizedConfig } from 'payload'
import type { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible'
import { limits } from '../../server/config/limits.ts'
import type { RateLimitStore } from '../../server/http/rateLimitStore.ts'

/**
 * The client as the nearest proxy saw it: the last x-forwarded-for entry (a
 * proxy appends the address it was reached from; the plain HTTP server sets
 * it from the socket).
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers
    .get('x-forwarded-for')
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  return forwarded?.at(-1) ?? 'unknown'
}

/** The email a sign-in names, from a JSON body or the admin's form (`_payload`). */
async function emailOf(request: Request): Promise<string> {
  const type = request.headers.get('content-type') ?? ''
  try {
    let data: unknown
    if (type.startsWith('application/json')) data = await request.clone().json()
    else if (type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded')) {
      const form = await request.clone().formData()
      const payload = form.get('_payload')
      data = typeof payload === 'string' ? JSON.parse(payload) : Object.fromEntries(form)
    }
    const email = (data as { email?: unknown } | null)?.email
    return typeof email === 'string' ? email.trim().toLowerCase() : ''
  } catch {
    // A body Payload itself will refuse; it is still counted against the address.
    return ''
  }
}

async function secondsToWait(limiter: RateLimiterAbstract, key: string): Promise<number> {
  const state: RateLimiterRes | null = await limiter.get(key)
  return state && state.consumedPoints >= limiter.points ? Math.max(1, Math.ceil(state.msBeforeNext / 1000)) : 0
}

const count = (limiter: RateLimiterAbstract, key: string) =>
  limiter.consume(key).catch((refusal: unknown) => {
    // Over the limit already (the library refuses with its state, not an Error): the next
    // sign-in is refused by secondsToWait. A store that failed is an error, never a pass.
    if (refusal instanceof Error) throw refusal
  })

export type Handler = (request: Request) => Promise<Response>

export function loginThrottle(config: SanitizedConfig, store: RateLimitStore) {
  const window = limits.auth.failedLoginWindowSeconds
  const byAddress = store.limiter({
    keyPrefix: 'login-fail-address',
    points: limits.auth.failedLoginsPerAddress,
    windowSeconds: window,
  })
  const byAccount = store.limiter({
    keyPrefix: 'login-fail-account',
    points: limits.auth.failedLoginsPerAccount,
    windowSeconds: window,
  })
  const api = config.routes.api.replace(/\/$/, '')
  const loginPaths = new Set(
    config.collections.filter((collection) => collection.auth).map((collection) => `${api}/${collection.slug}/login`),
  )

  return {
    isLogin: (request: Request) =>
      request.method === 'POST' && loginPaths.has(new URL(request.url).pathname.replace(/\/$/, '')),

    async handle(request: Request, next: Handler): Promise<Response> {
      const address = `${clientAddress(request.headers)}`
      const email = await emailOf(request)
      const wait = Math.max(await secondsToWait(byAddress, address), email ? await secondsToWait(byAccount, email) : 0)
      if (wait > 0) {
        const message = `登录失败次数过多，请 ${Math.ceil(wait / 60)} 分钟后再试。Too many failed sign-ins; try again in ${Math.ceil(wait / 60)} minutes.`
        return Response.json(
          { errors: [{ name: 'TooManyRequests', message }] },
          { status: 429, headers: { 'retry-after': String(wait) } },
        )
      }
      const response = await next(request)
      if (response.status === 401) {
        await Promise.all([count(byAddress, address), email ? count(byAccount, email) : undefined])
      } else if (response.ok && email) {
        await byAccount.delete(email).catch(() => false)
      }
      return response
    },
  }
}
