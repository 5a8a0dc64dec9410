/**
 * The admin speaks Chinese throughout, as its editors read it: array rows and
 * their add buttons carry Chinese names, a submission's history reads as
 * words rather than codes, dates are written the Chinese way on the district's
 * clock, an English browser sees no "undefined", and the account picture is
 * drawn by the admin itself (no image from an outside service, which the
 * district's network does not reach).
 */
import { describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'
import { openDocument, waitForHydration } from '../../support/adminPage.ts'
import { useAdminSuite } from '../../support/adminSuite.ts'
import { createCall } from '../../support/collect.ts'
import { newAccount } from '../../support/users.ts'

const CALL = '2027 年社区书院课程征集（中文界面）'
// 2027-03-05 06:30 UTC is 14:30 in Hangzhou
const DEADLINE = '2027-03-05T06:30:00.000Z'
const DEADLINE_SHOWN = '2027年3月5日 14:30'

let editor: { email: string; password: string }
let callId: string
let submissionId: string

const suite = useAdminSuite('admin_chinese', async ({ cms }) => {
  callId = await createCall(cms, { title: CALL, deadline: DEADLINE })
  editor = await newAccount(cms, 'editor')
  const partner = await newAccount(cms, 'partner', { institution: 'seed:partner-leling' })
  const users = async (email: string) =>
    (await cms.payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true }))
      .docs[0]!
  const partnerUser = await users(partner.email)
  const editorUser = await users(editor.email)
  const created = await cms.payload.create({
    collection: 'submissions',
    data: { title: '社区书院读书会', call: callId },
    user: partnerUser,
    overrideAccess: false,
  })
  submissionId = String(created.id)
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
    user: editorUser,
    overrideAccess: false,
  })
})

/** Text of the page's form, without the navigation. */
const formText = (page: Page) => page.locator('form .document-fields').innerText()

describe('the admin in Chinese', () => {
  it('names array rows and their add buttons in Chinese, and writes dates the Chinese way in Hangzhou time', async () => {
    const { context, page } = await suite.asUser(editor)
    await openDocument(page, 'calls', callId)
    const rubric = page.locator('#field-rubric')
    await rubric.getByText('评分项 01').first().waitFor()
    await expect(rubric.getByRole('button', { name: '添加 评分项' }).count()).resolves.toBe(1)
    expect(await formText(page)).not.toMatch(/Rubric/)
    await expect(page.locator('#field-deadline input').first().inputValue()).resolves.toBe(DEADLINE_SHOWN)

    await page.goto('/admin/collections/calls')
    await page.getByRole('link', { name: CALL }).first().waitFor()
    await page.locator('.cell-deadline', { hasText: DEADLINE_SHOWN }).first().waitFor()
    await context.close()
  }, 300_000)

  it('reads a submission’s history as words: the action and the state, not their codes', async () => {
    const { context, page } = await suite.asUser(editor)
    await openDocument(page, 'submissions', submissionId)
    const history = page.locator('#field-history')
    await history.getByText('记录 01').first().waitFor()
    await history.getByText('记录 02').first().waitFor()
    const shown = await history.innerText()
    expect(shown).toContain('提交')
    expect(shown).toContain('已提交')
    expect(shown).toContain('开始评审')
    expect(shown).toContain('评审中')
    expect(shown).not.toMatch(/\b(submit|submitted|start_review|in_review)\b/)
    await context.close()
  }, 300_000)

  it('shows an English browser no "undefined", and draws the account picture itself', async () => {
    const outside: string[] = []
    const { context, page } = await suite.asUser(editor, 'en-US')
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol.startsWith('http'))
        outside.push(request.url())
    })
    await page.goto('/admin')
    await waitForHydration(page, 'nav')
    await page.locator('.graphic-account').first().waitFor()
    expect(await page.locator('body').innerText()).not.toMatch(/undefined/)
    // The account picture is the admin's own drawing, not an image from elsewhere.
    expect(await page.locator('img[src*="gravatar"]').count()).toBe(0)
    expect(outside).toEqual([])
    await context.close()
  }, 300_000)
})
