/**
 * Requests per client to the graph, over HTTP on two hubs sharing one store
 * (two replicas): a client is its API key, else its address; past the limit
 * both replicas answer 429 in the GraphQL error shape with Retry-After, while
 * another client is still served. With the in-memory store (each replica on
 * its own store, as without REDIS_URL) and with Redis (shared); the Redis
 * part is skipped with a notice when no Redis answers on 127.0.0.1:6379.
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startHub, type RunningHub } from '../../../server/app.ts'
import { hubVersion } from '../../../server/config/hubVersion.ts'
import { createRateLimitStore, type RateLimitStore } from '../../../server/http/rateLimitStore.ts'
import { redisAnswers, TEST_REDIS_URL } from '../../support/redis.ts'
import { startStack, type TestStack } from '../../support/stack.ts'

const REDIS_URL = TEST_REDIS_URL
const POINTS = 5

const redisUp = await redisAnswers()

let stack: TestStack
beforeAll(async () => {
  stack = await startStack('graph_rate_limit')
})
afterAll(async () => {
  await stack.stop()
})

const HEALTH = JSON.stringify({ query: '{ health { status } }' })
async function ask(hub: RunningHub, headers: Record<string, string> = {}) {
  const response = await fetch(hub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: HEALTH,
  })
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] },
  }
}

function suite(kind: 'memory' | 'redis') {
  const stores: RateLimitStore[] = []
  const hubs: RunningHub[] = []
  beforeAll(async () => {
    const namespace = `test-${randomBytes(4).toString('hex')}`
    // Redis: one store per replica, counting together; memory: each replica counts alone.
    for (let index = 0; index < 2; index += 1)
      stores.push(createRateLimitStore(kind === 'redis' ? REDIS_URL : undefined, { namespace }))
    for (const store of stores) {
      hubs.push(
        await startHub(
          { db: stack.database.db, payload: stack.cms.payload, hubVersion },
          { port: 0, host: '127.0.0.1', log: () => {}, rateLimit: { store, points: POINTS, windowSeconds: 60 } },
        ),
      )
    }
  })
  afterAll(async () => {
    for (const hub of hubs) await hub.stop()
    for (const store of stores) await store.close()
  })

  it(`counts an address's requests${kind === 'redis' ? ' across both replicas' : ' per replica'} and answers 429 past the limit`, async () => {
    const [first, second] = hubs as [RunningHub, RunningHub]
    const statuses: number[] = []
    if (kind === 'redis') {
      for (let index = 0; index < POINTS; index += 1) statuses.push((await ask(index % 2 ? second : first)).status)
    } else {
      for (let index = 0; index < POINTS; index += 1) statuses.push((await ask(first)).status)
    }
    expect(statuses).toEqual(Array(POINTS).fill(200))
    const refused = await ask(first)
    expect(refused.status).toBe(429)
    expect(refused.body.errors?.[0]?.extensions.code).toBe('RATE_LIMITED')
    expect(Number(refused.retryAfter)).toBeGreaterThan(0)
    // In memory the other replica has counted nothing; in Redis it has counted the same.
    expect((await ask(second)).status).toBe(kind === 'redis' ? 429 : 200)
  })

  it('counts an API key as its own client, whatever address it comes from', async () => {
    const [first] = hubs as [RunningHub]
    const key = { authorization: `users API-Key ${randomBytes(8).toString('hex')}` }
    const statuses: number[] = []
    for (let index = 0; index <= POINTS; index += 1) statuses.push((await ask(first, key)).status)
    expect(statuses).toEqual([...Array(POINTS).fill(200), 429])
    // Another key from the same address is not held up.
    expect((await ask(first, { authorization: `users API-Key ${randomBytes(8).toString('hex')}` })).status).toBe(200)
  })
}

describe('with the in-memory store', () => suite('memory'))

if (redisUp) {
  describe('with the Redis store', () => suite('redis'))
} else {
  console.warn(`[tests] no Redis answers at ${REDIS_URL}: the graph's Redis rate-limit tests are skipped.`)
  describe('with the Redis store', () => {
    it.skip(`needs a Redis at ${REDIS_URL}`, () => {})
  })
}
