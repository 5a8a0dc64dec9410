/**
 * Edit locks (`/api/payload-locked-documents`, what the admin shows as "being
 * edited by") tried from the outside as every role: a lock may be taken,
 * taken over and released only on a document the caller may change, only in
 * the caller's own name, and seen only on documents the caller may read. A
 * lock in the wrong hands blocks its holder's saves (423), so each refusal
 * is checked against what is stored. The admin's own locking of a course an
 * editor is editing still works from start to release.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Where } from 'payload'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { freshDatabase } from '../../support/database.ts'
import { rest, startCms, type TestCms } from '../../support/cms.ts'
import { EVERY_ROLE, signIn, signInEveryRole, type Member, type RoleName } from '../../support/users.ts'

const LOCKS = 'payload-locked-documents'
const FORBIDDEN = '您无权执行此操作。'

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms
let members: Record<RoleName, Member>
/** A second editor, who holds the locks the others try to see, release or take over. */
let holder: Member

interface Target {
  name: string
  slug: 'courses' | 'submissions' | 'users'
  id: string
  /** Who may read the document, and so see that it is being edited. */
  readers: RoleName[]
  /** Who may change the document, and so lock and release it. */
  updaters: RoleName[]
}

const targets: Target[] = [
  {
    name: 'an editor’s course draft',
    slug: 'courses',
    id: '',
    readers: ['editor', 'admin'],
    updaters: ['editor', 'admin'],
  },
  {
    name: 'partner A’s submission',
    slug: 'submissions',
    id: '',
    readers: ['partnerA', 'editor', 'admin'],
    updaters: ['partnerA', 'editor', 'admin'],
  },
  // Editors read every account but change only their own.
  { name: 'another editor’s account', slug: 'users', id: '', readers: ['editor', 'admin'], updaters: ['admin'] },
]

beforeAll(async () => {
  database = await freshDatabase('document_locks')
  await seedRegistry(database.db)
  cms = await startCms(database)
  members = await signInEveryRole(cms)
  const holderToken = (await signIn(cms, 'editor')).token!
  holder = {
    role: 'editor',
    token: holderToken,
    id: (await rest<{ user: { id: string } }>(cms, 'GET', '/users/me', { token: holderToken })).body.user.id,
  }
  targets[0]!.id = String(
    (
      await cms.payload.create({
        collection: 'courses',
        data: { title: '锁测试课程' },
        draft: true,
        overrideAccess: true,
      })
    ).id,
  )
  const submission = await rest<{ doc: { id: string } }>(cms, 'POST', '/submissions', {
    token: members.partnerA.token,
    body: { title: 'A 的草稿' },
  })
  targets[1]!.id = submission.body.doc.id
  targets[2]!.id = holder.id
})

afterAll(async () => {
  await cms.stop()
  await database.dropAndClose()
})

const credentialsOf = (member: Member) => ({ token: member.token, apiKey: member.apiKey })
const reference = (target: Target) => ({ relationTo: target.slug, value: target.id })
const inNameOf = (member: Member) => ({ relationTo: 'users' as const, value: member.id })

