/**
 * The Redis the store tests use: REDIS_URL, else the machine's server on
 * 127.0.0.1:6379 (CI has one too). Suites ask whether it answers and skip
 * their Redis part with a visible notice when it does not.
 */
import { Redis } from 'ioredis'

export const TEST_REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379'

export async function redisAnswers(url = TEST_REDIS_URL): Promise<boolean> {
  const probe = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 1_000,
    retryStrategy: () => null,
  })
  probe.on('error', () => {})
  try {
    await probe.connect()
    return (await probe.ping()) === 'PONG'
  } catch {
    return false
  } finally {
    probe.disconnect()
  }
}
