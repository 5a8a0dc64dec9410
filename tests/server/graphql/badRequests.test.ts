/**
 * Every kind of client mistake the hub can meet, from the outside, in one
 * table: each is answered with a 4xx (or 503 for a busy database) in the
 * GraphQL error shape with a typed code, in development and production
 * alike, with no internal text, and none is reported as an unexpected error.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startHub, type RunningHub } from '../../../server/app.ts'
import { hubVersion } from '../../../server/config/hubVersion.ts'
import { limits } from '../../../server/config/limits.ts'
import { isDatabaseTimeout } from '../../../server/errors/databaseTimeout.ts'
import { startStack, type TestStack } from '../../support/stack.ts'

let stack: TestStack
const hubs: Record<'development' | 'production', RunningHub> = {} as never
const unexpected: unknown[] = []

beforeAll(async () => {
  stack = await startStack('bad_requests')
  const services = { db: stack.database.db, payload: stack.cms.payload, hubVersion }
  const log = (error: unknown) => unexpected.push(error)
  hubs.development = await startHub(services, { port: 0, host: '127.0.0.1', log })
  hubs.production = await startHub(services, { port: 0, host: '127.0.0.1', production: true, log })
})

afterAll(async () => {
  await hubs.development?.stop()
  await hubs.production?.stop()
  await stack.stop()
})

const JSON_TYPE = { 'content-type': 'application/json' }
const PREFLIGHT = { 'apollo-require-preflight': 'true' }
const post = (body: unknown, headers: Record<string, string> = JSON_TYPE) => ({
  method: 'POST',
  headers,
  body: typeof body === 'string' ? body : JSON.stringify(body),
})
const get = (query: string) => ({ method: 'GET', headers: PREFLIGHT, search: `?query=${encodeURIComponent(query)}` })
const HEALTH = '{ health { status } }'

interface Case {
  name: string
  request: { method: string; headers?: Record<string, string>; body?: string; search?: string; path?: string }
  status: number
  code: string
  message: RegExp
}

const CASES: Case[] = [
  {
    name: 'a syntax error (a brace missing)',
    request: post({ query: '{ streets { name } ' }),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: /^Syntax Error: Expected Name, found <EOF>/,
  },
  {
    name: 'more tokens than the limit',
    request: post({ query: `{ health { ${'status '.repeat(limits.graphql.maxTokens)}} }` }),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: new RegExp(`more that ${limits.graphql.maxTokens} tokens`),
  },
  {
    name: 'more aliases than the limit',
    request: post({
      query: `{ ${Array.from({ length: limits.graphql.maxAliases + 1 }, (_, index) => `a${index}: health { status }`).join(' ')} }`,
    }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /Aliases limit/,
  },
  {
    name: 'more directives than the limit',
    request: post({ query: `{ health { status ${'@include(if: true) '.repeat(limits.graphql.maxDirectives + 1)}} }` }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /Directives limit/,
  },
  {
    name: 'a NUL character in a POSTed query',
    request: post({ query: `${HEALTH}\u0000` }),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: /Unexpected character: U\+0000/,
  },
  {
    name: 'a NUL character in a GET query',
    request: get(`${HEALTH}\u0000`),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: /Unexpected character: U\+0000/,
  },
  {
    name: 'operationName "__proto__"',
    request: post({ query: HEALTH, operationName: '__proto__' }),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
    message: /Unknown operation named "__proto__"/,
  },
  {
    name: 'operationName "constructor"',
    request: post({ query: `query A ${HEALTH}`, operationName: 'constructor' }),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
    message: /Unknown operation named "constructor"/,
  },
  {
    name: 'operationName that is not a string',
    request: post({ query: HEALTH, operationName: { a: 1 } }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /operationName/,
  },
  {
    name: 'malformed JSON',
    request: post('{"query": '),
    status: 400,
    code: 'BAD_REQUEST',
    message: /^请求体不是有效的 JSON 对象。The request body is not a valid JSON object\.$/,
  },
  {
    name: 'a JSON body that is not an object',
    request: post('"{ health { status } }"'),
    status: 400,
    code: 'BAD_REQUEST',
    message: /not a valid JSON object/,
  },
  {
    name: 'a batch (batching is off)',
    request: post([{ query: HEALTH }]),
    status: 400,
    code: 'BAD_REQUEST',
    message: /batching/,
  },
  {
    name: 'a query that is not a string',
    request: post({ query: 5 }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /must be strings/,
  },
  {
    name: 'variables as a string',
    request: post({ query: HEALTH, variables: '{}' }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /variables/,
  },
  {
    name: 'a body over the limit',
    request: post({ query: HEALTH, padding: 'x'.repeat(limits.http.maxBodyBytes) }),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: /^请求体过大。The request body is too large\.$/,
  },
  {
    name: 'a body in another charset',
    request: post('{}', { 'content-type': 'application/json; charset=latin-9' }),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: /UTF-8/,
  },
  {
    name: 'a body claimed gzipped that is not',
    request: post('{}', { ...JSON_TYPE, 'content-encoding': 'gzip' }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /could not be read/,
  },
  {
    name: 'a persisted-query hash that does not match the query',
    request: post({ query: HEALTH, extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /sha does not match/,
  },
  {
    name: 'a persisted-query hash sent as an object, with a query',
    request: post({ query: HEALTH, extensions: { persistedQuery: { version: 1, sha256Hash: { $ne: null } } } }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /sha does not match/,
  },
  {
    name: 'a persisted-query hash sent as an object, alone',
    request: post({ extensions: { persistedQuery: { version: 1, sha256Hash: { $ne: null } } } }),
    status: 200,
    code: 'PERSISTED_QUERY_NOT_FOUND',
    message: /PersistedQueryNotFound/,
  },
  {
    name: 'an unknown persisted-query version',
    request: post({ query: HEALTH, extensions: { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } } }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /persisted query version/,
  },
  {
    name: 'a mutation over GET',
    request: get('mutation { pushVenues(source: "x", records: []) { created } }'),
    status: 405,
    code: 'BAD_REQUEST',
    message: /GET requests only support query/,
  },
  {
    name: 'a GET without a query',
    request: { method: 'GET', headers: PREFLIGHT },
    status: 400,
    code: 'BAD_REQUEST',
    message: /non-empty `query`/,
  },
  {
    name: 'wrong method (PUT)',
    request: { ...post({ query: HEALTH }), method: 'PUT' },
    status: 405,
    code: 'BAD_REQUEST',
    message: /only GET\/POST/,
  },
  {
    name: 'wrong content type (text/plain)',
    request: post(HEALTH, { 'content-type': 'text/plain' }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /CSRF/,
  },
  {
    name: 'a POST without a body',
    request: { method: 'POST', headers: JSON_TYPE },
    status: 400,
    code: 'BAD_REQUEST',
    message: /POST body missing/,
  },
  {
    name: 'an unknown route',
    request: { method: 'GET', path: '/nope' },
    status: 404,
    code: 'NOT_FOUND',
    message: /^这里没有内容，GraphQL 在 \/graphql。Nothing is served here; GraphQL is at \/graphql\.$/,
  },
  {
    name: 'an unknown route with a broken JSON body',
    request: { ...post('{'), path: '/api/anything' },
    status: 404,
    code: 'NOT_FOUND',
    message: /GraphQL is at \/graphql/,
  },
]

/** Text that would betray the server's insides. */
const INTERNAL =
  /TypeError|ReferenceError|Cannot read propert|node_modules|\bat [\w.<>]+ \(|body-parser|<!DOCTYPE|<html|Mongo/

async function send(hub: RunningHub, request: Case['request']) {
  const base = new URL(hub.url)
  const url = `${base.origin}${request.path ?? base.pathname}${request.search ?? ''}`
  const response = await fetch(url, { method: request.method, headers: request.headers, body: request.body })
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() }
}