/** Locks on the target as stored, with the id of whoever holds each. */
async function storedLocks(target: Target): Promise<string[]> {
  const { docs } = await cms.payload.find({
    collection: LOCKS,
    where: { 'document.value': { equals: target.id } },
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  return docs.map((lock) => String(typeof lock.user.value === 'object' ? lock.user.value.id : lock.user.value))
}

async function clearLocks(): Promise<void> {
  await cms.payload.delete({ collection: LOCKS, where: { id: { exists: true } }, overrideAccess: true })
}

/** The holder's lock on the target, as the admin takes it when the holder opens the document. */
async function holderLocks(target: Target): Promise<string> {
  await clearLocks()
  const lock = await cms.payload.create({
    collection: LOCKS,
    data: { document: reference(target), user: inNameOf(holder) },
    overrideAccess: true,
  })
  return String(lock.id)
}

const errorOf = (body: unknown) => (body as { errors?: { message: string }[] }).errors?.[0]?.message

type Operation =
  | 'take a lock in its own name on'
  | 'take a lock in the holder’s name on'
  | 'list the holder’s lock on'
  | 'read the holder’s lock on'
  | 'release the holder’s lock on'
  | 'take over the holder’s lock on'

const OPERATIONS: Operation[] = [
  'take a lock in its own name on',
  'take a lock in the holder’s name on',
  'list the holder’s lock on',
  'read the holder’s lock on',
  'release the holder’s lock on',
  'take over the holder’s lock on',
]

const matrix = EVERY_ROLE.flatMap((role) =>
  targets.flatMap((target) => OPERATIONS.map((operation) => [role, operation, target.name, target] as const)),
)

describe(`the locks matrix (${EVERY_ROLE.length} roles × ${OPERATIONS.length} operations × ${targets.length} documents)`, () => {
  it.each(matrix)('%s: %s %s', async (role, operation, _name, target) => {
    const member = members[role]
    const mayRead = target.readers.includes(role)
    const mayChange = target.updaters.includes(role)
    const as = credentialsOf(member)
    const denied = role === 'anonymous' ? 403 : 404

    switch (operation) {
      case 'take a lock in its own name on': {
        await clearLocks()
        const response = await rest(cms, 'POST', `/${LOCKS}`, {
          ...as,
          body: { document: reference(target), user: inNameOf(member) },
        })
        expect(response.status).toBe(mayChange ? 201 : 403)
        if (!mayChange) expect(errorOf(response.body)).toBe(FORBIDDEN)
        expect(await storedLocks(target)).toEqual(mayChange ? [member.id] : [])
        break
      }
      case 'take a lock in the holder’s name on': {
        await clearLocks()
        const response = await rest(cms, 'POST', `/${LOCKS}`, {
          ...as,
          body: { document: reference(target), user: inNameOf(holder) },
        })
        expect(response.status).toBe(403)
        expect(errorOf(response.body)).toBe(FORBIDDEN)
        expect(await storedLocks(target)).toEqual([])
        break
      }
      case 'list the holder’s lock on': {
        const lock = await holderLocks(target)
        const response = await rest<{ docs: { id: string }[]; totalDocs: number }>(
          cms,
          'GET',
          `/${LOCKS}?where[document.relationTo][equals]=${target.slug}&where[document.value][equals]=${target.id}`,
          as,
        )
        if (role === 'anonymous') {
          expect(response.status).toBe(403)
        } else {
          expect(response.status).toBe(200)
          expect(response.body.docs.map((doc) => doc.id)).toEqual(mayRead ? [lock] : [])
          // Unfiltered, a caller sees no more than that either.
          const all = await rest<{ docs: { id: string }[] }>(cms, 'GET', `/${LOCKS}`, as)
          expect(all.body.docs.map((doc) => doc.id)).toEqual(mayRead ? [lock] : [])
        }
        break
      }
      case 'read the holder’s lock on': {
        const lock = await holderLocks(target)
        const response = await rest<{ id: string; user: { value: unknown } }>(cms, 'GET', `/${LOCKS}/${lock}`, as)
        expect(response.status).toBe(mayRead ? 200 : denied)
        if (mayRead) expect(response.body.id).toBe(lock)
        break
      }
      case 'release the holder’s lock on': {
        const lock = await holderLocks(target)
        const response = await rest(cms, 'DELETE', `/${LOCKS}/${lock}`, as)
        expect(response.status).toBe(mayChange ? 200 : 403)
        expect(await storedLocks(target)).toEqual(mayChange ? [] : [holder.id])
        break
      }
      case 'take over the holder’s lock on': {
        const lock = await holderLocks(target)
        const response = await rest(cms, 'PATCH', `/${LOCKS}/${lock}`, { ...as, body: { user: inNameOf(member) } })
        expect(response.status).toBe(mayChange ? 200 : 403)
        expect(await storedLocks(target)).toEqual([mayChange ? member.id : holder.id])
        break
      }
    }
  })

  it.each(EVERY_ROLE.filter((role) => role !== 'anonymous'))(
    '%s may lock its own account (as the admin does on its account page)',
    async (role) => {
      await clearLocks()
      const member = members[role]
      const own: Target = { name: 'its own account', slug: 'users', id: member.id, readers: [role], updaters: [role] }
      const response = await rest(cms, 'POST', `/${LOCKS}`, {
        ...credentialsOf(member),
        body: { document: reference(own), user: inNameOf(member) },
      })
      expect(response.status).toBe(201)
      expect(await storedLocks(own)).toEqual([member.id])
    },
  )
})

describe('what a refused lock no longer blocks', () => {
  it('partner B cannot lock the editor out of a course or partner A out of its draft', async () => {
    await clearLocks()
    const [course, submission] = targets as [Target, Target]
    for (const target of [course, submission]) {
      const response = await rest(cms, 'POST', `/${LOCKS}`, {
        token: members.partnerB.token,
        body: { document: reference(target), user: inNameOf(members.editor) },
      })
      expect(response.status).toBe(403)
    }
    const edited = await rest(cms, 'PATCH', `/courses/${course.id}?draft=true`, {
      token: members.editor.token,
      body: { title: '锁测试课程（改）' },
    })
    expect(edited.status).toBe(200)
    const saved = await rest<{ doc: { title: string } }>(cms, 'PATCH', `/submissions/${submission.id}`, {
      token: members.partnerA.token,
      body: { title: 'A 的草稿（改）' },
    })
    expect(saved.status).toBe(200)
    expect(saved.body.doc.title).toBe('A 的草稿（改）')
  })

  it('a partner whose submission an editor is reviewing sees that it is being edited, but not by whom beyond an id', async () => {
    const lock = await holderLocks(targets[1]!)
    const response = await rest<{ user: { value: unknown } }>(cms, 'GET', `/${LOCKS}/${lock}?depth=1`, {
      token: members.partnerA.token,
    })
    expect(response.status).toBe(200)
    expect(response.body.user.value).toBe(holder.id)
  })
})

describe('the admin’s own locking, for an editor editing a course', () => {
  const asUser = async (member: Member) =>
    (await cms.payload.auth({ headers: new Headers({ authorization: `JWT ${member.token}` }) })).user

  it('takes the lock, shows it to a colleague, holds the colleague’s save and releases it', async () => {
    await clearLocks()
    const course = targets[0]!
    const taken = await rest<{ doc: { id: string } }>(cms, 'POST', `/${LOCKS}`, {
      token: members.editor.token,
      body: { document: reference(course), user: inNameOf(members.editor) },
    })
    expect(taken.status).toBe(201)

    // The admin asks Payload who holds a document's lock as the viewing user, with access applied.
    const where: Where = {
      and: [{ 'document.relationTo': { equals: 'courses' } }, { 'document.value': { equals: course.id } }],
    }
    for (const viewer of [members.editor, holder]) {
      const seen = await cms.payload.find({
        collection: LOCKS,
        where,
        depth: 1,
        overrideAccess: false,
        user: await asUser(viewer),
      })
      expect(seen.docs.map((lock) => lock.id)).toEqual([taken.body.doc.id])
    }
    const blocked = await rest(cms, 'PATCH', `/courses/${course.id}?draft=true`, {
      token: holder.token,
      body: { title: '同事的修改' },
    })
    expect(blocked.status).toBe(423)

    // Leaving the document, the admin finds the lock and deletes it over REST.
    const found = await rest<{ docs: { id: string }[] }>(
      cms,
      'GET',
      `/${LOCKS}?where[document.relationTo][equals]=courses&where[document.value][equals]=${course.id}`,
      { token: members.editor.token },
    )
    expect(found.body.docs.map((lock) => lock.id)).toEqual([taken.body.doc.id])
    expect((await rest(cms, 'DELETE', `/${LOCKS}/${taken.body.doc.id}`, { token: members.editor.token })).status).toBe(
      200,
    )
    expect(await storedLocks(course)).toEqual([])
    expect(
      (
        await rest(cms, 'PATCH', `/courses/${course.id}?draft=true`, {
          token: holder.token,
          body: { title: '同事的修改' },
        })
      ).status,
    ).toBe(200)
  })
})
