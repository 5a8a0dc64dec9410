/**
 * The review on every save, over REST: a draft goes to review, another
 * editor approves and publishes, the author cannot approve their own work,
 * nothing is published unapproved, an edit to a published course goes back
 * to review unless it touches only exempt fields, and who did what is kept.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { catalogueCourses } from '../../../server/catalogue/courseProjection.ts'
import { freshDatabase } from '../../support/database.ts'
import { rest, startCms, type TestCms } from '../../support/cms.ts'
import { approveAndPublish, createPublished, type Desk, newDesk } from '../../support/editorial.ts'
import { signIn, signInCoordinator } from '../../support/users.ts'

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms
let desk: Desk
let admin: string
let coordinator: string
const userIds: Record<string, string> = {}

interface Doc {
  id: string
  _status: string
  review: {
    state: string
    submittedBy: string | null
    decidedBy: string | null
    decidedAt: string | null
    lastComment: string | null
  }
  lastEditedBy: string
}
type ErrorBody = { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
const problem = (body: unknown) =>
  (body as ErrorBody).errors[0]?.data?.errors?.map(({ path, message }) => ({ path, message }))

beforeAll(async () => {
  database = await freshDatabase('review_workflow')
  cms = await startCms(database)
  desk = await newDesk(cms)
  admin = (await signIn(cms, 'admin')).token!
  coordinator = (await signInCoordinator(cms, 'hushu')).token!
  for (const [name, token] of Object.entries({ author: desk.author, reviewer: desk.reviewer, admin })) {
    userIds[name] = String((await rest<{ user: { id: string } }>(cms, 'GET', '/users/me', { token })).body.user.id)
  }
})

afterAll(async () => {
  await cms.stop()
  await database.dropAndClose()
})

const save = (token: string, id: string, body: Record<string, unknown>, draft = true) =>
  rest<{ doc: Doc }>(cms, 'PATCH', `/courses/${id}?depth=0${draft ? '&draft=true' : ''}`, { token, body })

async function draft(title: string): Promise<string> {
  return (await rest<{ doc: Doc }>(cms, 'POST', '/courses?draft=true', { token: desk.author, body: { title } })).body
    .doc.id
}

describe('the review of a course', () => {
  it('goes draft → in review → approved and published by a second editor, keeping who and when', async () => {
    const id = await draft('反诈骗知识')
    const sent = await save(desk.author, id, { reviewAction: 'submit', reviewComment: '请审核' })
    expect(sent.body.doc.review).toMatchObject({
      state: 'in_review',
      submittedBy: userIds.author,
      lastComment: '请审核',
    })

    const published = await approveAndPublish(desk, 'courses', id)
    expect(published.status).toBe(200)
    const doc = (await rest<Doc>(cms, 'GET', `/courses/${id}?depth=0`, { token: desk.author })).body
    expect(doc).toMatchObject({ _status: 'published', lastEditedBy: userIds.reviewer })
    expect(doc.review).toMatchObject({ state: 'published', submittedBy: userIds.author, decidedBy: userIds.reviewer })
    expect(Date.parse(doc.review.decidedAt!)).toBeGreaterThan(Date.now() - 60_000)
    expect(await catalogueCourses(database.db).findOne({ _id: id, removed: false })).not.toBeNull()
  })

  it.each([
    [
      'publishing a draft that was never reviewed',
      'draft',
      (id: string) => save(desk.author, id, { _status: 'published' }, false),
      { path: '_status', message: '须先审核通过才能发布。Only an approved item can be published.' },
    ],
    [
      'publishing while still in review',
      'in_review',
      (id: string) => save(desk.reviewer, id, { _status: 'published' }, false),
      { path: '_status', message: '须先审核通过才能发布。Only an approved item can be published.' },
    ],
    [
      'approving one’s own submission',
      'in_review',
      (id: string) => save(desk.author, id, { reviewAction: 'approve' }),
      {
        path: 'reviewAction',
        message: '送审人不能审核自己的内容，请另一位编辑审核。Another editor must approve what you submitted.',
      },
    ],
    ['a coordinator approving', 'in_review', (id: string) => save(coordinator, id, { reviewAction: 'approve' }), null],
    [
      'an unknown action',
      'draft',
      (id: string) => save(desk.author, id, { reviewAction: 'skip' }),
      { path: 'reviewAction', message: expect.stringContaining('skip') },
    ],
  ])('refuses %s, and the course stays as it was', async (_case, start, act, expected) => {
    const id = await draft(`审核 ${_case}`)
    if (start === 'in_review') await save(desk.author, id, { reviewAction: 'submit' })
    const response = await act(id)
    if (expected) {
      expect(response.status).toBe(400)
      expect(problem(response.body)).toEqual([expected])
    } else {
      expect(response.status).toBe(403)
    }
    const now = await rest<Doc>(cms, 'GET', `/courses/${id}?draft=true`, { token: desk.author })
    expect(now.body.review.state).toBe(start)
    expect(await catalogueCourses(database.db).findOne({ _id: id, removed: false })).toBeNull()
  })

  it('lets an administrator approve their own submission, recorded as theirs on both sides, and publishes it', async () => {
    const created = await rest<{ doc: Doc }>(cms, 'POST', '/courses?draft=true&depth=0', {
      token: admin,
      body: { title: '管理员自审', reviewAction: 'submit', reviewComment: '自审' },
    })
    const id = created.body.doc.id
    expect(created.body.doc.review).toMatchObject({ state: 'in_review', submittedBy: userIds.admin })
    const published = await save(
      admin,
      id,
      { reviewAction: 'approve', reviewComment: '通过', _status: 'published' },
      false,
    )
    expect(published.status).toBe(200)

    const stored = (await rest<Doc>(cms, 'GET', `/courses/${id}?depth=0`, { token: desk.author })).body
    expect(stored).toMatchObject({ _status: 'published', lastEditedBy: userIds.admin })
    expect(stored.review).toMatchObject({
      state: 'published',
      submittedBy: userIds.admin,
      decidedBy: userIds.admin,
      lastComment: '通过',
    })
    expect(Date.parse(stored.review.decidedAt!)).toBeGreaterThan(Date.now() - 60_000)
    expect(await catalogueCourses(database.db).findOne({ _id: id, removed: false })).toMatchObject({
      title: { zh: '管理员自审' },
    })
    const logged = await cms.payload.find({
      collection: 'activity',
      where: { documentId: { equals: id } },
      sort: 'createdAt',
      overrideAccess: true,
      depth: 0,
    })
    // Approve and publish come from one save and may share a timestamp: compare them as a set.
    expect(logged.docs.map((entry) => `${entry.action} ${entry.actor}`).sort()).toEqual(
      ['approve', 'publish', 'submit'].map((action) => `${action} ${userIds.admin}`),
    )
  })

  it('sends changes back to the author with a comment', async () => {
    const id = await draft('退回测试')
    await save(desk.author, id, { reviewAction: 'submit' })
    const back = await save(desk.reviewer, id, { reviewAction: 'request_changes', reviewComment: '标题请更具体' })
    expect(back.body.doc.review).toMatchObject({
      state: 'draft',
      decidedBy: userIds.reviewer,
      lastComment: '标题请更具体',
    })
  })
})

describe('editing a published course', () => {
  let id: string
  beforeAll(async () => {
    id = await createPublished(desk, 'courses', { title: '已发布课程' })
  })

  it('publishes an exempt change (related courses) straight away', async () => {
    const other = await draft('相关课程')
    const response = await save(desk.author, id, { relatedCourses: [other], _status: 'published' }, false)
    expect(response.status).toBe(200)
    expect(response.body.doc.review.state).toBe('published')
  })

  it('sends any other change back to review; the catalogue keeps the published copy; the editor who reopened it cannot approve it', async () => {
    const edit = await save(desk.reviewer, id, { title: '已发布课程（修订）' })
    expect(edit.body.doc.review).toMatchObject({ state: 'in_review', submittedBy: userIds.reviewer })
    expect((await catalogueCourses(database.db).findOne({ _id: id }))?.title?.zh).toBe('已发布课程')

    const selfApproval = await save(desk.reviewer, id, { reviewAction: 'approve', _status: 'published' }, false)
    expect(problem(selfApproval.body)).toEqual([
      {
        path: 'reviewAction',
        message: '送审人不能审核自己的内容，请另一位编辑审核。Another editor must approve what you submitted.',
      },
    ])

    expect((await save(desk.author, id, { reviewAction: 'approve', _status: 'published' }, false)).status).toBe(200)
    expect((await catalogueCourses(database.db).findOne({ _id: id }))?.title?.zh).toBe('已发布课程（修订）')
  })

  it('unpublishes, taking the course out of the catalogue', async () => {
    const response = await save(desk.author, id, { _status: 'draft' }, false)
    expect(response.body.doc.review.state).toBe('draft')
    expect(await catalogueCourses(database.db).findOne({ _id: id })).toMatchObject({ removed: true })
  })
})
