/**
 * Payload's own endpoints, tried as every role, with what each answer stored
 * or returned, so that a Payload upgrade that changes one of its defaults is
 * caught here: unlocking accounts (administrators only), forgotten passwords
 * (the same answer whether or not the account exists), edit locks,
 * preferences (each user their own), the jobs queue (editors only, and its
 * collection to nobody over REST), Payload's GraphQL (off), versions (never
 * a partner's, never a server error) and the permissions summary.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { getPayload } from 'payload'
import { servePayload } from '../../../cms/http/servePayload.ts'
import { limits } from '../../../server/config/limits.ts'
import { freshDatabase } from '../../support/database.ts'
import { rest, startCms, type TestCms } from '../../support/cms.ts'
import { EVERY_ROLE, newAccount, signInEveryRole, type Member, type RoleName } from '../../support/users.ts'

const FORBIDDEN = '您无权执行此操作。'
const UNAUTHORIZED = '未经授权，您必须登录才能发起这个请求。'
const LOCKED = '该用户由于有太多次失败的登录尝试而被锁定。'

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms
let members: Record<RoleName, Member>
let course: string

beforeAll(async () => {
  database = await freshDatabase('built_in_endpoints')
  cms = await startCms(database)
  members = await signInEveryRole(cms)
  course = String(
    (
      await cms.payload.create({
        collection: 'courses',
        data: { title: '版本测试课程' },
        draft: true,
        overrideAccess: true,
      })
    ).id,
  )
})

afterAll(async () => {
  await cms.stop()
  await database.dropAndClose()
})

const as = (role: RoleName) => ({ token: members[role].token, apiKey: members[role].apiKey })
const errorOf = (body: unknown) => (body as { errors?: { message: string }[] }).errors?.[0]?.message

describe('/api/users/unlock: only administrators lift a lockout', () => {
  it.each(EVERY_ROLE)('%s', async (role) => {
    const victim = await newAccount(cms, 'partner')
    const { docs } = await cms.payload.find({
      collection: 'users',
      where: { email: { equals: victim.email } },
      overrideAccess: true,
    })
    // Locked as the wrong passwords would lock it.
    await cms.payload.db.updateOne({
      collection: 'users',
      id: docs[0]!.id,
      data: {
        loginAttempts: limits.auth.maxLoginAttempts,
        lockUntil: new Date(Date.now() + limits.auth.lockTimeMs).toISOString(),
      },
    })

    const response = await rest(cms, 'POST', '/users/unlock', { ...as(role), body: { email: victim.email } })
    const signIn = await rest<{ token?: string }>(cms, 'POST', '/users/login', { body: victim })
    if (role === 'admin') {
      expect(response.status).toBe(200)
      expect(signIn.status).toBe(200)
      expect(signIn.body.token).toEqual(expect.any(String))
    } else {
      expect(response.status).toBe(403)
      expect(errorOf(response.body)).toBe(FORBIDDEN)
      // Still locked: the right password is refused.
      expect(signIn.status).toBe(401)
      expect(errorOf(signIn.body)).toBe(LOCKED)
    }
  })
})

describe('/api/users/forgot-password: tells nothing about who has an account', () => {
  it.each(EVERY_ROLE)('%s', async (role) => {
    const account = await newAccount(cms, 'editor')
    const unknown = `nobody-${role}@example.org`
    const known = await rest(cms, 'POST', '/users/forgot-password', { ...as(role), body: { email: account.email } })
    const notKnown = await rest(cms, 'POST', '/users/forgot-password', { ...as(role), body: { email: unknown } })
    expect(known.status).toBe(200)
    expect(notKnown).toEqual(known)
    // A reset was prepared for the real account; nothing was created for the unknown one.
    const stored = await database.db.collection('users').findOne({ email: account.email })
    expect(stored?.resetPasswordToken).toEqual(expect.any(String))
    expect(await database.db.collection('users').countDocuments({ email: unknown })).toBe(0)
  })
})

describe('/api/payload-locked-documents: locks go with the locked document', () => {
  let editorsLock: string
  beforeAll(async () => {
    const lock = await cms.payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'courses', value: course },
        user: { relationTo: 'users', value: members.editor.id },
      },
      overrideAccess: true,
    })
    editorsLock = String(lock.id)
  })

  it.each(EVERY_ROLE)('%s', async (role) => {
    const editorial = role === 'editor' || role === 'admin'
    const list = await rest<{ docs: { id: string }[] }>(cms, 'GET', '/payload-locked-documents', as(role))
    expect(list.status).toBe(role === 'anonymous' ? 403 : 200)
    if (role !== 'anonymous') expect(list.body.docs.map((lock) => lock.id)).toEqual(editorial ? [editorsLock] : [])
    const removed = await rest(cms, 'DELETE', `/payload-locked-documents/${editorsLock}`, as(role))
    // Nobody but the editorial desk removes the editor's lock (the editors' own removal is tried in documentLocks).
    if (!editorial) expect(removed.status).toBe(403)
    if (editorial) {
      expect(removed.status).toBe(200)
      const again = await cms.payload.create({
        collection: 'payload-locked-documents',
        data: {
          document: { relationTo: 'courses', value: course },
          user: { relationTo: 'users', value: members.editor.id },
        },
        overrideAccess: true,
      })
      editorsLock = String(again.id)
    }
    expect(await cms.payload.count({ collection: 'payload-locked-documents', overrideAccess: true })).toEqual({
      totalDocs: 1,
    })
  })
})

describe('/api/payload-preferences: each user sees and changes only their own', () => {
  let bystander: string
  beforeAll(async () => {
    const account = await newAccount(cms, 'editor')
    bystander = (await rest<{ token: string }>(cms, 'POST', '/users/login', { body: account })).body.token
    expect(
      (
        await rest(cms, 'POST', '/payload-preferences/table-test', {
          token: bystander,
          body: { value: { by: 'bystander' } },
        })
      ).status,
    ).toBe(200)
  })

  it.each(EVERY_ROLE)('%s', async (role) => {
    const saved = await rest(cms, 'POST', '/payload-preferences/table-test', {
      ...as(role),
      body: { value: { by: role } },
    })
    const list = await rest<{ docs: { value: { by: string } }[] }>(cms, 'GET', '/payload-preferences', as(role))
    const read = await rest<{ value: { by: string } | null }>(cms, 'GET', '/payload-preferences/table-test', as(role))
    const removed = await rest(cms, 'DELETE', '/payload-preferences/table-test', as(role))
    if (role === 'anonymous') {
      expect(saved.status).toBe(401)
      expect(errorOf(saved.body)).toBe(UNAUTHORIZED)
      expect(list.status).toBe(403)
      // The bystander's value under the same key is not handed out.
      expect(read.body.value).toBeNull()
      expect(removed.status).not.toBe(200)
    } else {
      expect(saved.status).toBe(200)
      expect(list.body.docs.map((doc) => doc.value.by)).toEqual([role])
      expect(read.body.value).toEqual({ by: role })
      expect(removed.status).toBe(200)
    }
    // The bystander's preference under the same key is untouched, and the caller's is gone.
    const left = await cms.payload.find({
      collection: 'payload-preferences',
      where: { key: { equals: 'table-test' } },
      overrideAccess: true,
      depth: 0,
    })
    expect(left.docs.map((doc) => doc.value)).toEqual([{ by: 'bystander' }])
  })
})

describe('/api/payload-jobs: the queue is worked by editors only; its records by nobody over REST', () => {
  // An editor's run also queues the next scheduled licence check: each row starts from an empty queue.
  const emptyQueue = async () => {
    await cms.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } }, overrideAccess: true })
  }
  beforeEach(emptyQueue)
  afterAll(emptyQueue)

  it.each(EVERY_ROLE)('%s', async (role) => {
    const editorial = role === 'editor' || role === 'admin'
    const job = await cms.payload.jobs.queue({ task: 'expireLicenses', input: {}, queue: 'maintenance' })
    const list = await rest(cms, 'GET', '/payload-jobs', as(role))
    expect(list.status).toBe(403)
    const created = await rest(cms, 'POST', '/payload-jobs', {
      ...as(role),
      body: { taskSlug: 'expireLicenses', input: {}, queue: 'maintenance' },
    })
    expect(created.status).toBe(403)
    const run = await rest(cms, 'GET', '/payload-jobs/run?queue=maintenance', as(role))
    expect(run.status).toBe(editorial ? 200 : 401)
    if (!editorial) expect((run.body as { message: string }).message).toBe(UNAUTHORIZED)
    const stored = await cms.payload.findByID({
      collection: 'payload-jobs',
      id: job.id,
      overrideAccess: true,
      disableErrors: true,
    })
    // Run by an editor the job is done (and so removed); anyone else left it waiting, untried.
    if (editorial) expect(stored).toBeNull()
    else expect([stored?.totalTried, stored?.completedAt ?? null]).toEqual([0, null])
    if (!editorial)
      expect(await cms.payload.count({ collection: 'payload-jobs', overrideAccess: true })).toEqual({ totalDocs: 1 })
  })
})

describe('/api/graphql: Payload’s GraphQL is off', () => {
  it.each(EVERY_ROLE)('%s gets 404 and nothing runs', async (role) => {
    const member = members[role]
    const response = await rest(cms, 'POST', '/graphql', {
      ...as(role),
      body: {
        query: `mutation { updateUser(id: "${member.id || members.partnerA.id}", data: { name: "via graphql" }) { id } }`,
      },
    })
    expect(response.status).toBe(404)
    expect(await database.db.collection('users').countDocuments({ name: 'via graphql' })).toBe(0)
  })

  it('and Payload’s GraphQL handler itself, wherever it is mounted, answers 404 for this configuration', async () => {
    const served = await servePayload(GRAPHQL_POST(cms.payload.config))
    try {
      const response = await fetch(`${served.origin}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
      })
      expect(response.status).toBe(404)
      expect(await response.text()).toBe('')
    } finally {
      await served.close()
      // The handler looked Payload up by its default key: close that instance too.
      await (await getPayload({ config: cms.payload.config })).destroy()
    }
  })
})

describe('versions endpoints: editors read courses’ versions; nobody reads versions that are not kept', () => {
  it.each(EVERY_ROLE)('%s', async (role) => {
    const editorial = role === 'editor' || role === 'admin'
    const courses = await rest<{ docs: { parent: string }[] }>(cms, 'GET', '/courses/versions', as(role))
    expect(courses.status).toBe(editorial ? 200 : 403)
    if (editorial) expect(courses.body.docs.map((version) => version.parent)).toContain(course)
    else expect(errorOf(courses.body)).toBe(FORBIDDEN)
    // Submissions keep no versions: forbidden to all, and never a server error.
    const submissions = await rest(cms, 'GET', '/submissions/versions', as(role))
    expect(submissions.status).toBe(403)
    expect(errorOf(submissions.body)).toBe(FORBIDDEN)
  })
})

/** Payload answers `true`/`false`, or `{ permission }` when the rule is a query. */
type Permission = boolean | { permission?: boolean } | undefined
const allowed = (permission: Permission) =>
  typeof permission === 'object' ? Boolean(permission.permission) : Boolean(permission)

describe('/api/access: what each role is told it may do', () => {
  it.each(EVERY_ROLE)('%s', async (role) => {
    const response = await rest<{ collections: Record<string, Record<string, Permission>> }>(
      cms,
      'GET',
      '/access',
      as(role),
    )
    expect(response.status).toBe(200)
    const may = (collection: string, operation: string) => allowed(response.body.collections[collection]?.[operation])
    expect(may('users', 'unlock')).toBe(role === 'admin')
    expect(may('payload-jobs', 'read')).toBe(false)
    expect(may('payload-jobs', 'create')).toBe(false)
    expect(may('payload-locked-documents', 'read')).toBe(role !== 'anonymous')
    expect(may('submissions', 'readVersions')).toBe(false)
    expect(may('courses', 'read')).toBe(role === 'editor' || role === 'admin')
  })
})
