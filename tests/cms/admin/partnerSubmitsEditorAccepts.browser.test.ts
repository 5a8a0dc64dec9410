/**
 * The collect pipeline in the real admin, in a real browser: a partner signs
 * in to the lean Chinese admin, sees its institution by name, writes a
 * submission to an open call with a teacher picked from the registry list
 * and submits it; an editor takes it to review and accepts it with a reason; the
 * submission is accepted with its course draft, and the partner reads the
 * decision and the reason.
 */
import { describe, expect, it } from '@jest/globals'
import {
  chooseOption,
  field,
  openCreate,
  openDocument,
  pickRegistryItem,
  save,
  shownValues,
} from '../../support/adminPage.ts'
import { useAdminSuite } from '../../support/adminSuite.ts'
import { createCall } from '../../support/collect.ts'
import { pushTeachers } from '../../support/registryPush.ts'
import { teacherRecord } from '../../support/registryRecords.ts'
import { newAccount } from '../../support/users.ts'

const CALL = '2027 年智慧助老课程征集（浏览器）'
const TITLE = '老年人手机防诈骗实训课'
const TEACHER = '运河申报讲师周敏'
const PARTNER_NAME = '杭州拱墅乐龄智慧助老培训中心'

let partner: { email: string; password: string }
let editor: { email: string; password: string }
let submissionId: string
let teacherId: string

const suite = useAdminSuite('admin_collect', async ({ database, cms }) => {
  ;[teacherId] = (await pushTeachers(database.db, [teacherRecord('proposal-guest', { name: TEACHER })])) as [string]
  await createCall(cms, { title: CALL })
  partner = await newAccount(cms, 'partner', { institution: 'seed:partner-leling' })
  editor = await newAccount(cms, 'editor')
})

describe('a partner submits to a call and an editor accepts it', () => {
  it('the partner writes and submits a proposal to the open call', async () => {
    const { context, page } = await suite.asUser(partner)
    // The lean admin: the partner's calls and submissions, not the editorial desk.
    await page.goto('/admin')
    await expect(page.getByRole('link', { name: '课程申报' }).first().isVisible()).resolves.toBe(true)
    expect(await page.getByRole('link', { name: '系列讲座' }).count()).toBe(0)

    await openCreate(page, 'submissions')
    await field(page, 'title').fill(TITLE)
    await chooseOption(page, 'call', CALL)
    await save(page, 'submissions')
    await page.waitForURL(/\/admin\/collections\/submissions\/[0-9a-f]{24}/)
    submissionId = page.url().split('/').pop()!.split('?')[0]!

    // The admin moves from the create view to the document's own view by re-rendering
    // the form; opening the document anew waits for a form that will stay put.
    await openDocument(page, 'submissions', submissionId)
    // The partner reads its institution by name and proposes a teacher from the registry list.
    await expect(shownValues(page, 'institution')).resolves.toEqual([expect.stringContaining(PARTNER_NAME)])
    await pickRegistryItem(page, 'proposedTeachers', '周敏', TEACHER)
    await chooseOption(page, 'action', '提交')
    await save(page, 'submissions')
    const saved = await suite.cms.payload.findByID({
      collection: 'submissions',
      id: submissionId,
      overrideAccess: true,
      depth: 0,
    })
    expect(saved).toMatchObject({
      title: TITLE,
      state: 'submitted',
      institution: 'seed:partner-leling',
      proposedTeachers: [teacherId],
    })
    await context.close()
  }, 300_000)

  it('an editor takes it to review and accepts it with a reason, creating the course draft', async () => {
    const { context, page } = await suite.asUser(editor)
    await openDocument(page, 'submissions', submissionId)
    await chooseOption(page, 'action', '开始评审')
    await save(page, 'submissions')
    await openDocument(page, 'submissions', submissionId)
    await chooseOption(page, 'action', '录用')
    await field(page, 'comment').fill('课程设计扎实，录用。')
    await save(page, 'submissions')

    const decided = await suite.cms.payload.findByID({
      collection: 'submissions',
      id: submissionId,
      overrideAccess: true,
      depth: 0,
    })
    expect(decided).toMatchObject({ state: 'accepted', decisionReason: '课程设计扎实，录用。' })
    const course = await suite.cms.payload.findByID({
      collection: 'courses',
      id: String(decided.course),
      draft: true,
      overrideAccess: true,
      depth: 0,
    })
    expect(course).toMatchObject({
      title: TITLE,
      _status: 'draft',
      provider: 'seed:partner-leling',
      origin: { kind: 'submission' },
    })
    await context.close()
  }, 300_000)

  it('the partner reads the decision and its reason', async () => {
    const { context, page } = await suite.asUser(partner)
    await openDocument(page, 'submissions', submissionId)
    await expect(field(page, 'decisionReason').inputValue()).resolves.toBe('课程设计扎实，录用。')
    await context.close()
  }, 300_000)
})
