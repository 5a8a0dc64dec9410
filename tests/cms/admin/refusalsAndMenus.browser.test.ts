/**
 * What an editor and a partner meet in the real admin when a workflow says
 * no, or would: the review and submission menus list only the steps open to
 * this user in this state; a refused publish shows its reason in the toast,
 * naming the session by its row, and keeps what was typed; 送审 on a published course sends the edit to review; a
 * partner's submitted proposal reads as read-only; the dashboard's desk
 * shows each editor what waits for them, and lists show the review state.
 */
import { describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'
import { fromHangzhou } from '../../../server/domain/scheduling/localTime.ts'
import { chooseOption, field, openDocument, openRow, save, saveDraft } from '../../support/adminPage.ts'
import { useAdminSuite } from '../../support/adminSuite.ts'
import { createCall } from '../../support/collect.ts'
import { pushVenues } from '../../support/registryPush.ts'
import { venueRecord } from '../../support/registryRecords.ts'
import { newAccount } from '../../support/users.ts'

const HALL = '浏览器拒绝测试报告厅'
const REFUSAL = '第 02 场：人数 55 超过场地“浏览器拒绝测试报告厅”的容量 40。'

let author: { email: string; password: string }
let reviewer: { email: string; password: string }
let partner: { email: string; password: string }
let seriesId: string
let publishedId: string
let submissionId: string

async function userId(suite: { cms: { payload: import('payload').Payload } }, email: string) {
  const { docs } = await suite.cms.payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    overrideAccess: true,
    depth: 0,
  })
  return docs[0]!
}

const suite = useAdminSuite('admin_refusals', async ({ database, cms }) => {
  const [hall] = (await pushVenues(database.db, [
    venueRecord('browser-refusal-hall', {
      name: HALL,
      capacity: 40,
      openingHours: [{ weekday: 'SATURDAY', opens: '08:00', closes: '18:00' }],
    }),
  ])) as [string]
  author = await newAccount(cms, 'editor')
  reviewer = await newAccount(cms, 'editor')
  partner = await newAccount(cms, 'partner', { institution: 'seed:partner-zjut' })
  const session = (start: string, end: string, capacity: number) => ({
    startsAt: fromHangzhou('2027-03-06', start).toISOString(),
    endsAt: fromHangzhou('2027-03-06', end).toISOString(),
    venue: hall,
    capacity,
  })
  // Sent to review by the author, as the author's own save would.
  const series = await cms.payload.create({
    collection: 'lecture-series',
    data: {
      title: '浏览器场次容量测试',
      sessions: [session('09:00', '10:00', 30), session('14:00', '15:00', 55)],
      reviewAction: 'submit',
    } as never,
    draft: true,
    overrideAccess: true,
    user: await userId(suite, author.email),
  })
  seriesId = String(series.id)
  publishedId = String(
    (
      await cms.payload.create({
        collection: 'courses',
        data: { title: '浏览器已发布课程', _status: 'published' } as never,
        overrideAccess: true,
      })
    ).id,
  )
  const call = await createCall(cms, { title: '浏览器只读测试征集' })
  submissionId = String(
    (
      await cms.payload.create({
        collection: 'submissions',
        data: { title: '提交后只读（浏览器）', call } as never,
        overrideAccess: true,
        user: await userId(suite, partner.email),
      })
    ).id,
  )
})

/** The labels a select-like field offers when opened. */
async function offered(page: Page, name: string): Promise<string[]> {
  const wrapper = field(page, name)
  await wrapper.locator('.rs__control').click()
  await wrapper.locator('.rs__option').first().waitFor()
  const labels = await wrapper.locator('.rs__option').allInnerTexts()
  await page.keyboard.press('Escape')
  return labels
}

const toast = (page: Page, text: string) => page.locator('[data-sonner-toast]', { hasText: text }).first()

