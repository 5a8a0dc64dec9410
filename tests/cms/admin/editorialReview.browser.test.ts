/**
 * The editorial review in the real admin, in a real browser: an editor signs
 * in to the Chinese admin, edits a course, picks its teacher from the
 * registry list and sends it to review; a second editor approves and
 * publishes it; the course appears in the published catalogue.
 */
import { describe, expect, it } from '@jest/globals'
import { catalogueCourses } from '../../../server/catalogue/courseProjection.ts'
import { chooseOption, field, openCourse, pickRegistryItem, publish, saveDraft } from '../../support/adminPage.ts'
import { useAdminSuite } from '../../support/adminSuite.ts'
import { pushTeachers } from '../../support/registryPush.ts'
import { teacherRecord } from '../../support/registryRecords.ts'
import { newAccount } from '../../support/users.ts'

const TEACHER = '运河审核讲师林静'

let author: { email: string; password: string }
let reviewer: { email: string; password: string }
let teacherId: string
let courseId: string

const suite = useAdminSuite('admin_review', async ({ database, cms }) => {
  ;[teacherId] = (await pushTeachers(database.db, [teacherRecord('review-guest', { name: TEACHER })])) as [string]
  courseId = String(
    (
      await suite.cms.payload.create({
        collection: 'courses',
        data: { title: '运河边的老字号' },
        draft: true,
        overrideAccess: true,
      })
    ).id,
  )
  author = await newAccount(cms, 'editor')
  reviewer = await newAccount(cms, 'editor')
})

describe('an editor sends a course to review and a second editor publishes it', () => {
  it('the author edits the course, picks its teacher from the registry and sends it to review', async () => {
    const { context, page } = await suite.asUser(author)
    await openCourse(page, courseId)
    await field(page, 'summary').fill('走访运河边的百年老字号，听店主讲手艺与传承。')
    await pickRegistryItem(page, 'teachers', '林静', TEACHER)
    await chooseOption(page, 'reviewAction', '送审')
    await saveDraft(page)

    const draft = await suite.cms.payload.findByID({
      collection: 'courses',
      id: courseId,
      draft: true,
      overrideAccess: true,
      depth: 0,
    })
    expect(draft).toMatchObject({ teachers: [teacherId], review: { state: 'in_review' } })
    expect(await catalogueCourses(suite.database.db).findOne({ _id: courseId, removed: false })).toBeNull()
    await context.close()
  }, 300_000)

  it('the second editor approves and publishes it, and it reaches the catalogue', async () => {
    const { context, page } = await suite.asUser(reviewer)
    await openCourse(page, courseId)
    await chooseOption(page, 'reviewAction', '通过')
    await publish(page)

    const live = await suite.cms.payload.findByID({
      collection: 'courses',
      id: courseId,
      overrideAccess: true,
      depth: 0,
    })
    expect(live).toMatchObject({ _status: 'published', review: { state: 'published' } })
    expect(await catalogueCourses(suite.database.db).findOne({ _id: courseId })).toMatchObject({
      removed: false,
      title: { zh: '运河边的老字号' },
      teacherIds: [teacherId],
    })
    await context.close()
  }, 300_000)
})
