/**
 * Two graph replicas and one admin, each its own compiled process (`npm
 * start -- --role ...`), on one database: an editor publishes a course
 * through the admin's REST API and both replicas serve it within the stated
 * bound; the editor withdraws it and both stop serving it within the same
 * bound. Each replica only learns of the change from the change log it polls
 * (limits.readModel.pollIntervalMs); the bound adds room for a busy machine.
 * The delays measured are printed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { limits } from '../../server/config/limits.ts'
import { ensureBuilt } from '../support/admin.ts'
import { startCms, type TestCms } from '../support/cms.ts'
import { freshDatabase, type TestDatabase } from '../support/database.ts'
import { newAccount } from '../support/users.ts'
import { ensureCompiled, startRole, type StartedRole } from '../support/production.ts'

/** The stated bound: a poll interval, a refresh, and a generous allowance for two busy cores. */
const REPLICA_BOUND_MS = limits.readModel.pollIntervalMs + 4_800

let database: TestDatabase & { dropAndClose(): Promise<void> }
let cms: TestCms
let replicas: StartedRole[]
let admin: StartedRole
const measured: Record<string, number[]> = { publish: [], withdraw: [] }

beforeAll(async () => {
  await Promise.all([ensureCompiled(), ensureBuilt()])
  database = await freshDatabase('production_replicas')
  // Only to create the editors' accounts; everything else goes through the processes under test.
  cms = await startCms(database)
  replicas = [await startRole('graph', database.uri), await startRole('graph', database.uri)]
  admin = await startRole('admin', database.uri, {}, 300_000)
}, 900_000)

afterAll(async () => {
  console.log(
    `replica delays after the admin's answer (ms): publish ${JSON.stringify(measured.publish)}, withdraw ${JSON.stringify(measured.withdraw)}; bound ${REPLICA_BOUND_MS} ms`,
  )
  for (const role of [admin, ...(replicas ?? [])]) await role?.stop()
  await cms?.stop()
  await database?.dropAndClose()
})

async function signInAtAdmin(role: 'editor'): Promise<string> {
  const account = await newAccount(cms, role)
  const response = await fetch(`${admin.origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

async function adminRest(
  token: string,
  method: string,
  path: string,
  body: unknown,
): Promise<{ status: number; body: { doc: { id: string } } }> {
  const response = await fetch(`${admin.origin}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as { doc: { id: string } } }
}

async function served(replica: StartedRole, id: string): Promise<string | null> {
  const response = await fetch(replica.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query ($id: ID!) { course(id: $id) { title } }', variables: { id } }),
  })
  const answer = (await response.json()) as { data?: { course: { title: string } | null }; errors?: unknown }
  expect(answer.errors).toBeUndefined()
  return answer.data?.course?.title ?? null
}

/** How long after `since` each replica first answers as `wanted`. */
async function delays(id: string, wanted: string | null, since: number): Promise<number[]> {
  return Promise.all(
    replicas.map(async (replica) => {
      for (;;) {
        if ((await served(replica, id)) === wanted) return Date.now() - since
        if (Date.now() - since > 30_000) return Infinity
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    }),
  )
}

describe('two graph replicas and one admin on one database', () => {
  it('all three are ready', async () => {
    for (const role of [...replicas, admin]) expect((await fetch(`${role.origin}/readyz`)).status).toBe(200)
    expect(await (await fetch(`${admin.origin}/healthz`)).json()).toEqual({ status: 'ok', role: 'admin' })
  })

  it("answers a client's mistakes on the admin's REST API in JSON with a 4xx", async () => {
    const malformed = await fetch(`${admin.origin}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email": ',
    })
    expect(malformed.status).toBe(400)
    expect(malformed.headers.get('content-type')).toMatch(/^application\/json/)
    const unknown = await fetch(`${admin.origin}/api/no-such-collection`)
    expect(unknown.status).toBe(404)
    expect(unknown.headers.get('content-type')).toMatch(/^application\/json/)
    const badQuery = await fetch(`${admin.origin}/api/courses?depth=not-a-number`)
    expect(badQuery.status).toBe(400)
    expect(badQuery.headers.get('content-type')).toMatch(/^application\/json/)
  })

  it('both replicas serve a publish and a withdrawal made through the admin within the bound', async () => {
    const author = await signInAtAdmin('editor')
    const reviewer = await signInAtAdmin('editor')
    for (let round = 0; round < 3; round += 1) {
      const title = `两个副本上的课程 ${round}`
      const created = await adminRest(author, 'POST', '/courses?draft=true', { title, reviewAction: 'submit' })
      expect(created.status).toBe(201)
      const id = created.body.doc.id
      for (const replica of replicas) expect(await served(replica, id)).toBeNull()

      const published = await adminRest(reviewer, 'PATCH', `/courses/${id}`, {
        reviewAction: 'approve',
        _status: 'published',
      })
      expect(published.status).toBe(200)
      const shown = await delays(id, title, Date.now())
      measured.publish!.push(...shown)

      const withdrawn = await adminRest(reviewer, 'PATCH', `/courses/${id}`, { _status: 'draft' })
      expect(withdrawn.status).toBe(200)
      const gone = await delays(id, null, Date.now())
      measured.withdraw!.push(...gone)
      for (const delay of [...shown, ...gone]) expect(delay).toBeLessThanOrEqual(REPLICA_BOUND_MS)
    }
  })
})
