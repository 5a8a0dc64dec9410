/**
 * Payload's handlers (REST endpoints, GraphQL) on a plain Node HTTP server,
 * without the Next app: the test suites, the bench and the fuzzer serve the
 * CMS this way.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import { handleEndpoints, type SanitizedConfig } from 'payload'
import { createRateLimitStore, type RateLimitStore } from '../../server/http/rateLimitStore.ts'
import { restGuard } from './restGuard.ts'

export interface ServedPayload {
  /** e.g. http://127.0.0.1:PORT */
  origin: string
  close(): Promise<void>
}

/** Serves `handle` on a free loopback port. */
export async function servePayload(handle: (request: Request) => Promise<Response>): Promise<ServedPayload> {
  const server = http.createServer(
    getRequestListener((request, env) =>
      handle(toPlainRequest(request, 'incoming' in env ? env.incoming.socket.remoteAddress : undefined)),
    ),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/**
 * Payload's REST API behind the same guard as the admin app's /api route.
 * Sign-in failures are counted in memory unless a store is given (REDIS_URL
 * is not read here: a suite's server must not share counts with other runs).
 */
export function serveRest(
  config: Promise<SanitizedConfig>,
  options: { payloadInstanceCacheKey?: string; rateLimits?: RateLimitStore } = {},
): Promise<ServedPayload> {
  const guard = restGuard(config, options.rateLimits ?? createRateLimitStore(undefined))
  return servePayload(
    guard((request: Request) =>
      handleEndpoints({ config, request, payloadInstanceCacheKey: options.payloadInstanceCacheKey }),
    ),
  )
}

/**
 * Payload writes onto the request (req.json, req.data), so it gets a plain
 * Request rather than the adapter's lazy read-only one. This server faces its
 * clients directly, so the client's address is the socket's, whatever
 * x-forwarded-for the client sent.
 */
function toPlainRequest(request: Request, remoteAddress: string | undefined): Request {
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD'
  const headers = new Headers(request.headers)
  if (remoteAddress) headers.set('x-forwarded-for', remoteAddress)
  return new Request(request.url, {
    method: request.method,
    headers,
    body: hasBody ? request.body : undefined,
    // Node's fetch needs this to stream a request body.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit)
}
