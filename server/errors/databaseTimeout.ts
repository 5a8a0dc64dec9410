/**
 * A query that ran past its time limit is the database being busy, not a bug:
 * the client is told to come back (TIMEOUT, HTTP 503 with Retry-After) and the
 * operators see a counted warning instead of an unexpected-error report.
 */
import type { ApolloServerPlugin } from '@apollo/server'
import { limits } from '../config/limits.ts'

export const TIMEOUT_CODE = 'TIMEOUT'

export const TIMEOUT_MESSAGE =
  '数据库繁忙，查询超时，请稍后再试。The database took too long to answer; try again shortly.'

/**
 * The server refused to run longer (MaxTimeMSExpired, code 50, from maxTimeMS)
 * or the driver gave up waiting (its own operation time-out).
 */
export function isDatabaseTimeout(error: unknown): boolean {
  const failure = error as { name?: unknown; code?: unknown; codeName?: unknown } | null
  if (!failure || typeof failure !== 'object') return false
  return failure.code === 50 || failure.codeName === 'MaxTimeMSExpired' || failure.name === 'MongoOperationTimeoutError'
}

/** Counts time-outs and reports each as a warning with the running count. */
export function timeoutWarnings(warn: (message: string) => void) {
  let count = 0
  return {
    record(error: unknown) {
      count++
      warn(`[hub] database time-out #${count}: ${error instanceof Error ? error.message : String(error)}`)
    },
    count: () => count,
  }
}

/** An answer carrying a TIMEOUT error goes out as 503 with Retry-After. */
export function timeoutStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const errors =
            response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors
          if (!errors?.some((error) => error.extensions?.code === TIMEOUT_CODE)) return
          response.http.status = 503
          response.http.headers.set('retry-after', String(limits.http.timeoutRetryAfterSeconds))
        },
      }
    },
  }
}
