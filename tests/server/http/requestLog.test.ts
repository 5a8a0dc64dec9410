/**
 * The graph's request log, read as an operator would read it: one JSON line
 * per request with the request id (the client's, or a new one sent back),
 * the operation name, status, duration and the viewer's role; no token,
 * email or query text; a request over the slow setting at warn.
 */
import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startHub, type RunningHub } from '../../../server/app.ts'
import { hubVersion } from '../../../server/config/hubVersion.ts'
import { countDatabaseCommand } from '../../../server/http/requestLog.ts'
import { createLogger } from '../../../server/logging/logger.ts'
import { startStack, type TestStack } from '../../support/stack.ts'
import { signIn } from '../../support/users.ts'

let stack: TestStack
let hub: RunningHub
let slowHub: RunningHub
let databaseHub: RunningHub
const lines: Record<string, unknown>[] = []

beforeAll(async () => {
  stack = await startStack('request_log')
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>)
      done()
    },
  })
  const logger = createLogger('graph', 'info', sink)
  const services = { db: stack.database.db, payload: stack.cms.payload, hubVersion }
  hub = await startHub(services, { port: 0, host: '127.0.0.1', log: () => {}, logger })
  slowHub = await startHub(services, { port: 0, host: '127.0.0.1', log: () => {}, logger, slowRequestMs: 0 })
  databaseHub = await startHub(services, { port: 0, host: '127.0.0.1', log: () => {}, logger, readModel: 'database' })
  stack.database.client.on('commandStarted', countDatabaseCommand)
})

afterAll(async () => {
  await hub.stop()
  await slowHub.stop()
  await databaseHub.stop()
  await stack.stop()
})

const lineFor = async (requestId: string) => {
  for (let tries = 0; tries < 50 && !lines.some((line) => line.requestId === requestId); tries += 1)
    await new Promise((resolve) => setTimeout(resolve, 20))
  return lines.filter((line) => line.requestId === requestId)
}

describe('the request log', () => {
  it('logs a signed-in request once, with its id, operation, status, duration and role, and nothing secret', async () => {
    const token = (await signIn(stack.cms, 'editor')).token!
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, 'x-request-id': 'lb-req-42' },
      body: JSON.stringify({ query: 'query StreetNames { streets { name } }', variables: { password: 'not-logged' } }),
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-request-id')).toBe('lb-req-42')
    const logged = await lineFor('lb-req-42')
    expect(logged).toHaveLength(1)
    expect(logged[0]).toMatchObject({
      level: 30,
      msg: 'request',
      service: 'canal-hub',
      role: 'graph',
      method: 'POST',
      path: '/graphql',
      operationName: 'StreetNames',
      status: 200,
      viewerRole: 'editor',
    })
    expect(typeof logged[0]!.durationMs).toBe('number')
    // Answered from the in-memory read model: no database command.
    expect(logged[0]!.dbCommands).toBe(0)
    const text = JSON.stringify(logged[0])
    for (const secret of [token, 'not-logged', '@example.org', 'streets { name }']) expect(text).not.toContain(secret)
  })

  it('makes up a request id when none (or a strange one) is sent, and logs a client error with its status', async () => {
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'bad id {}' },
      body: '{"query": ',
    })
    expect(response.status).toBe(400)
    const id = response.headers.get('x-request-id')!
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(await lineFor(id)).toEqual([expect.objectContaining({ status: 400, viewerRole: 'anonymous', level: 30 })])
  })

  it('counts the database commands a request sent', async () => {
    const response = await fetch(databaseHub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'db-1' },
      body: JSON.stringify({ query: '{ streets { name } }' }),
    })
    expect(response.status).toBe(200)
    const [line] = await lineFor('db-1')
    expect(line!.dbCommands).toBeGreaterThanOrEqual(1)
  })

  it('logs a request over the slow setting at warn', async () => {
    const response = await fetch(slowHub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'slow-1' },
      body: JSON.stringify({ query: '{ health { status } }' }),
    })
    expect(response.status).toBe(200)
    expect(await lineFor('slow-1')).toEqual([expect.objectContaining({ level: 40, msg: 'slow request', status: 200 })])
  })
})
