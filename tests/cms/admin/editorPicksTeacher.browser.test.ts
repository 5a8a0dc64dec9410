/**
 * In the real admin, in a real browser: an editor signs in to the Chinese
 * admin, opens a course, finds a teacher by typing part of the name, saves a
 * draft, and the course holds that teacher's registry id; the picker shows
 * the name, never the id.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'
import { CHOSEN, field, openCourse, pickRegistryItem, saveDraft, shownValues } from '../../support/adminPage.ts'
import { useAdminSuite } from '../../support/adminSuite.ts'
import { pushTeachers } from '../../support/registryPush.ts'
import { teacherRecord } from '../../support/registryRecords.ts'
import { newAccount } from '../../support/users.ts'

const TEACHER = '运河特聘讲师陈晓'

let page: Page
let teacherId: string
let courseId: string
let editor: { email: string; password: string }

const suite = useAdminSuite('admin_picks_teacher', async ({ database, cms }) => {
  ;[teacherId] = (await pushTeachers(database.db, [teacherRecord('canal-guest', { name: TEACHER })])) as [string]
  courseId = String(
    (
      await suite.cms.payload.create({
        collection: 'courses',
        data: { title: '运河非遗手工课' },
        draft: true,
        overrideAccess: true,
      })
    ).id,
  )
  editor = await newAccount(cms, 'editor')
})

beforeAll(async () => {
  ;({ page } = await suite.asUser(editor))
}, 120_000)

describe('an editor picks a course’s teacher from the registry', () => {
  it('finds the teacher by part of the name and saves the registry id', async () => {
    await openCourse(page, courseId)
    await pickRegistryItem(page, 'teachers', '特聘', TEACHER)
    await saveDraft(page)

    const saved = await suite.cms.payload.findByID({
      collection: 'courses',
      id: courseId,
      draft: true,
      overrideAccess: true,
    })
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
