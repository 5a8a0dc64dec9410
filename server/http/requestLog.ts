/**
 * One log line per graph request: request id (the client's or load
 * balancer's `x-request-id` when it is a sane token, else a new one, echoed
 * back), method, path, operation name, status, duration, database commands
 * sent by the hub's driver and the viewer's role. Never a header, a variable, a token, an email or the query text: an
 * operation name is all that identifies what was asked. Requests slower than
 * the setting are logged at warn, server faults at error.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'
import type { RequestHandler, Response } from 'express'
import type { Logger } from '../logging/logger.ts'

const SANE_ID = /^[\w.:-]{1,128}$/
const OPERATION = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/

/** What the GraphQL context found out about the request, for its log line. */
export interface RequestFacts {
  viewerRole?: string
  /** Database commands the hub's driver sent while answering (see countDatabaseCommand). */
  dbCommands: number
}

const current = new AsyncLocalStorage<RequestFacts>()

/**
 * Counts a driver command against the request it was sent for: the server
 * passes the hub's MongoClient `commandStarted` events here, which fire in
 * the async context of the code that sent the command.
 */
export function countDatabaseCommand(): void {
  const facts = current.getStore()
  if (facts) facts.dbCommands += 1
}

export function requestFacts(response: Response): RequestFacts {
  return ((response.locals as { facts?: RequestFacts }).facts ??= { dbCommands: 0 })
}

function operationName(body: unknown, query: unknown): string | undefined {
  const source = (typeof body === 'object' && body !== null ? body : query) as
    { operationName?: unknown; query?: unknown } | undefined
  if (typeof source?.operationName === 'string' && source.operationName.length <= 100) return source.operationName
  if (typeof source?.query === 'string') return OPERATION.exec(source.query)?.[1]
  return undefined
}

export function requestLog(logger: Logger, slowRequestMs: number): RequestHandler {
  return (request, response, next) => {
    const began = process.hrtime.bigint()
    const offered = request.headers['x-request-id']
    const requestId = typeof offered === 'string' && SANE_ID.test(offered) ? offered : randomUUID()
    response.setHeader('x-request-id', requestId)
    response.once('finish', () => {
      const durationMs = Math.round(Number(process.hrtime.bigint() - began) / 1e5) / 10
      const facts = requestFacts(response)
      const line = {
        requestId,
        method: request.method,
        path: request.originalUrl.split('?')[0]!.slice(0, 200),
        operationName: operationName(request.body, request.query),
        status: response.statusCode,
        durationMs,
        viewerRole: facts.viewerRole ?? 'anonymous',
        dbCommands: facts.dbCommands,
      }
      if (response.statusCode >= 500) logger.error(line, 'request failed')
      else if (durationMs > slowRequestMs) logger.warn(line, 'slow request')
      else logger.info(line, 'request')
    })
    current.run(requestFacts(response), next)
  }
}
