/**
 * The activity log over REST, from outside: review steps, publishing and a
 * submission's steps are logged with who, which document and the comment;
 * a refused save logs nothing; editors filter the log by step, kind and
 * person; partners cannot read it and nobody writes it by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { createCall } from '../../support/collect.ts'
import { freshDatabase } from '../../support/database.ts'
import { rest, startCms, type TestCms } from '../../support/cms.ts'
import { createPublished, type Desk, newDesk } from '../../support/editorial.ts'
import { signInPartner } from '../../support/users.ts'

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms
let desk: Desk
let partner: string
const ids: Record<'author' | 'reviewer', string> = { author: '', reviewer: '' }

interface Step {
  action: string
  targetCollection: string
  documentId: string
  title: string
  actor: string
  actorName: string
  comment: string | null
}
const log = async (query: string, token = desk.author) =>
  rest<{ docs: Step[] }>(cms, 'GET', `/activity?depth=0&sort=createdAt&limit=100&${query}`, { token })

beforeAll(async () => {
  database = await freshDatabase('activity_log')
  await seedRegistry(database.db)
  cms = await startCms(database)
  desk = await newDesk(cms)
  partner = (await signInPartner(cms, 'seed:partner-zjut')).token!
  for (const who of ['author', 'reviewer'] as const)
    ids[who] = (await rest<{ user: { id: string } }>(cms, 'GET', '/users/me', { token: desk[who] })).body.user.id
})

afterAll(async () => {
  await cms.stop()
  await database.dropAndClose()
})

describe('the activity log', () => {
  let course: string
  it('records who sent a course to review, who approved it and who published it', async () => {
    course = await createPublished(desk, 'courses', { title: '记录测试课程', reviewComment: '请审阅' })
    const { body } = await log(`where[documentId][equals]=${course}`)
    expect(
      body.docs.map(({ action, targetCollection, title, actor, comment }) => ({
        action,
        targetCollection,
        title,
        actor,
        comment,
      })),
    ).toEqual([
      { action: 'submit', targetCollection: 'courses', title: '记录测试课程', actor: ids.author, comment: '请审阅' },
      { action: 'approve', targetCollection: 'courses', title: '记录测试课程', actor: ids.reviewer, comment: null },
      { action: 'publish', targetCollection: 'courses', title: '记录测试课程', actor: ids.reviewer, comment: null },
    ])
    // Who acted, as a name or a role: never an email address.
    expect(body.docs.map((step) => step.actorName).filter((name) => !name || name.includes('@'))).toEqual([])
  })

  it('logs nothing for a refused save', async () => {
    const draft = (
      await rest<{ doc: { id: string } }>(cms, 'POST', '/courses?draft=true', {
        token: desk.author,
        body: { title: '被拒绝的发布' },
      })
    ).body.doc.id
    expect(
      (await rest(cms, 'PATCH', `/courses/${draft}`, { token: desk.author, body: { _status: 'published' } })).status,
    ).toBe(400)
    expect((await log(`where[documentId][equals]=${draft}`)).body.docs).toEqual([])
  })

  it('records a submission’s steps, the partner’s and the editors’', async () => {
    const created = await rest<{ doc: { id: string } }>(cms, 'POST', '/submissions', {
      token: partner,
      body: { title: '记录测试申报', call: await createCall(cms) },
    })
    const id = created.body.doc.id
    await rest(cms, 'PATCH', `/submissions/${id}`, { token: partner, body: { action: 'submit' } })
    await rest(cms, 'PATCH', `/submissions/${id}`, { token: desk.reviewer, body: { action: 'start_review' } })
    await rest(cms, 'PATCH', `/submissions/${id}`, {
      token: desk.reviewer,
      body: { action: 'reject', comment: '与征集主题不符。' },
    })
    const { body } = await log(`where[documentId][equals]=${id}`)
    expect(body.docs.map(({ action, comment }) => [action, comment])).toEqual([
      ['submit', null],
      ['start_review', null],
      ['reject', '与征集主题不符。'],
    ])
  })

  it('lets editors filter by step, kind and person', async () => {
    const approvals = (await log('where[action][equals]=approve')).body.docs
    expect(approvals.map(({ documentId }) => documentId)).toEqual([course])
    const bySubmissions = (await log('where[targetCollection][equals]=submissions')).body.docs
    expect(new Set(bySubmissions.map(({ targetCollection }) => targetCollection))).toEqual(new Set(['submissions']))
    const byReviewer = (await log(`where[actor][equals]=${ids.reviewer}&where[targetCollection][equals]=courses`)).body
      .docs
    expect(byReviewer.map(({ action }) => action)).toEqual(['approve', 'publish'])
  })

  it('is not the partner’s to read, and nobody writes it by hand', async () => {
    expect((await log('', partner)).status).toBe(403)
    expect(
      (
        await rest(cms, 'POST', '/activity', {
          token: desk.author,
          body: { action: 'approve', targetCollection: 'courses', documentId: 'x' },
        })
      ).status,
    ).toBe(403)
  })
})
