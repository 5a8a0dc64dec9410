/**
 * /healthz and /readyz for the roles that are not the graph (admin, jobs):
 * the same answers as the graph's (server/health/probes.ts) on a plain Node
 * server. Ready means the database answers a ping, whatever the role needs
 * warm is warm, and the process is not draining.
 */
import type http from 'node:http'
import type { Db } from 'mongodb'

export interface RoleReadiness {
  db: Db
  /** Throws (with a reason) while the role is not ready, e.g. the jobs runner has not finished a round. */
  check?: () => void
  draining: () => boolean
}

function answer(response: http.ServerResponse, status: number, body: unknown): void {
  response.statusCode = status
  response.setHeader('content-type', 'application/json; charset=utf-8')
  if (status === 503) response.setHeader('retry-after', '1')
  response.end(JSON.stringify(body))
}

/** Answers the probe and returns true, or returns false for any other path. */
export function roleProbes(
  role: string,
  readiness: RoleReadiness,
): (request: http.IncomingMessage, response: http.ServerResponse) => boolean {
  return (request, response) => {
    const path = (request.url ?? '').split('?')[0]
    if (request.method !== 'GET' && request.method !== 'HEAD') return false
    if (path === '/healthz') {
      answer(response, 200, { status: 'ok', role })
      return true
    }
    if (path !== '/readyz') return false
    if (readiness.draining()) {
      answer(response, 503, { status: 'unavailable', role, reason: 'draining' })
      return true
    }
    readiness.db
      .command({ ping: 1 })
      .then(() => {
        readiness.check?.()
        answer(response, 200, { status: 'ready', role })
      })
      .catch((error: unknown) =>
        answer(response, 503, {
          status: 'unavailable',
          role,
          reason: error instanceof Error ? error.message : String(error),
        }),
      )
    return true
  }
}
