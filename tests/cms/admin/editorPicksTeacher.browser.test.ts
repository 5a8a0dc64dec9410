/**
 * In the real admin, in a real browser: an editor signs in to the Chinese
 * admin, opens a course, finds a teacher by typing part of the name, saves a
 * draft, and the course holds that teacher's registry id; the picker shows
 * the name, never the id.
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { ADMIN_START_TIMEOUT_MS, startAdmin, type RunningAdmin } from '../../support/admin.ts'
import { CHOSEN, field, launchBrowser, newAdminPage, openCourse, pickRegistryItem, saveDraft, shownValues, signIn } from '../../support/adminPage.ts'
import { startCms, type TestCms } from '../../support/cms.ts'
import { freshDatabase } from '../../support/database.ts'
import { pushTeachers } from '../../support/registryPush.ts'
import { teacherRecord } from '../../support/registryRecords.ts'
import { newAccount } from '../../support/users.ts'

const TEACHER = '运河特聘讲师陈晓'

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms
let admin: RunningAdmin | undefined
let browser: Browser | undefined
let page: Page
let teacherId: string
let courseId: string

beforeAll(async () => {
  database = await freshDatabase('admin_picks_teacher')
  await seedRegistry(database.db)
  ;[teacherId] = (await pushTeachers(database.db, [teacherRecord('canal-guest', { name: TEACHER })])) as [string]
  cms = await startCms(database)
  const course = await cms.payload.create({ collection: 'courses', data: { title: '运河非遗手工课' }, draft: true, overrideAccess: true })
  courseId = String(course.id)
  const editor = await newAccount(cms, 'editor')

  admin = await startAdmin(database, { secret: `admin-${randomBytes(8).toString('hex')}` })
  browser = await launchBrowser()
  ;({ page } = await newAdminPage(browser, admin))
  await signIn(page, editor)
}, ADMIN_START_TIMEOUT_MS + 120_000)

afterAll(async () => {
  await browser?.close()
  await admin?.stop()
  await cms?.stop()
  await database?.dropAndClose()
}, 60_000)

describe('an editor picks a course’s teacher from the registry', () => {
  it('finds the teacher by part of the name and saves the registry id', async () => {
    await openCourse(page, courseId)
    await pickRegistryItem(page, 'teachers', '特聘', TEACHER)
    await saveDraft(page)

    const saved = await cms.payload.findByID({ collection: 'courses', id: courseId, draft: true, overrideAccess: true })
    expect(saved.teachers).toEqual([teacherId])
  }, 180_000)

  it('shows the chosen teacher by name when the course is opened again', async () => {
    await openCourse(page, courseId)
    await field(page, 'teachers').locator(CHOSEN, { hasText: TEACHER }).waitFor()
    const shown = await shownValues(page, 'teachers')
    expect(shown).toEqual([expect.stringContaining(TEACHER)])
    expect(shown.join()).not.toContain(teacherId)
  }, 120_000)
})
