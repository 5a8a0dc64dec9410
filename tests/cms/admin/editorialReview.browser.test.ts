/**
 * The editorial review in the real admin, in a real browser: an editor signs
 * in to the Chinese admin, edits a course, picks its teacher from the
 * registry list and sends it to review; a second editor approves and
 * publishes it; the course appears in the published catalogue.
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { catalogueCourses } from '../../../server/catalogue/courseProjection.ts'
import { ADMIN_START_TIMEOUT_MS, startAdmin, type RunningAdmin } from '../../support/admin.ts'
import { chooseOption, field, launchBrowser, newAdminPage, openCourse, pickRegistryItem, publish, saveDraft, signIn } from '../../support/adminPage.ts'
import { startCms, type TestCms } from '../../support/cms.ts'
import { freshDatabase } from '../../support/database.ts'
import { pushTeachers } from '../../support/registryPush.ts'
import { teacherRecord } from '../../support/registryRecords.ts'
import { newAccount } from '../../support/users.ts'

const TEACHER = '运河审核讲师林静'

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms
let admin: RunningAdmin | undefined
let browser: Browser | undefined
let author: { email: string; password: string }
let reviewer: { email: string; password: string }
let teacherId: string
let courseId: string

async function asUser(account: { email: string; password: string }): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await newAdminPage(browser!, admin!)
  await signIn(opened.page, account)
  return opened
}

beforeAll(async () => {
  database = await freshDatabase('admin_review')
  await seedRegistry(database.db)
  ;[teacherId] = (await pushTeachers(database.db, [teacherRecord('review-guest', { name: TEACHER })])) as [string]
  cms = await startCms(database)
  courseId = String((await cms.payload.create({ collection: 'courses', data: { title: '运河边的老字号' }, draft: true, overrideAccess: true })).id)
  author = await newAccount(cms, 'editor')
  reviewer = await newAccount(cms, 'editor')
  admin = await startAdmin(database, { secret: `admin-${randomBytes(8).toString('hex')}` })
  browser = await launchBrowser()
}, ADMIN_START_TIMEOUT_MS + 120_000)

afterAll(async () => {
  await browser?.close()
  await admin?.stop()
  await cms?.stop()
  await database?.dropAndClose()
}, 60_000)

describe('an editor sends a course to review and a second editor publishes it', () => {
  it('the author edits the course, picks its teacher from the registry and sends it to review', async () => {
    const { context, page } = await asUser(author)
    await openCourse(page, courseId)
    await field(page, 'summary').fill('走访运河边的百年老字号，听店主讲手艺与传承。')
    await pickRegistryItem(page, 'teachers', '林静', TEACHER)
    await chooseOption(page, 'reviewAction', '送审')
    await saveDraft(page)

    const draft = await cms.payload.findByID({ collection: 'courses', id: courseId, draft: true, overrideAccess: true, depth: 0 })
    expect(draft).toMatchObject({ teachers: [teacherId], review: { state: 'in_review' } })
    expect(await catalogueCourses(database.db).findOne({ _id: courseId, removed: false })).toBeNull()
    await context.close()
  }, 300_000)

  it('the second editor approves and publishes it, and it reaches the catalogue', async () => {
    const { context, page } = await asUser(reviewer)
    await openCourse(page, courseId)
    await chooseOption(page, 'reviewAction', '通过')
    await publish(page)

    const live = await cms.payload.findByID({ collection: 'courses', id: courseId, overrideAccess: true, depth: 0 })
    expect(live).toMatchObject({ _status: 'published', review: { state: 'published' } })
    expect(await catalogueCourses(database.db).findOne({ _id: courseId })).toMatchObject({
      removed: false,
      title: { zh: '运河边的老字号' },
      teacherIds: [teacherId],
    })
    await context.close()
  }, 300_000)
})
