/**
 * The signature scheme every delivery carries, and its check on the
 * receiver's side (the README shows the same check in five lines). The
 * signed text is `<timestamp>.<body>`: the timestamp is signed too, so an old
 * delivery replayed later cannot be made to look new.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

export const SIGNATURE_HEADERS = {
  /** The event id: the same on every retry and redelivery of one event (the idempotency key). */
  id: 'x-canal-webhook-id',
  /** Seconds since 1970 when this try was sent. */
  timestamp: 'x-canal-webhook-timestamp',
  /** `v1=<hex HMAC-SHA256 of "<timestamp>.<body>" with the subscriber's secret>`. */
  signature: 'x-canal-webhook-signature',
} as const

/** How old a delivery a receiver should still accept: five minutes. */
export const REPLAY_WINDOW_SECONDS = 300

export function signBody(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`
}

export type Verdict = 'valid' | 'bad-signature' | 'too-old'

/** What a receiver does with a delivery: checks the signature and refuses replays older than five minutes. */
export function verifyDelivery(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  rawBody: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): Verdict {
  const timestamp = Number(headers[SIGNATURE_HEADERS.timestamp])
  const given = Buffer.from(String(headers[SIGNATURE_HEADERS.signature] ?? ''))
  const expected = Buffer.from(signBody(secret, timestamp, rawBody))
  if (!Number.isFinite(timestamp) || given.length !== expected.length || !timingSafeEqual(given, expected))
    return 'bad-signature'
  return Math.abs(nowSeconds - timestamp) > REPLAY_WINDOW_SECONDS ? 'too-old' : 'valid'
}
