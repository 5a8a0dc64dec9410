/**
 * The admin shows people and institutions by name, never by registry id or
 * email address: the submissions and purchases lists, a purchase's vendor
 * (also while its name is on the way, when it is not "missing"), who sent an
 * item to review and who took each step of a submission, and, to a partner,
 * the title of the (now closed) call its accepted submission answered; and
 * the versions list says who made each version.
 */
import { describe, expect, it } from '@jest/globals'
import type { User } from '../../../cms/payload-types.ts'
import type { Page } from 'playwright-core'
import { field, openDocument, waitForHydration } from '../../support/adminPage.ts'
import { useAdminSuite } from '../../support/adminSuite.ts'
import { createCall } from '../../support/collect.ts'
import { newAccount } from '../../support/users.ts'

const PARTNER = '杭州拱墅乐龄智慧助老培训中心'
const VENDOR = '浙江工业大学'
const CALL = '2026 年运河文化课程征集（已截止）'
const EDITOR_NAME = '陈编辑'
const REVIEWER_NAME = '李审核'

let editor: { email: string; password: string }
let partner: { email: string; password: string }
let submissionId: string
let purchaseId: string
let courseId: string

const suite = useAdminSuite('admin_names', async ({ cms }) => {
  const userOf = async (email: string) =>
    (await cms.payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true }))
      .docs[0] as User
  editor = await newAccount(cms, 'editor', { name: EDITOR_NAME })
  const reviewer = await newAccount(cms, 'editor', { name: REVIEWER_NAME })
  partner = await newAccount(cms, 'partner', { institution: 'seed:partner-leling' })
  const [editorUser, reviewerUser, partnerUser] = [
    await userOf(editor.email),
    await userOf(reviewer.email),
    await userOf(partner.email),
  ]

  // A submission the partner sent and the reviewer accepted; then the call closed.
  const callId = await createCall(cms, { title: CALL })
  submissionId = String(
    (
      await cms.payload.create({
        collection: 'submissions',
        data: { title: '运河号子传唱课', call: callId },
        user: partnerUser,
        overrideAccess: false,
      })
    ).id,
  )
  await cms.payload.update({
    collection: 'submissions',
    id: submissionId,
    data: { action: 'submit' },
    user: partnerUser,
    overrideAccess: false,
  })
  await cms.payload.update({
    collection: 'submissions',
    id: submissionId,
    data: { action: 'start_review' },
    user: reviewerUser,
    overrideAccess: false,
  })
  await cms.payload.update({
    collection: 'submissions',
    id: submissionId,
    data: { action: 'accept', comment: '选题好' },
    user: reviewerUser,
    overrideAccess: false,
  })
  await cms.payload.update({ collection: 'calls', id: callId, data: { status: 'closed' }, overrideAccess: true })

  purchaseId = String(
    (
      await cms.payload.create({
        collection: 'purchases',
        data: {
          item: '运河非遗微课十讲',
          vendor: 'seed:partner-zjut',
          priceCny: 8000,
          licenseStart: '2026-01-01T00:00:00.000Z',
          licenseEnd: '2027-12-31T00:00:00.000Z',
          budgetYear: 2026,
        },
        user: editorUser,
        overrideAccess: false,
      })
    ).id,
  )
  courseId = String(
    (
      await cms.payload.create({
        collection: 'courses',
        data: { title: '运河边的茶馆' },
        draft: true,
        overrideAccess: true,
      })
    ).id,
  )
  await cms.payload.update({
    collection: 'courses',
    id: courseId,
    data: { reviewAction: 'submit' },
    draft: true,
    user: editorUser,
    overrideAccess: false,
  })
})

/** What a relationship field shows for its document, once its label has loaded (Payload shows a loading text first). */
async function relationshipShown(page: Page, name: string): Promise<string> {
  const shown = field(page, name).locator('.relationship--single-value__text').first()
  await shown.waitFor()
  await page.waitForFunction((node) => !/加载中|Loading/.test(node?.textContent ?? ''), await shown.elementHandle(), {
    polling: 100,
  })
  return (await shown.innerText()).trim()
}

describe('names, not ids', () => {
  it('lists submissions by institution name and purchases by vendor name', async () => {
    const { context, page } = await suite.asUser(editor)
    await page.goto('/admin/collections/submissions')
    await page.locator('.cell-institution', { hasText: PARTNER }).first().waitFor()
    expect(await page.locator('.cell-institution').allInnerTexts()).not.toContainEqual(expect.stringContaining('seed:'))
    await page.goto('/admin/collections/purchases')
    await page.locator('.cell-vendor', { hasText: VENDOR }).first().waitFor()
    expect(await page.locator('.cell-vendor').allInnerTexts()).not.toContainEqual(expect.stringContaining('seed:'))
    await context.close()
  }, 300_000)

  it('says a purchase’s vendor is loading while its name is on the way, never that it is missing', async () => {
    const { context, page } = await suite.asUser(editor)
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/api/registry-search?*', async (route) => {
      await held
      await route.continue()
    })
    await page.goto(`/admin/collections/purchases/${purchaseId}`)
    await waitForHydration(page, 'form .document-fields')
    await page.locator('#field-vendor', { hasText: '正在读取名称' }).waitFor()
    expect(await page.locator('#field-vendor').innerText()).not.toContain('登记中没有')
    release()
    await page.locator('#field-vendor', { hasText: VENDOR }).waitFor()
    await context.close()
  }, 300_000)

  it('shows who sent a course to review, and who took each step of a submission, by name', async () => {
    const { context, page } = await suite.asUser(editor)
    await openDocument(page, 'courses', courseId)
    await expect(relationshipShown(page, 'review.submittedBy')).resolves.toBe(EDITOR_NAME)
    await openDocument(page, 'submissions', submissionId)
    const history = await page.locator('#field-history').innerText()
    expect(history).toContain(REVIEWER_NAME)
    expect(history).not.toContain('@')

    // The versions list says who made each version.
    await page.goto(`/admin/collections/courses/${courseId}/versions`)
    await page.locator('.versions-by-author__who', { hasText: EDITOR_NAME }).first().waitFor()
    expect(await page.locator('.versions-by-author').innerText()).not.toContain('@')
    await context.close()
  }, 300_000)

  it('shows a partner the title of the closed call its accepted submission answered', async () => {
    const { context, page } = await suite.asUser(partner)
    await openDocument(page, 'submissions', submissionId)
    await expect(relationshipShown(page, 'call')).resolves.toBe(CALL)
    expect(await page.locator('form .document-fields').innerText()).not.toContain('无标题')
    await context.close()
  }, 300_000)
})
