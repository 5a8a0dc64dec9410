/**
 * The published catalogue follows the CMS: publishing projects a course's
 * public fields, a draft edit leaves the catalogue alone, unpublishing and
 * deleting take the course out, and an old projection replayed late never
 * overwrites a newer one.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { catalogueCourses, tombstone, writeProjection } from '../../../server/catalogue/courseProjection.ts'
import { courseProjector } from '../../../cms/catalogue/projectors.ts'
import { catalogueCollections } from '../../../server/catalogue/collectionProjection.ts'
import { catalogueSeries, catalogueSessions } from '../../../server/catalogue/seriesProjection.ts'
import { freshDatabase } from '../../support/database.ts'
import { createUserAndLogin, rest, startCms, type TestCms } from '../../support/cms.ts'
import { createPublished, type Desk, newDesk, republish } from '../../support/editorial.ts'

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms
let editor: string
let desk: Desk

beforeAll(async () => {
  database = await freshDatabase('projection')
  cms = await startCms(database)
  editor = await createUserAndLogin(cms, {
    email: 'projection@example.org',
    password: 'editor password',
    role: 'editor',
  })
  desk = await newDesk(cms, editor)
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
    const id = await publish('家庭理财入门', {
      summary: '认识银行卡与防骗',
      topics: ['FAMILY_FINANCE'],
      audiences: ['OLDER_ADULTS'],
      creditHours: 4,
    })
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
    const draft = await rest<{ doc: { id: string } }>(cms, 'POST', '/courses?draft=true', {
      token: editor,
      body: { title: '尚未发布' },
    })
    expect(await entry(draft.body.doc.id)).toMatchObject({ removed: true })

    const id = await publish('心理健康讲座')
    const before = await entry(id)
    await rest(cms, 'PATCH', `/courses/${id}?draft=true`, {
      token: editor,
      body: { title: '心理健康讲座（草稿修改）' },
    })
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
    expect(
      await writeProjection(database.db, {
        ...current!,
        version: current!.version - 1_000,
        title: { zh: '旧标题', en: null },
      }),
    ).toBe('stale')
    expect((await entry(id))?.title).toEqual(current!.title)

    // A late tombstone older than the publish does not remove it either.
    expect(await writeProjection(database.db, tombstone(id, current!.version - 1))).toBe('stale')
    expect((await entry(id))?.removed).toBe(false)
  })
})

const PRIVATE_KEYS = [
  '_status',
  'review',
  'reviewComment',
  'reviewAction',
  'lastEditedBy',
  'licenseExpiresAt',
  'origin',
  'price',
]

describe('what reaches the catalogue', () => {
  it('a course carries its public fields and nothing private', async () => {
    const id = await publish('收费课程', {
      free: false,
      price: 120,
      durationMinutes: 90,
      origin: { kind: 'purchase' },
      licenseExpiresAt: '2030-01-01T00:00:00.000Z',
      reviewComment: '内部意见',
    })
    const projected = await entry(id)
    expect(projected).toMatchObject({ free: false, priceCny: 120, durationMinutes: 90 })
    for (const key of PRIVATE_KEYS) expect(Object.keys(projected!)).not.toContain(key)
  })
})

describe('covers', () => {
  // The smallest valid PNG (1×1, transparent).
  const PNG = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  )

  it('a published course and a collection listing it carry the cover’s public URL and the item’s id', async () => {
    const cover = await cms.payload.create({
      collection: 'media',
      data: { kind: 'image', alt: '封面' },
      file: { data: PNG, mimetype: 'image/png', name: 'canal-cover.png', size: PNG.length },
      overrideAccess: true,
    })
    const courseId = await publish('运河夜游', { cover: cover.id })
    expect((await entry(courseId))?.coverUrl).toBe(cover.url)
    expect(cover.url).toMatch(/canal-cover.*\.png$/)

    const collectionId = await createPublished(desk, 'course-collections', {
      title: '运河专题',
      cover: cover.id,
      items: [{ relationTo: 'courses', value: courseId }],
    })
    expect(await catalogueCollections(database.db).findOne({ _id: collectionId })).toMatchObject({
      coverUrl: cover.url,
      items: [{ kind: 'COURSE', id: courseId }],
      courseIds: [courseId],
    })
  })
})

describe('lecture series and their sessions', () => {
  const at = (day: number) => ({
    startsAt: `2027-04-${String(day).padStart(2, '0')}T01:00:00.000Z`,
    endsAt: `2027-04-${String(day).padStart(2, '0')}T02:00:00.000Z`,
  })
  const sessions = (seriesId: string) =>
    catalogueSessions(database.db).find({ seriesId }).sort({ startsAt: 1 }).toArray()

  it('projects one document per session, removes a dropped session, and removes them all on unpublish', async () => {
    const id = await createPublished(desk, 'lecture-series', {
      title: '社区老年学堂',
      brand: 'elderly_school',
      sessions: [at(1), at(8), at(15)],
    })
    expect((await catalogueSeries(database.db).findOne({ _id: id }))?.sessionIds).toHaveLength(3)
    expect((await sessions(id)).map((s) => s.removed)).toEqual([false, false, false])

    const current = await rest<{ sessions: { id: string }[] }>(cms, 'GET', `/lecture-series/${id}`, { token: editor })
    await republish(desk, 'lecture-series', id, { sessions: current.body.sessions.slice(0, 2) })
    const afterDrop = await sessions(id)
    expect(afterDrop.filter((s) => s.removed).map((s) => s._id)).toEqual([`${id}:${current.body.sessions[2]!.id}`])
    expect(afterDrop.filter((s) => !s.removed)).toHaveLength(2)

    await rest(cms, 'PATCH', `/lecture-series/${id}`, { token: editor, body: { _status: 'draft' } })
    expect(await catalogueSeries(database.db).findOne({ _id: id })).toMatchObject({ removed: true })
    expect((await sessions(id)).map((s) => s.removed)).toEqual([true, true, true])
  })
})

describe('curated collections', () => {
  it('keeps the editor’s order of courses and series', async () => {
    const first = await publish('专题课程一')
    const second = await publish('专题课程二')
    const series = await createPublished(desk, 'lecture-series', { title: '专题讲座' })
    const id = await createPublished(desk, 'course-collections', {
      title: '智慧助老',
      audiences: ['OLDER_ADULTS'],
      items: [
        { relationTo: 'courses', value: second },
        { relationTo: 'lecture-series', value: series },
        { relationTo: 'courses', value: first },
      ],
    })
    expect(await catalogueCollections(database.db).findOne({ _id: id })).toMatchObject({
      slug: 'zhi-hui-zhu-lao',
      audiences: ['OLDER_ADULTS'],
      items: [
        { kind: 'COURSE', id: second },
        { kind: 'SERIES', id: series },
        { kind: 'COURSE', id: first },
      ],
      courseIds: [second, first],
      seriesIds: [series],
    })
  })
})
