/**
 * A refused save's reason stays next to the field it names while the editor
 * goes on typing elsewhere: Payload's next form refresh (sent on any
 * keystroke) used to wipe it. Two refusals: publishing what is not approved
 * (shown by the review state, since the publish status has no field) and a
 * session over its venue's capacity (under that session's capacity). The
 * reason goes once the field is changed, and the edits made meanwhile are
 * saved and still there after a reload. Also: a draft's 预览 button opens
 * the hub's preview page with the draft as the graph answers for it.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'
import { startHub, type RunningHub } from '../../../server/app.ts'
import { hubVersion } from '../../../server/config/hubVersion.ts'
import { fromHangzhou } from '../../../server/domain/scheduling/localTime.ts'
import { chooseOption, field, openDocument, openRow } from '../../support/adminPage.ts'
import { useAdminSuite } from '../../support/adminSuite.ts'
import { pushVenues } from '../../support/registryPush.ts'
import { venueRecord } from '../../support/registryRecords.ts'
import { newAccount } from '../../support/users.ts'

const HALL = '拒绝留存测试报告厅'
const NOT_APPROVED = '须先审核通过才能发布。'
const OVER_CAPACITY = '人数 55 超过场地“拒绝留存测试报告厅”的容量 40。'

let author: { email: string; password: string }
let reviewer: { email: string; password: string }
let inReviewId: string
let crowdedId: string
let hub: RunningHub | undefined
const hubUrlBefore = process.env.HUB_PUBLIC_URL

const suite = useAdminSuite('admin_refusals_kept', async ({ database, cms }) => {
  // The preview page is the hub's; the admin's button is addressed at it.
  hub = await startHub(
    { db: database.db, payload: cms.payload, hubVersion },
    { port: 0, host: '127.0.0.1', log: () => {} },
  )
  process.env.HUB_PUBLIC_URL = hub.url.replace('localhost', '127.0.0.1').replace(/\/graphql$/, '')
  const [hall] = (await pushVenues(database.db, [
    venueRecord('kept-refusal-hall', {
      name: HALL,
      capacity: 40,
      openingHours: [{ weekday: 'SATURDAY', opens: '08:00', closes: '18:00' }],
    }),
  ])) as [string]
  author = await newAccount(cms, 'editor')
  reviewer = await newAccount(cms, 'editor')
  const { docs } = await cms.payload.find({
    collection: 'users',
    where: { email: { equals: author.email } },
    overrideAccess: true,
    depth: 0,
  })
  const session = (start: string, end: string, capacity: number) => ({
    startsAt: fromHangzhou('2027-03-06', start).toISOString(),
    endsAt: fromHangzhou('2027-03-06', end).toISOString(),
    venue: hall,
    capacity,
  })
  const sentToReview = async (title: string, capacities: number[]) =>
    String(
      (
        await cms.payload.create({
          collection: 'lecture-series',
          data: {
            title,
            sessions: capacities.map((capacity, index) =>
              session(`${String(9 + index * 2).padStart(2, '0')}:00`, `${10 + index * 2}:00`, capacity),
            ),
            reviewAction: 'submit',
          } as never,
          draft: true,
          overrideAccess: true,
          user: docs[0]!,
        })
      ).id,
    )
  inReviewId = await sentToReview('留存测试：未通过的系列', [30])
  crowdedId = await sentToReview('留存测试：超员的系列', [30, 55])
})

afterAll(async () => {
  await hub?.stop()
  if (hubUrlBefore === undefined) delete process.env.HUB_PUBLIC_URL
  else process.env.HUB_PUBLIC_URL = hubUrlBefore
})

/** Clicks 发布修改 and expects the save to be refused. */
async function refusedPublish(page: Page): Promise<void> {
  const answered = page.waitForResponse(
    (response) => response.url().includes('/api/lecture-series') && response.request().method() === 'PATCH',
  )
  await page.getByRole('button', { name: '发布修改' }).click()
  expect((await answered).status()).toBe(400)
}

/**
 * Types into the summary and waits until the admin's form refresh for that
 * edit (a server action posted by the edit view) has answered and been
 * drawn. Now and then the admin sends no refresh for a change made while the
 * last one was still being handled; the edit is then typed again.
 */
async function typeElsewhere(page: Page, text: string): Promise<void> {
  const summary = field(page, 'summary')
  for (let attempt = 1; ; attempt++) {
    const refreshed = page
      .waitForResponse(
        (response) =>
          response.request().method() === 'POST' && response.request().headers()['next-action'] !== undefined,
        { timeout: 15_000 },
      )
      .then(
        () => true,
        () => false,
      )
    if (attempt > 1) await summary.fill('')
    await summary.fill(text)
    if (await refreshed) break
    if (attempt === 4) throw new Error(`no form refresh answered after typing “${text}” ${attempt} times`)
  }
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  )
}

