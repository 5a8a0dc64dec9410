/**
 * After any sequence of publishes, draft edits, unpublishes and deletes, the
 * catalogue the hooks maintained equals the one a full reindex builds.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { reindexCourses } from '../../../cms/catalogue/reindexCourses.ts'
import { catalogueCourses } from '../../../server/catalogue/courseProjection.ts'
import { createRandom } from '../../../seeds/random.ts'
import { freshDatabase } from '../../support/database.ts'
import { createUserAndLogin, rest, startCms, type TestCms } from '../../support/cms.ts'

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms
let editor: string

beforeAll(async () => {
  database = await freshDatabase('reindex')
  cms = await startCms(database)
  editor = await createUserAndLogin(cms, { email: 'reindex@example.org', password: 'editor password', role: 'editor' })
})

afterAll(async () => {
  await cms.stop()
  await database.dropAndClose()
})

const live = async () =>
  (await catalogueCourses(database.db).find({ removed: false }).sort({ _id: 1 }).toArray()).map(({ _id, version, title, slug }) => ({ _id, version, title, slug }))

describe('catalogue:reindex', () => {
  it('rebuilds exactly what the hooks built, after a random sequence of editorial actions', async () => {
    const random = createRandom(20261128)
    const ids: string[] = []
    for (let step = 0; step < 40; step++) {
      const action = ids.length < 3 ? 'create' : random.pick(['create', 'publish', 'draft-edit', 'unpublish', 'delete'] as const)
      if (action === 'create') {
        const created = await rest<{ doc: { id: string } }>(cms, 'POST', `/courses${random.next() < 0.5 ? '?draft=true' : ''}`, {
          token: editor,
          body: { title: `课程 ${step}`, _status: random.next() < 0.5 ? 'published' : 'draft' },
        })
        ids.push(created.body.doc.id)
      } else {
        const id = random.pick(ids)
        if (action === 'publish') await rest(cms, 'PATCH', `/courses/${id}`, { token: editor, body: { title: `课程 ${step}（发布）`, _status: 'published' } })
        if (action === 'draft-edit') await rest(cms, 'PATCH', `/courses/${id}?draft=true`, { token: editor, body: { title: `课程 ${step}（草稿）` } })
        if (action === 'unpublish') await rest(cms, 'PATCH', `/courses/${id}`, { token: editor, body: { _status: 'draft' } })
        if (action === 'delete') {
          await rest(cms, 'DELETE', `/courses/${id}`, { token: editor })
          ids.splice(ids.indexOf(id), 1)
        }
      }
    }
    const maintained = await live()
    expect(maintained.length).toBeGreaterThan(0)

    await catalogueCourses(database.db).deleteMany({})
    const report = await reindexCourses(cms.payload)
    expect(report.courses).toBe(ids.length)
    expect(await live()).toEqual(maintained)

    const again = await reindexCourses(cms.payload)
    expect(again).toEqual({ courses: ids.length, written: 0, unchanged: ids.length, removed: 0 })
  })

  it('removes catalogue entries whose course is gone from the CMS', async () => {
    await catalogueCourses(database.db).insertOne({ _id: 'ghost-course', version: 1, removed: false, slug: 'ghost' })
    const report = await reindexCourses(cms.payload)
    expect(report.removed).toBe(1)
    expect(await catalogueCourses(database.db).findOne({ _id: 'ghost-course' })).toMatchObject({ removed: true })
  })
})
