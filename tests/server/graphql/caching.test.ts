/**
 * What a CDN may keep, and automatic persisted queries: a client sends the
 * hash of a documented operation and only sends the text when the hub asks.
 */
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { limits } from '../../../server/config/limits.ts'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { startStack, type TestStack } from '../../support/stack.ts'
import { signIn, type Credentials } from '../../support/users.ts'

let stack: TestStack
let editor: Credentials

beforeAll(async () => {
  stack = await startStack('caching')
  await seedRegistry(stack.database.db)
  editor = await signIn(stack.cms, 'editor')
})

afterAll(async () => {
  await stack.stop()
})

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(stack.hub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
  }
}

describe('cache-control', () => {
  it.each([
    ['an anonymous registry query', '{ streets { name } }', {}, `max-age=${limits.http.publicMaxAgeSeconds}, public`],
    [
      'an anonymous catalogue page',
      '{ courses(first: 1) { edges { node { id } } } }',
      {},
      `max-age=${limits.http.publicMaxAgeSeconds}, public`,
    ],
    [
      'an anonymous calendar with joins',
      '{ sessions(first: 1) { edges { node { id venue { name } series { id } } } } }',
      {},
      `max-age=${limits.http.publicMaxAgeSeconds}, public`,
    ],
    [
      'an anonymous search',
      '{ search(q: "运河") { __typename } }',
      {},
      `max-age=${limits.http.publicMaxAgeSeconds}, public`,
    ],
    ['health (live)', '{ health { status } }', {}, 'no-store'],
  ])('%s', async (_case, query, headers, expected) => {
    const response = await post({ query }, headers)
    expect(response.status).toBe(200)
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data).toBeTruthy()
    expect(response.cacheControl).toBe(expected)
  })

  it('makes an answer for a signed-in editor private', async () => {
    const response = await post({ query: '{ streets { name } }' }, { authorization: `JWT ${editor.token}` })
    expect(response.body.errors).toBeUndefined()
    expect(response.cacheControl).toBe(`max-age=${limits.http.publicMaxAgeSeconds}, private`)
  })

  it('never caches a mutation', async () => {
    const response = await post(
      { query: 'mutation { pushVenues(source: "cache-test", records: []) { created } }' },
      { authorization: `JWT ${editor.token}` },
    )
    expect(response.body.errors).toBeUndefined()
    expect(response.cacheControl).toBe('no-store')
  })
})

describe('automatic persisted queries', () => {
  const query = '{ streets { id name } }'
  const sha256Hash = createHash('sha256').update(query).digest('hex')
  const extensions = { persistedQuery: { version: 1, sha256Hash } }

  it('asks for the text of an unknown hash, then answers the hash alone', async () => {
    const unknown = await post({ extensions })
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND')

    const registered = await post({ query, extensions })
    expect(registered.status).toBe(200)
    expect((registered.body.data as { streets: unknown[] }).streets).toHaveLength(18)

    const byHash = await post({ extensions })
    expect(byHash.status).toBe(200)
    expect(byHash.body.data).toEqual(registered.body.data)
  })

  it('refuses a text that does not match its hash', async () => {
    const mismatch = await post({ query: '{ streets { name } }', extensions })
    expect(mismatch.status).toBe(400)
    expect(mismatch.body.data).toBeUndefined()
    expect(JSON.stringify(mismatch.body.errors)).toMatch(/does not match/)
  })
})
