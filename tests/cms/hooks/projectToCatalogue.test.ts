/**
 * The published catalogue follows the CMS: publishing projects a course's
 * public fields, a draft edit leaves the catalogue alone, unpublishing and
 * deleting take the course out, and an old projection replayed late never
 * overwrites a newer one.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { catalogueCourses, tombstone, writeProjection } from '../../../server/catalogue/courseProjection.ts'
import { courseProjector } from '../../../cms/catalogue/projectors.ts'
import { freshDatabase } from '../../support/database.ts'
import { createUserAndLogin, rest, startCms, type TestCms } from '../../support/cms.ts'
import { createPublished, republish, type Desk } from '../../support/editorial.ts'

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms
let editor: string
let desk: Desk

beforeAll(async () => {
  database = await freshDatabase('projection')
  cms = await startCms(database)
  editor = await createUserAndLogin(cms, { email: 'projection@example.org', password: 'editor password', role: 'editor' })
  desk = { cms, author: editor, reviewer: await createUserAndLogin(cms, { email: 'reviewer@example.org', password: 'editor password', role: 'editor' }) }
})

afterAll(async () => {
  await cms.stop()
  await database.dropAndClose()
})

const entry = (id: string) => catalogueCourses(database.db).findOne({ _id: id })

async function publish(title: string, extra: Record<string, unknown> = {}): Promise<string> {
  return createPublished(desk, 'courses', { title, ...extra })
}

describe('course projection', () => {
  it('projects the public fields of a published course, in both locales', async () => {
    const id = await publish('家庭理财入门', { summary: '认识银行卡与防骗', topics: ['FAMILY_FINANCE'], audiences: ['OLDER_ADULTS'], creditHours: 4 })
    await republish(desk, 'courses', id, { title: 'Family finance basics' }, '&locale=en')
    const projected = await entry(id)
    expect(projected).toMatchObject({
      removed: false,
      slug: 'jia-ting-li-cai-ru-men',
      title: { zh: '家庭理财入门', en: 'Family finance basics' },
      summary: { zh: '认识银行卡与防骗', en: null },
      topics: ['FAMILY_FINANCE'],
      audiences: ['OLDER_ADULTS'],
      creditHours: 4,
    })
    expect(Object.keys(projected!)).not.toContain('_status')
  })

  it('keeps a draft out of the catalogue, and a draft edit of a published course does not touch it', async () => {
    const draft = await rest<{ doc: { id: string } }>(cms, 'POST', '/courses?draft=true', { token: editor, body: { title: '尚未发布' } })
    expect(await entry(draft.body.doc.id)).toMatchObject({ removed: true })

    const id = await publish('心理健康讲座')
    const before = await entry(id)
    await rest(cms, 'PATCH', `/courses/${id}?draft=true`, { token: editor, body: { title: '心理健康讲座（草稿修改）' } })
    expect(await entry(id)).toEqual(before)
  })

  it('takes a course out when it is unpublished, and when it is deleted', async () => {
    const unpublished = await publish('代际沟通')
    await rest(cms, 'PATCH', `/courses/${unpublished}`, { token: editor, body: { _status: 'draft' } })
    expect(await entry(unpublished)).toMatchObject({ removed: true })

    const deleted = await publish('生命尊严')
    await rest(cms, 'DELETE', `/courses/${deleted}`, { token: editor })
    expect(await entry(deleted)).toMatchObject({ removed: true })
  })

  it('is idempotent and never goes backwards', async () => {
    const id = await publish('闲暇生活：书法')
    const current = await entry(id)
    expect(await courseProjector.project(cms.payload, id)).toBe('stale')
    expect(await entry(id)).toEqual(current)

    // An older projection arriving late (a replayed event) is ignored.
    expect(await writeProjection(database.db, { ...current!, version: current!.version - 1_000, title: { zh: '旧标题', en: null } })).toBe('stale')
    expect((await entry(id))?.title).toEqual(current!.title)

    // A late tombstone older than the publish does not remove it either.
    expect(await writeProjection(database.db, tombstone(id, current!.version - 1))).toBe('stale')
    expect((await entry(id))?.removed).toBe(false)
  })
})
