/**
 * Payload's handlers (REST endpoints, GraphQL) on a plain Node HTTP server,
 * without the Next app: the test suites, the bench and the fuzzer serve the
 * CMS this way.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import { handleEndpoints, type SanitizedConfig } from 'payload'
import { guardRest } from './restGuard.ts'

export interface ServedPayload {
  /** e.g. http://127.0.0.1:PORT */
  origin: string
  close(): Promise<void>
}

/** Serves `handle` on a free loopback port. */
export async function servePayload(handle: (request: Request) => Promise<Response>): Promise<ServedPayload> {
  const server = http.createServer(getRequestListener((request) => handle(toPlainRequest(request))))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Payload's REST API behind the same guard as the admin app's /api route. */
export function serveRest(config: Promise<SanitizedConfig>, payloadInstanceCacheKey?: string): Promise<ServedPayload> {
  return servePayload(guardRest(config, (request: Request) => handleEndpoints({ config, request, payloadInstanceCacheKey })))
}

/** Payload writes onto the request (req.json, req.data), so it gets a plain Request rather than the adapter's lazy read-only one. */
function toPlainRequest(request: Request): Request {
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD'
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? request.body : undefined,
    // Node's fetch needs this to stream a request body.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit)
}
