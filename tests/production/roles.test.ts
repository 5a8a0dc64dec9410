/**
 * The compiled hub as `npm start` runs it (dist/, NODE_ENV=production), one
 * process per role on one database: it refuses an unsafe secret, each role
 * answers /healthz and /readyz, the graph answers a client's mistakes with a
 * 4xx in JSON, a SIGTERM drains (the request in flight is answered, a new one
 * gets 503, the process exits 0; with role all the graph and the admin drain
 * together), and two jobs processes run each scheduled
 * publish exactly once.
 */
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { limits } from '../../server/config/limits.ts'
import { JOB_CLAIMS } from '../../server/jobs/claimedJobs.ts'
import { ensureBuilt } from '../support/admin.ts'
import { rest, startCms, type TestCms } from '../support/cms.ts'
import { freshDatabase, type TestDatabase } from '../support/database.ts'
import { newDesk, type Desk } from '../support/editorial.ts'
import { ensureCompiled, startRefused, startRole, type StartedRole } from '../support/production.ts'

let database: TestDatabase & { dropAndClose(): Promise<void> }
let cms: TestCms
let graph: StartedRole
const started: StartedRole[] = []

beforeAll(async () => {
  await Promise.all([ensureCompiled(), ensureBuilt()])
  database = await freshDatabase('production_roles')
  cms = await startCms(database)
  graph = await startRole('graph', database.uri)
  started.push(graph)
}, 600_000)

afterAll(async () => {
  for (const role of started) await role.stop()
  await cms?.stop()
  await database?.dropAndClose()
})

const post = (url: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(url, { method: 'POST', headers, body })

describe('the secret', () => {
  it.each([
    ['missing', {}, /PAYLOAD_SECRET is not set/],
    ['a placeholder', { PAYLOAD_SECRET: 'change-me' }, /placeholder/],
    ['too short', { PAYLOAD_SECRET: 'short-secret' }, new RegExp(`shorter than ${limits.production.minSecretLength}`)],
  ])('refuses to start in production when it is %s', async (_what, env, message) => {
    const refused = await startRefused({
      MONGODB_URI: 'mongodb://127.0.0.1:1/never-reached',
      PAYLOAD_SECRET: '',
      ...env,
    })
    expect(refused.code).toBe(1)
    expect(refused.output).toMatch(message)
    expect(refused.output).not.toMatch(/graph ready/)
  })

  it('refuses an unknown role', async () => {
    const refused = await startRefused({ MONGODB_URI: 'mongodb://127.0.0.1:1/x', PAYLOAD_SECRET: 'x'.repeat(40) }, [
      '--role',
      'everything',
    ])
    expect(refused.code).toBe(1)
    expect(refused.output).toMatch(/must be one of graph, admin, jobs, all/)
  })
})

describe('the graph role', () => {
  it('is alive, ready, and serves the graph', async () => {
    expect(await (await fetch(`${graph.origin}/healthz`)).json()).toEqual({ status: 'ok' })
    const ready = await fetch(`${graph.origin}/readyz`)
    expect(ready.status).toBe(200)
    expect(await ready.json()).toMatchObject({ status: 'ready', reads: 'memory' })
    const answer = await post(graph.url, JSON.stringify({ query: '{ health { status } }' }))
    expect(answer.status).toBe(200)
    expect(await answer.json()).toEqual({ data: { health: { status: 'ok' } } })
  })

  it('has introspection off in production', async () => {
    const answer = await post(graph.url, JSON.stringify({ query: '{ __schema { queryType { name } } }' }))
    expect(answer.status).toBe(400)
    expect(JSON.stringify(await answer.json())).toMatch(/introspection/i)
  })

  const CLIENT_MISTAKES: [string, () => Promise<Response>, number, string][] = [
    [
      'a syntax error',
      () => post(graph.url, JSON.stringify({ query: '{ streets { name } ' })),
      400,
      'GRAPHQL_PARSE_FAILED',
    ],
    [
      'too many tokens',
      () => post(graph.url, JSON.stringify({ query: `{ health { ${'status '.repeat(limits.graphql.maxTokens)}} }` })),
      400,
      'GRAPHQL_PARSE_FAILED',
    ],
    [
      'too many aliases',
      () =>
        post(
          graph.url,
          JSON.stringify({
            query: `{ ${Array.from({ length: limits.graphql.maxAliases + 1 }, (_, i) => `a${i}: health { status }`).join(' ')} }`,
          }),
        ),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'too many directives',
      () =>
        post(
          graph.url,
          JSON.stringify({
            query: `{ health { status ${'@include(if: true) '.repeat(limits.graphql.maxDirectives + 1)}} }`,
          }),
        ),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'a body over the limit',
      () =>
        post(
          graph.url,
          JSON.stringify({ query: '{ health { status } }', padding: 'x'.repeat(limits.http.maxBodyBytes) }),
        ),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    ['malformed JSON', () => post(graph.url, '{"query": '), 400, 'BAD_REQUEST'],
    ['an unknown path', () => fetch(`${graph.origin}/nope`), 404, 'NOT_FOUND'],
  ]
  it.each(CLIENT_MISTAKES)('answers %s with a 4xx in JSON', async (_name, send, status, code) => {
    const answer = await send()
    expect(answer.status).toBe(status)
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/)
    const body = (await answer.json()) as { errors: { extensions: { code: string } }[] }
    expect(body.errors[0]?.extensions.code).toBe(code)
  })
})

/** Sends a POST whose body arrives in two parts, the second when `finish` is called: a request held in flight. */
function heldRequest(
  url: string,
  body: string,
): { sent: Promise<void>; finish(): void; answer: Promise<{ status: number; text: string }> } {
  const target = new URL(url)
  const request = http.request({
    host: target.hostname,
    port: target.port,
    path: target.pathname,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  })
  const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
    request.once('response', (response) => {
      let text = ''
      response.on('data', (chunk) => (text += chunk))
      response.once('end', () => resolve({ status: response.statusCode ?? 0, text }))
    })
    request.once('error', reject)
  })
  const half = Math.floor(body.length / 2)
  // Sent: the headers and the first half have left for the server, which counts a request in flight from its headers.
  const sent = new Promise<void>((resolve, reject) =>
    request.write(body.slice(0, half), (error) => (error ? reject(error) : resolve())),
  )
  return { sent, finish: () => request.end(body.slice(half)), answer }
}