/** The wrapper of a field as drawn: label, error and input. */
const fieldBox = (page: Page, path: string) => {
  const id = `#field-${path.replace(/\./g, '__')}`
  return page.locator(`.field-type${id}, .field-type:has(${id})`).last()
}

describe('a refusal’s reason next to its field', () => {
  it('keeps “only an approved item can be published” by the review state while the editor types, and publishes once approved', async () => {
    const { context, page } = await suite.asUser(reviewer)
    await openDocument(page, 'lecture-series', inReviewId)
    await refusedPublish(page)
    const state = fieldBox(page, 'review.state')
    await state.getByText(NOT_APPROVED).waitFor()

    await typeElsewhere(page, '拒绝之后写的简介。')
    await typeElsewhere(page, '拒绝之后写的简介，又改了一次。')
    await expect(state.getByText(NOT_APPROVED).isVisible()).resolves.toBe(true)

    // Approving and publishing goes through, and the reason goes with the refused state.
    await chooseOption(page, 'reviewAction', '通过')
    const published = page.waitForResponse(
      (response) => response.url().includes('/api/lecture-series') && response.request().method() === 'PATCH',
    )
    await page.getByRole('button', { name: '发布修改' }).click()
    expect((await published).status()).toBe(200)
    await state.getByText(NOT_APPROVED).waitFor({ state: 'detached' })
    await page.reload()
    await expect(field(page, 'summary').inputValue()).resolves.toBe('拒绝之后写的简介，又改了一次。')
    await context.close()
  }, 300_000)

  it('keeps a session’s capacity refusal under that session’s capacity until it is changed, losing no edit', async () => {
    const { context, page } = await suite.asUser(reviewer)
    await openDocument(page, 'lecture-series', crowdedId)
    await chooseOption(page, 'reviewAction', '通过')
    await refusedPublish(page)

    // The editor first writes elsewhere, then opens the session the toast named (第 02 场).
    await typeElsewhere(page, '超员被拒后补充的简介。')
    await openRow(page, 'sessions-row-1', '#field-sessions__1__capacity')
    // A session's input and, under it, what was refused.
    const capacity = page.locator('.session-field', { has: page.locator('#field-sessions__1__capacity') })
    await capacity.getByText(OVER_CAPACITY).waitFor()
    await typeElsewhere(page, '超员被拒后补充的简介，第二稿。')
    await expect(capacity.getByText(OVER_CAPACITY).isVisible()).resolves.toBe(true)

    // Changing the capacity answers the refusal: the reason goes, and publishing goes through with every edit.
    await page.locator('#field-sessions__1__capacity').fill('35')
    await capacity.getByText(OVER_CAPACITY).waitFor({ state: 'detached' })
    await chooseOption(page, 'reviewAction', '通过')
    const published = page.waitForResponse(
      (response) => response.url().includes('/api/lecture-series') && response.request().method() === 'PATCH',
    )
    await page.getByRole('button', { name: '发布修改' }).click()
    expect((await published).status()).toBe(200)
    await page.reload()
    await expect(field(page, 'summary').inputValue()).resolves.toBe('超员被拒后补充的简介，第二稿。')
    const stored = await suite.cms.payload.findByID({
      collection: 'lecture-series',
      id: crowdedId,
      overrideAccess: true,
      depth: 0,
    })
    expect(stored).toMatchObject({
      _status: 'published',
      summary: '超员被拒后补充的简介，第二稿。',
      sessions: [{ capacity: 30 }, { capacity: 35 }],
    })
    await context.close()
  }, 300_000)
})

describe('the 预览 button', () => {
  it('opens a draft as the graph answers for it, on the hub’s preview page', async () => {
    const { context, page } = await suite.asUser(author)
    const draft = await suite.cms.payload.create({
      collection: 'courses',
      data: { title: '预览按钮测试课程', summary: '草稿里的简介' } as never,
      draft: true,
      overrideAccess: true,
    })
    await openDocument(page, 'courses', String(draft.id))
    const button = page.getByRole('link', { name: '预览' })
    await button.waitFor()
    const [preview] = await Promise.all([context.waitForEvent('page'), button.click()])
    await preview.waitForLoadState()
    await preview.getByRole('heading', { name: '预览按钮测试课程' }).waitFor()
    await expect(preview.locator('body').innerText()).resolves.toContain('草稿里的简介')
    await context.close()
  }, 300_000)
})
