/**
 * Where rate-limit counters live: in this process's memory by default, in
 * Redis when REDIS_URL is set, so several processes (the admin app, hub
 * replicas) count together. Every rate limit takes its limiter from here.
 * A Redis that stops answering does not turn limits off or requests away:
 * each Redis limiter falls back to counting in memory until it is back.
 */
import { Redis } from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible'

export interface LimiterOptions {
  /** Names the counter, e.g. `login-fail-address`. */
  keyPrefix: string
  /** Events allowed within the window. */
  points: number
  windowSeconds: number
}

export interface RateLimitStore {
  readonly kind: 'memory' | 'redis'
  limiter(options: LimiterOptions): RateLimiterAbstract
  close(): Promise<void>
}

function memoryLimiter(namespace: string, options: LimiterOptions): RateLimiterMemory {
  return new RateLimiterMemory({
    keyPrefix: `${namespace}:${options.keyPrefix}`,
    points: options.points,
    duration: options.windowSeconds,
  })
}

/**
 * Redis when a URL is given (a server passes REDIS_URL), memory otherwise.
 * `namespace` starts every key, so the hub's counters are told apart from
 * anything else in a shared Redis (tests give each run its own).
 */
export function createRateLimitStore(
  redisUrl: string | undefined,
  { namespace = 'canal-hub' }: { namespace?: string } = {},
): RateLimitStore {
  if (!redisUrl)
    return { kind: 'memory', limiter: (options) => memoryLimiter(namespace, options), close: async () => {} }
  // One attempt per command and no queue while disconnected: a dead Redis answers at once and the memory fallback counts.
  const client = new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false })
  client.on('error', () => {
    // Reported through the limiters' fallback; ioredis reconnects by itself.
  })
  return {
    kind: 'redis',
    limiter: (options) =>
      new RateLimiterRedis({
        storeClient: client,
        keyPrefix: `${namespace}:${options.keyPrefix}`,
        points: options.points,
        duration: options.windowSeconds,
        rejectIfRedisNotReady: true,
        insuranceLimiter: memoryLimiter(namespace, options),
      }),
    close: async () => {
      await client.quit().catch(() => client.disconnect())
    },
  }
}
