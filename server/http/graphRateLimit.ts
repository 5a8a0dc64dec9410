/**
 * Requests per client to the graph: a client is its API key when it sends
 * one (several machines of one partner count together; a key is never
 * stored, only a hash of it), else its address. Counts live in the shared
 * store (server/http/rateLimitStore.ts): Redis when REDIS_URL is set, so
 * every replica counts together; memory otherwise. Over the limit the
 * answer is 429 in the GraphQL error shape with Retry-After.
 */
import { createHash } from 'node:crypto'
import type { Request, RequestHandler } from 'express'
import { RateLimiterRes } from 'rate-limiter-flexible'
import type { RateLimitStore } from './rateLimitStore.ts'
import { errorBody } from './requestErrors.ts'

export interface GraphRateLimit {
  store: RateLimitStore
  points: number
  windowSeconds: number
}

const API_KEY = /^users API-Key (.+)$/i

/** The client a request counts against: `key:<hash>` or `ip:<address>`. */
export function clientOf(request: Request): string {
  const key = API_KEY.exec(request.headers.authorization ?? '')?.[1]
  if (key) return `key:${createHash('sha256').update(key.trim()).digest('hex').slice(0, 32)}`
  return `ip:${request.ip ?? request.socket.remoteAddress ?? 'unknown'}`
}

export function graphRateLimit(options: GraphRateLimit): RequestHandler {
  const limiter = options.store.limiter({
    keyPrefix: 'graph-requests',
    points: options.points,
    windowSeconds: options.windowSeconds,
  })
  return (request, response, next) => {
    limiter
      .consume(clientOf(request))
      .then((state) => {
        response.setHeader('ratelimit-limit', String(options.points))
        response.setHeader('ratelimit-remaining', String(state.remainingPoints))
        next()
      })
      .catch((refusal: unknown) => {
        if (!(refusal instanceof RateLimiterRes)) return next(refusal)
        const wait = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))
        response
          .status(429)
          .set({ 'retry-after': String(wait), 'ratelimit-limit': String(options.points), 'ratelimit-remaining': '0' })
          .json(
            errorBody(
              'RATE_LIMITED',
              `请求过于频繁，请 ${wait} 秒后再试。Too many requests from this client; try again in ${wait} s.`,
            ),
          )
      })
  }
}
