/**
 * One try of one delivery: a signed JSON POST to the subscriber, bounded in
 * time, through the SSRF guard, never following redirects. It never throws:
 * it says whether the receiver took it, and if not whether trying again may
 * help (5xx, 408, 429, a time-out, a refused or dropped connection) or not
 * (any other answer, a refused address).
 */
import http from 'node:http'
import https from 'node:https'
import { limits } from '../../config/limits.ts'
import { guardedLookup, parseDeliveryUrl, RefusedAddressError, resolveAllowed } from './addressGuard.ts'
import { SIGNATURE_HEADERS, signBody } from './signature.ts'

export interface DeliveryRequest {
  url: string
  secret: string
  eventId: string
  body: string
  timeoutMs: number
  allowPrivate: boolean
}

export type DeliveryOutcome =
  { ok: true; status: number } | { ok: false; retriable: boolean; status?: number; error: string }

const RETRIABLE_STATUSES = new Set([408, 425, 429])

export async function sendDelivery(request: DeliveryRequest): Promise<DeliveryOutcome> {
  let url: URL
  try {
    url = parseDeliveryUrl(request.url)
    // A literal address never reaches the lookup below: check it here.
    await resolveAllowed(url.hostname, request.allowPrivate)
  } catch (error) {
    return {
      ok: false,
      retriable: !(error instanceof RefusedAddressError) || error.transient,
      error: (error as Error).message,
    }
  }
  const timestamp = Math.floor(Date.now() / 1000)
  const client = url.protocol === 'https:' ? https : http
  return new Promise((resolve) => {
    let settled = false
    const finish = (outcome: DeliveryOutcome) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve(outcome)
    }
    const outgoing = client.request(
      url,
      {
        method: 'POST',
        lookup: guardedLookup(request.allowPrivate),
        agent: false,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(request.body),
          'user-agent': 'CanalLearningHub-Webhooks/1',
          'idempotency-key': request.eventId,
          [SIGNATURE_HEADERS.id]: request.eventId,
          [SIGNATURE_HEADERS.timestamp]: String(timestamp),
          [SIGNATURE_HEADERS.signature]: signBody(request.secret, timestamp, request.body),
        },
      },
      (response) => {
        const status = response.statusCode ?? 0
        const chunks: Buffer[] = []
        let kept = 0
        response.on('data', (chunk: Buffer) => {
          if (kept < limits.webhooks.maxResponseBytes)
            chunks.push(chunk.subarray(0, limits.webhooks.maxResponseBytes - kept))
          kept += chunk.length
        })
        response.on('error', (error) =>
          finish({ ok: false, retriable: true, status, error: `answer broke off: ${error.message}` }),
        )
        response.on('end', () => {
          if (status >= 200 && status < 300) return finish({ ok: true, status })
          const text = Buffer.concat(chunks).toString('utf8').slice(0, 300)
          finish({
            ok: false,
            retriable: status >= 500 || RETRIABLE_STATUSES.has(status),
            status,
            error: `HTTP ${status}${text ? `: ${text}` : ''}`,
          })
        })
      },
    )
    const timer = setTimeout(() => {
      finish({ ok: false, retriable: true, error: `no answer within ${request.timeoutMs} ms` })
      outgoing.destroy()
    }, request.timeoutMs)
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      const refused = error instanceof RefusedAddressError && !error.transient
      finish({ ok: false, retriable: !refused, error: error.code ? `${error.code}: ${error.message}` : error.message })
    })
    outgoing.end(request.body)
  })
}
