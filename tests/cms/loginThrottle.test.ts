/**
 * Failed sign-ins are throttled per client address and per email address,
 * with both stores: in memory (the default) and Redis (when REDIS_URL is
 * set; here the server on 127.0.0.1:6379, skipped with a notice when none
 * answers). Successful sign-ins never count, so suites that sign in often are
 * never slowed.
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Redis } from 'ioredis'
import { handleEndpoints } from 'payload'
import { restGuard } from '../../cms/http/restGuard.ts'
import { limits } from '../../server/config/limits.ts'
import { createRateLimitStore, type RateLimitStore } from '../../server/http/rateLimitStore.ts'
import { freshDatabase } from '../support/database.ts'
import { rest, startCms, type TestCms } from '../support/cms.ts'
import { redisAnswers, TEST_REDIS_URL } from '../support/redis.ts'

const REDIS_URL = TEST_REDIS_URL

const redisUp = await redisAnswers()

const PASSWORD = 'correct horse battery'
const perAddress = limits.auth.failedLoginsPerAddress
const perAccount = limits.auth.failedLoginsPerAccount

function throttleSuite(kind: 'memory' | 'redis') {
  let database: Awaited<ReturnType<typeof freshDatabase>>
  let cms: TestCms
  let store: RateLimitStore
  const namespace = `canal-hub-test-${randomBytes(4).toString('hex')}`

  beforeAll(async () => {
    database = await freshDatabase(`login_throttle_${kind}`)
    store = createRateLimitStore(kind === 'redis' ? REDIS_URL : undefined, { namespace })
    expect(store.kind).toBe(kind)
    cms = await startCms(database, { rateLimits: store })
    await cms.payload.create({
      collection: 'users',
      data: { email: `editor-${kind}@example.org`, password: PASSWORD, role: 'editor' },
      overrideAccess: true,
    })
  })

  afterAll(async () => {
    await cms.stop()
    await database.dropAndClose()
    if (kind === 'redis') {
      const client = new Redis(REDIS_URL)
      const keys = await client.keys(`${namespace}:*`)
      if (keys.length) await client.del(...keys)
      await client.quit()
    }
    await store.close()
  })

  const login = (email: string, password: string) =>
    rest<{ token?: string; errors?: { message: string }[] }>(cms, 'POST', '/users/login', { body: { email, password } })

  it('lets any number of successful sign-ins through, and a success does not reset the address count', async () => {
    for (let attempt = 1; attempt <= 3; attempt++)
      expect((await login(`nobody-${attempt}@example.org`, 'guess')).status).toBe(401)
    for (let attempt = 1; attempt <= perAddress + 2; attempt++)
      expect((await login(`editor-${kind}@example.org`, PASSWORD)).status).toBe(200)
  })

  it(`answers 429 with Retry-After once one client has failed ${perAddress} times against different emails`, async () => {
    const statuses: number[] = []
    let refused: Awaited<ReturnType<typeof login>> | undefined
    let retryAfter: string | null = null
    for (let attempt = 4; attempt <= 30; attempt++) {
      const response = await fetch(`${cms.apiUrl}/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `nobody-${attempt}@example.org`, password: 'guess' }),
      })
      statuses.push(response.status)
      if (response.status === 429 && !refused) {
        retryAfter = response.headers.get('retry-after')
        refused = { status: 429, body: (await response.json()) as { errors?: { message: string }[] } }
      } else await response.text()
    }
    // Three failures came before this test; the rest of the allowance is 401s, then every attempt waits.
    expect(statuses).toEqual([...Array<number>(perAddress - 3).fill(401), ...Array<number>(30 - perAddress).fill(429)])
    expect(Number(retryAfter)).toBeGreaterThan(0)
    expect(Number(retryAfter)).toBeLessThanOrEqual(limits.auth.failedLoginWindowSeconds)
    expect(refused?.body.errors?.[0]?.message).toMatch(
      /^登录失败次数过多，请 \d+ 分钟后再试。Too many failed sign-ins; try again in \d+ minutes\.$/,
    )
    // The right password from the same client waits too: the client is throttled, not the guess.
    expect((await login(`editor-${kind}@example.org`, PASSWORD)).status).toBe(429)
  })

  it(`throttles one email after ${perAccount} failures from different addresses`, async () => {
    // Behind a proxy each client has its own address: the guard is called as the admin app's route calls it.
    const guarded = restGuard(
      cms.payload.config,
      store,
    )((request: Request) =>
      handleEndpoints({ config: cms.payload.config, request, payloadInstanceCacheKey: cms.instanceKey }),
    )
    const attempt = (address: string) =>
      guarded(
        new Request(`${cms.apiUrl}/users/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.7, ${address}` },
          body: JSON.stringify({ email: 'No-Such-Account@example.org ', password: 'guess' }),
        }),
      )
    const statuses: number[] = []
    for (let index = 1; index <= perAccount + 2; index++) statuses.push((await attempt(`198.51.100.${index}`)).status)
    expect(statuses).toEqual([...Array<number>(perAccount).fill(401), 429, 429])
    // Another email from a fresh address is not held up by that account's count.
    const other = await guarded(
      new Request(`${cms.apiUrl}/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.200' },
        body: JSON.stringify({ email: `editor-${kind}@example.org`, password: PASSWORD }),
      }),
    )
    expect(other.status).toBe(200)
  })
}

describe('with the in-memory store', () => throttleSuite('memory'))

if (redisUp) {
  describe('with the Redis store', () => throttleSuite('redis'))
} else {
  console.warn(`[tests] no Redis answers at ${REDIS_URL}: the Redis store's throttle tests are skipped.`)
  describe('with the Redis store', () => {
    it.skip(`needs a Redis at ${REDIS_URL}`, () => {})
  })
}
