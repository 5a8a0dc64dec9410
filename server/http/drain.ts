/**
 * Graceful shutdown for any of the hub's HTTP servers (graph, admin, jobs
 * probes): once draining, requests already taken run to their end, new ones
 * get 503 with `connection: close` (so a load balancer that has not yet seen
 * /readyz fail retries elsewhere), and the server closes when the last
 * in-flight request has finished or the drain time-out has passed.
 */
import type http from 'node:http'
import { errorBody } from './requestErrors.ts'

export interface Drainer {
  readonly draining: boolean
  /** Answers 503 and returns true while draining; call for every request but the probes, which say so themselves. */
  refuse(request: http.IncomingMessage, response: http.ServerResponse): boolean
  /** Stops taking requests, waits for those in flight (at most timeoutMs), closes the server. */
  drain(timeoutMs: number): Promise<void>
}

export function drainer(server: http.Server): Drainer {
  let draining = false
  let inFlight = 0
  let idle: (() => void) | undefined
  server.on('request', (_request: http.IncomingMessage, response: http.ServerResponse) => {
    if (draining) return
    inFlight += 1
    response.once('close', () => {
      inFlight -= 1
      if (inFlight === 0) idle?.()
    })
  })
  return {
    get draining() {
      return draining
    },
    refuse(_request, response) {
      if (!draining) return false
      response.statusCode = 503
      response.setHeader('connection', 'close')
      response.setHeader('retry-after', '1')
      response.setHeader('content-type', 'application/json; charset=utf-8')
      response.end(
        JSON.stringify(
          errorBody('SERVICE_UNAVAILABLE', '服务正在停止，请重试。This process is shutting down; try again.'),
        ),
      )
      return true
    },
    async drain(timeoutMs) {
      if (draining) return
      draining = true
      if (inFlight > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, timeoutMs)
          idle = () => {
            clearTimeout(timer)
            resolve()
          }
        })
      }
      await new Promise<void>((resolve) => {
        // Connections close once their last answer is written; one still open a moment later is cut (the process is going).
        const cut = setTimeout(() => server.closeAllConnections(), 1_000)
        server.close(() => {
          clearTimeout(cut)
          resolve()
        })
        server.closeIdleConnections()
      })
    },
  }
}