describe('shutdown', () => {
  it('drains: the request in flight is answered, a new one gets 503, /readyz says so, and the process exits 0', async () => {
    const replica = await startRole('graph', database.uri)
    started.push(replica)
    const inFlight = heldRequest(replica.url, JSON.stringify({ query: '{ health { status } }' }))
    await inFlight.sent
    await new Promise((resolve) => setTimeout(resolve, 300))
    process.kill(replica.pid, 'SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 300))

    const refused = await post(replica.url, JSON.stringify({ query: '{ health { status } }' }))
    expect(refused.status).toBe(503)
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'SERVICE_UNAVAILABLE',
    )
    const readiness = await fetch(`${replica.origin}/readyz`)
    expect(readiness.status).toBe(503)
    expect(await readiness.json()).toMatchObject({ reason: 'draining' })

    inFlight.finish()
    const answered = await inFlight.answer
    expect(answered.status).toBe(200)
    expect(JSON.parse(answered.text)).toEqual({ data: { health: { status: 'ok' } } })
    expect(await replica.exited).toBe(0)
  })

  it('with role all, the graph and the admin drain at the same time, not one after the other', async () => {
    const all = await startRole('all', database.uri)
    started.push(all)
    const graphUrl = /graph ready at (http:\/\/[^\s"]+)/.exec(all.output())![1]!
    // A request held in flight on each keeps both draining.
    const signIn = heldRequest(
      `${all.origin}/api/users/login`,
      JSON.stringify({ email: 'nobody@canal-hub.test', password: 'not-a-password' }),
    )
    const query = heldRequest(graphUrl, JSON.stringify({ query: '{ health { status } }' }))
    await Promise.all([signIn.sent, query.sent])
    await new Promise((resolve) => setTimeout(resolve, 300))
    process.kill(all.pid, 'SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 300))

    // While the admin waits for its request, the graph already refuses new ones; drained in turn, it would still be serving.
    const refused = await post(graphUrl, JSON.stringify({ query: '{ health { status } }' }))
    expect(refused.status).toBe(503)
    signIn.finish()
    query.finish()
    expect((await signIn.answer).status).toBe(401)
    expect(JSON.parse((await query.answer).text)).toEqual({ data: { health: { status: 'ok' } } })
    expect(await all.exited).toBe(0)
  })
})

describe('two jobs processes', () => {
  let desk: Desk
  let reviewerId: string
  const jobsProcesses: StartedRole[] = []

  beforeAll(async () => {
    desk = await newDesk(cms)
    reviewerId = String(
      (await rest<{ user: { id: string } }>(cms, 'GET', '/users/me', { token: desk.reviewer })).body.user.id,
    )
  })

  async function approvedDraft(title: string): Promise<string> {
    const created = await rest<{ doc: { id: string } }>(cms, 'POST', '/courses?draft=true', {
      token: desk.author,
      body: { title, reviewAction: 'submit' },
    })
    expect(
      (
        await rest(cms, 'PATCH', `/courses/${created.body.doc.id}?draft=true`, {
          token: desk.reviewer,
          body: { reviewAction: 'approve' },
        })
      ).status,
    ).toBe(200)
    return created.body.doc.id
  }

  it('each answer /healthz and /readyz', async () => {
    for (let index = 0; index < 2; index += 1) {
      const jobs = await startRole('jobs', database.uri, { HUB_JOBS_INTERVAL_MS: '1000' })
      started.push(jobs)
      jobsProcesses.push(jobs)
    }
    for (const jobs of jobsProcesses) {
      expect(await (await fetch(`${jobs.url}/healthz`)).json()).toEqual({ status: 'ok', role: 'jobs' })
      // Ready once its first round of the queue has finished, as an orchestrator's probe would find it.
      let readiness: unknown
      for (
        const deadline = Date.now() + 15_000;
        Date.now() < deadline;
        await new Promise((resolve) => setTimeout(resolve, 200))
      ) {
        readiness = await (await fetch(`${jobs.url}/readyz`)).json()
        if ((readiness as { status: string }).status === 'ready') break
      }
      expect(readiness).toEqual({ status: 'ready', role: 'jobs' })
    }
  })

  it('run every scheduled publish exactly once', async () => {
    const ids: string[] = []
    for (let index = 0; index < 6; index += 1) ids.push(await approvedDraft(`定时发布（两个任务进程）${index}`))
    const due = new Date(Date.now() + 2_000)
    const jobs: { id: string | number }[] = []
    for (const id of ids) {
      jobs.push(
        await cms.payload.jobs.queue({
          task: 'schedulePublish',
          input: {
            type: 'publish',
            doc: { relationTo: 'courses', value: id },
            user: { relationTo: 'users', value: reviewerId },
          },
          waitUntil: due,
        }),
      )
    }
    // Payload deletes a job once it has succeeded.
    const remaining = async () =>
      (
        await cms.payload.find({
          collection: 'payload-jobs',
          where: { id: { in: jobs.map((job) => job.id) } },
          overrideAccess: true,
          pagination: false,
        })
      ).docs
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline && (await remaining()).length > 0)
      await new Promise((resolve) => setTimeout(resolve, 500))
    expect(await remaining()).toEqual([])
    // Two more looks of both processes: nothing runs again.
    await new Promise((resolve) => setTimeout(resolve, 2_500))
    for (const id of ids) {
      const published = await cms.payload.findVersions({
        collection: 'courses',
        where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
        overrideAccess: true,
        depth: 0,
      })
      expect(published.totalDocs).toBe(1)
    }
    const claims = await database.db
      .collection(JOB_CLAIMS)
      .find({ _id: { $in: jobs.map((job) => `run:${job.id}:0`) } as never })
      .toArray()
    expect(claims).toHaveLength(jobs.length)
  })
})
