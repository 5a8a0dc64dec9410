/**
 * A real webhook receiver on 127.0.0.1 for tests and the benchmark: it
 * records every request (headers and the raw body, as a platform would see
 * them) and answers each with the status its script gives, e.g. "500 twice,
 * then 200".
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Db } from 'mongodb'
import type { Payload } from 'payload'
import { subscriberStates } from '../../server/syndication/webhooks/subscriberState.ts'

export interface ReceivedDelivery {
  headers: http.IncomingHttpHeaders
  rawBody: string
  body: {
    id: string
    sequence: [number, number]
    kind: string
    entityId: string
    action: string
    version: number
    entity?: Record<string, unknown> | null
  }
  status: number
  at: number
}

export interface Receiver {
  url: string
  port: number
  received: ReceivedDelivery[]
  /** The accepted deliveries, first of each event id only (what a receiver keeps after dedupe by idempotency key). */
  deduped(): ReceivedDelivery[]
  close(): Promise<void>
}

/** `answer(n)` is the status for the n-th request (0-based); 0 never answers (a receiver that hangs). */
export async function startReceiver(answer: (n: number) => number = () => 200, port = 0): Promise<Receiver> {
  const received: ReceivedDelivery[] = []
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8')
      const status = answer(received.length)
      received.push({ headers: request.headers, rawBody, body: JSON.parse(rawBody), status, at: Date.now() })
      if (status === 0) return
      response.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'try later')
    })
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const bound = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${bound}/hooks`,
    port: bound,
    received,
    deduped: () => {
      const seen = new Set<string>()
      return received.filter(
        (delivery) => delivery.status < 300 && !seen.has(delivery.body.id) && seen.add(delivery.body.id),
      )
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** A port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = http.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

export async function eventually<T>(
  probe: () => T | Promise<T>,
  done: (value: T) => boolean,
  seconds = 40,
): Promise<T> {
  const deadline = Date.now() + seconds * 1000
  for (;;) {
    const value = await probe()
    if (done(value) || Date.now() > deadline) return value
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * Switches every subscriber off and waits for the delivery jobs in flight to
 * let go, so a suite stops its CMS without jobs still writing to it.
 */
export async function quietWebhooks(payload: Payload, db: Db): Promise<void> {
  await payload.update({
    collection: 'webhook-subscribers',
    where: { active: { equals: true } },
    data: { active: false },
    overrideAccess: true,
    context: { withoutDeliveryStatus: true },
  })
  await eventually(
    () => subscriberStates(db).countDocuments({ leaseToken: { $ne: null } }),
    (held) => held === 0,
    15,
  )
  // A dispatcher tick already under way may still queue one job; it finds nothing to do.
  await new Promise((resolve) => setTimeout(resolve, 1_200))
}