describe('the review menu and a refused publish', () => {
  it('offers the author of a series in review only 退回修改 (never 通过 on their own work)', async () => {
    const { context, page } = await suite.asUser(author)
    await openDocument(page, 'lecture-series', seriesId)
    await expect(offered(page, 'reviewAction')).resolves.toEqual(['退回修改'])
    await context.close()
  }, 300_000)

  it('puts the series on the reviewer’s desk (not the author’s), with counts per state and the author’s step in recent activity', async () => {
    const asReviewer = await suite.asUser(reviewer)
    await asReviewer.page.goto('/admin')
    const waiting = asReviewer.page.locator('[data-desk-list="In review, for me to approve"]')
    await waiting.getByRole('link', { name: '浏览器场次容量测试' }).waitFor()
    await expect(asReviewer.page.locator('[data-desk-counts="Lecture series"]').innerText()).resolves.toContain(
      '审核中 1',
    )
    await expect(asReviewer.page.locator('[data-desk-list="Recent activity"]').innerText()).resolves.toContain(
      '送审 系列讲座《浏览器场次容量测试》',
    )
    // The list shows the review state as a column and filters by it.
    await asReviewer.page.goto('/admin/collections/lecture-series?where[review.state][equals]=in_review')
    await asReviewer.page
      .locator('table tbody tr', { hasText: '浏览器场次容量测试' })
      .filter({ hasText: '审核中' })
      .first()
      .waitFor()
    await asReviewer.context.close()

    const asAuthor = await suite.asUser(author)
    await asAuthor.page.goto('/admin')
    const own = asAuthor.page.locator('[data-desk-list="In review, for me to approve"]')
    await own.waitFor()
    expect(await own.getByRole('link', { name: '浏览器场次容量测试' }).count()).toBe(0)
    await asAuthor.context.close()
  }, 300_000)

  it('refuses the reviewer’s publish with the session’s reason in the toast, keeping the edit', async () => {
    const { context, page } = await suite.asUser(reviewer)
    await openDocument(page, 'lecture-series', seriesId)
    await expect(offered(page, 'reviewAction')).resolves.toEqual(['通过', '退回修改'])
    await field(page, 'summary').fill('拒绝后这段简介仍在。')
    await chooseOption(page, 'reviewAction', '通过')
    const answered = page.waitForResponse(
      (response) => response.url().includes('/api/lecture-series') && response.request().method() === 'PATCH',
    )
    await page.getByRole('button', { name: '发布修改' }).click()
    expect((await answered).status()).toBe(400)

    await toast(page, REFUSAL).waitFor()
    expect(await toast(page, REFUSAL).innerText()).not.toContain('sessions.')
    // Sessions open collapsed; the session named in the message is opened to fix it.
    await openRow(page, 'sessions-row-1', '#field-sessions__1__capacity')
    // Nothing typed is lost: the form still holds the edit, and saving it once the session fits publishes it.
    await expect(field(page, 'summary').inputValue()).resolves.toBe('拒绝后这段简介仍在。')
    await page.locator('#field-sessions__1__capacity').fill('35')
    await chooseOption(page, 'reviewAction', '通过')
    const published = page.waitForResponse(
      (response) => response.url().includes('/api/lecture-series') && response.request().method() === 'PATCH',
    )
    await page.getByRole('button', { name: '发布修改' }).click()
    expect((await published).status()).toBe(200)
    const stored = await suite.cms.payload.findByID({
      collection: 'lecture-series',
      id: seriesId,
      overrideAccess: true,
      depth: 0,
    })
    expect(stored).toMatchObject({
      _status: 'published',
      summary: '拒绝后这段简介仍在。',
      review: { state: 'published' },
    })
    await context.close()
  }, 300_000)

  it('sends an edit of a published course to review with 送审, and says it is in review', async () => {
    const { context, page } = await suite.asUser(author)
    await openDocument(page, 'courses', publishedId)
    await expect(offered(page, 'reviewAction')).resolves.toEqual(['送审'])
    await field(page, 'summary').fill('已发布后的修订。')
    await chooseOption(page, 'reviewAction', '送审')
    await saveDraft(page)
    const draft = await suite.cms.payload.findByID({
      collection: 'courses',
      id: publishedId,
      draft: true,
      overrideAccess: true,
      depth: 0,
    })
    expect(draft).toMatchObject({ summary: '已发布后的修订。', review: { state: 'in_review' } })
    await openDocument(page, 'courses', publishedId)
    await expect(field(page, 'review__state').locator('.rs__control').innerText()).resolves.toContain('审核中')
    await context.close()
  }, 300_000)
})

describe('the partner’s submission', () => {
  it('offers the partner 提交 and 撤回 on a draft, and after submitting only 撤回, with the proposal read-only', async () => {
    const { context, page } = await suite.asUser(partner)
    await openDocument(page, 'submissions', submissionId)
    await expect(offered(page, 'action')).resolves.toEqual(['提交', '撤回'])
    expect(await field(page, 'title').isEditable()).toBe(true)
    await chooseOption(page, 'action', '提交')
    await save(page, 'submissions')

    await openDocument(page, 'submissions', submissionId)
    await expect(offered(page, 'action')).resolves.toEqual(['撤回'])
    expect(await field(page, 'title').isEditable()).toBe(false)
    // Editors' hints are not the partner's to read.
    expect(await page.getByText('按得分排序').count()).toBe(0)
    await context.close()
  }, 300_000)
})