describe.each(['development', 'production'] as const)('in %s', (mode) => {
  it.each(CASES.map((entry) => [entry.name, entry] as const))('%s', async (_name, entry) => {
    const before = unexpected.length
    const answer = await send(hubs[mode], entry.request)
    expect(answer.type).toMatch(/^application\/json/)
    const body = JSON.parse(answer.text) as { errors?: { message: string; extensions?: { code?: string } }[] }
    expect({ status: answer.status, code: body.errors?.[0]?.extensions?.code }).toEqual({
      status: entry.status,
      code: entry.code,
    })
    expect(body.errors?.[0]?.message).toMatch(entry.message)
    expect(answer.text).not.toMatch(INTERNAL)
    expect(unexpected.slice(before)).toEqual([])
  })
})

describe('a database time-out', () => {
  it('is TIMEOUT with 503 and Retry-After, counted as a warning rather than reported as unexpected', async () => {
    // The driver's own operation time-out, 1 ms: every database call of this hub runs out of time.
    const hurried = stack.database.client.db(stack.database.db.databaseName, { timeoutMS: 1 })
    const warnings: string[] = []
    const logged: unknown[] = []
    // On the database path, where public queries meet the database (the read model would answer from memory).
    const hub = await startHub(
      { db: hurried, payload: stack.cms.payload, hubVersion },
      {
        port: 0,
        host: '127.0.0.1',
        production: true,
        log: (error) => logged.push(error),
        warn: (message) => warnings.push(message),
        readModel: 'database',
      },
    )
    try {
      for (let attempt = 1; attempt <= 2; attempt++) {
        const response = await fetch(hub.url, post({ query: '{ institutions(first: 1) { totalCount } }' }))
        expect(response.status).toBe(503)
        expect(response.headers.get('retry-after')).toBe(String(limits.http.timeoutRetryAfterSeconds))
        const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] }
        expect(body.errors[0]).toMatchObject({
          message: '数据库繁忙，查询超时，请稍后再试。The database took too long to answer; try again shortly.',
          extensions: { code: 'TIMEOUT' },
        })
        expect(JSON.stringify(body)).not.toMatch(INTERNAL)
      }
      expect(logged).toEqual([])
      expect(warnings.length).toBeGreaterThanOrEqual(2)
      expect(warnings.at(-1)).toMatch(new RegExp(`^\\[hub\\] database time-out #${warnings.length}: `))
    } finally {
      await hub.stop()
    }
  })

  it("recognises the server's own refusal (maxTimeMS exceeded, code 50) as a time-out", async () => {
    const collection = stack.database.db.collection('timeout_probe')
    await collection.insertMany(
      Array.from({ length: 2_000 }, (_, index) => ({ name: `n${index}`, text: 'x'.repeat(500) })),
    )
    const failure = await collection
      .find({ name: { $regex: 'none' } }, { maxTimeMS: 1 })
      .toArray()
      .then(
        () => null,
        (error: unknown) => error,
      )
    await collection.drop()
    expect(failure).toMatchObject({ code: 50 })
    expect(isDatabaseTimeout(failure)).toBe(true)
  })
})
