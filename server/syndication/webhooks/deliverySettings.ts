/**
 * The delivery settings in force, read at each use: the limits from
 * server/config/limits.ts, which an administrator may override by
 * environment (tests shorten the retry delays so they need no long sleeps,
 * and allow receivers on 127.0.0.1).
 */
import { limits } from '../../config/limits.ts'

export interface DeliverySettings {
  /** WEBHOOKS_ALLOW_PRIVATE=1: deliver to private, loopback and link-local addresses too. */
  allowPrivateAddresses: boolean
  maxAttempts: number
  retryBaseMs: number
  retryMaxMs: number
  requestTimeoutMs: number
}

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number of 0 or more, not "${raw}".`)
  return value
}

export function deliverySettings(): DeliverySettings {
  const flag = process.env.WEBHOOKS_ALLOW_PRIVATE ?? ''
  return {
    allowPrivateAddresses: flag === '1' || flag.toLowerCase() === 'true',
    maxAttempts: Math.max(1, Math.floor(positiveNumber('WEBHOOKS_MAX_ATTEMPTS', limits.webhooks.maxAttempts))),
    retryBaseMs: positiveNumber('WEBHOOKS_RETRY_BASE_MS', limits.webhooks.retryBaseMs),
    retryMaxMs: positiveNumber('WEBHOOKS_RETRY_MAX_MS', limits.webhooks.retryMaxMs),
    requestTimeoutMs: positiveNumber('WEBHOOKS_TIMEOUT_MS', limits.webhooks.requestTimeoutMs),
  }
}
