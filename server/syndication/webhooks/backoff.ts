/**
 * When to try a failed delivery again: exponential backoff with jitter, so a
 * receiver that is down is asked less and less often, and many subscribers
 * that failed together do not come back all at once.
 */
import { limits } from '../../config/limits.ts'

/** Delay before try number `failures + 1`, after `failures` failed tries (1 or more). */
export function retryDelayMs(failures: number, base: number, max: number, random: () => number = Math.random): number {
  const exponential = Math.min(max, base * 2 ** Math.max(0, failures - 1))
  const jitter = limits.webhooks.retryJitter
  return Math.min(max, Math.max(0, Math.round(exponential * (1 - jitter + 2 * jitter * random()))))
}
