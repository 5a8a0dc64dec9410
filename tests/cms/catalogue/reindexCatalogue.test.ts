/**
 * After any sequence of publishes, draft edits, unpublishes and deletes of
 * courses, lecture series and collections, the catalogue the hooks maintained
 * equals the one a full reindex builds; a second reindex changes nothing
 * and appends nothing to the change log.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Db } from 'mongodb'
import { reindexCatalogue } from '../../../cms/catalogue/reindexCatalogue.ts'
import { readCommit, readHead } from '../../../server/changes/changeLog.ts'
import { CATALOGUE_COLLECTIONS } from '../../../server/catalogue/catalogueCollections.ts'
import { catalogueCourses } from '../../../server/catalogue/courseProjection.ts'
import { createRandom } from '../../../seeds/random.ts'
import { freshDatabase } from '../../support/database.ts'
import { rest, startCms, type TestCms } from '../../support/cms.ts'
import { createPublished, type Desk, newDesk, republish, type ReviewedCollection } from '../../support/editorial.ts'

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms
let desk: Desk

beforeAll(async () => {
  database = await freshDatabase('reindex')
  cms = await startCms(database)
  desk = await newDesk(cms)
})

afterAll(async () => {
  await cms.stop()
  await database.dropAndClose()
})

async function snapshot(db: Db) {
  const all: Record<string, unknown[]> = {}
  for (const name of Object.values(CATALOGUE_COLLECTIONS)) {
    all[name] = (await db.collection(name).find({ removed: false }).sort({ _id: 1 }).toArray()).map(
      ({ publishedAt: _publishedAt, ...rest }) => rest,
    )
  }
  return all
}

const session = (day: number, hour: number) => ({
  startsAt: `2027-03-${String(day).padStart(2, '0')}T0${hour}:00:00.000Z`,
  endsAt: `2027-03-${String(day).padStart(2, '0')}T0${hour + 1}:30:00.000Z`,
  capacity: 40,
})

describe('catalogue:reindex', () => {
  it('rebuilds exactly what the hooks built, after a random sequence of editorial actions', async () => {
    const random = createRandom(20261128)
    const items: { collection: ReviewedCollection; id: string }[] = []
    const courseIds = () =>
      items.filter((item) => item.collection === 'courses').map((item) => ({ relationTo: 'courses', value: item.id }))
    const bodyFor = (collection: ReviewedCollection, step: number): Record<string, unknown> => {
      if (collection === 'lecture-series')
        return {
          title: `讲座 ${step}`,
          sessions: [session(1 + (step % 20), 1), session(2 + (step % 20), 2)].slice(0, 1 + (step % 2)),
        }
      if (collection === 'course-collections') return { title: `专题 ${step}`, items: courseIds().slice(0, 3) }
      return { title: `课程 ${step}` }
    }
    for (let step = 0; step < 45; step++) {
      const action =
        items.length < 4 ? 'create' : random.pick(['create', 'publish', 'draft-edit', 'unpublish', 'delete'] as const)
      if (action === 'create') {
        const collection = random.pick(['courses', 'courses', 'lecture-series', 'course-collections'] as const)
        if (random.next() < 0.6) {
          items.push({ collection, id: await createPublished(desk, collection, bodyFor(collection, step)) })
        } else {
          const created = await rest<{ doc: { id: string } }>(cms, 'POST', `/${collection}?draft=true`, {
            token: desk.author,
            body: bodyFor(collection, step),
          })
          items.push({ collection, id: created.body.doc.id })
        }
        continue
      }
      const { collection, id } = random.pick(items)
      const title = { title: `${collection} ${step}` }
      if (action === 'publish') await republish(desk, collection, id, title)
      if (action === 'draft-edit')
        await rest(cms, 'PATCH', `/${collection}/${id}?draft=true`, { token: desk.author, body: title })
      if (action === 'unpublish')
        await rest(cms, 'PATCH', `/${collection}/${id}`, { token: desk.author, body: { _status: 'draft' } })
      if (action === 'delete') {
        await rest(cms, 'DELETE', `/${collection}/${id}`, { token: desk.author })
        items.splice(
          items.findIndex((item) => item.id === id),
          1,
        )
      }
    }
    const maintained = await snapshot(database.db)
    expect(Object.values(maintained).every((entries) => entries.length > 0)).toBe(true)

    for (const name of Object.values(CATALOGUE_COLLECTIONS)) await database.db.collection(name).deleteMany({})
    const report = await reindexCatalogue(cms.payload)
    expect(
      report['courses']!.documents + report['lecture-series']!.documents + report['course-collections']!.documents,
    ).toBe(items.length)
    expect(await snapshot(database.db)).toEqual(maintained)

    const head = await readHead(database.db)
    const again = await reindexCatalogue(cms.payload)
    for (const counts of Object.values(again)) expect(counts).toMatchObject({ written: 0, removed: 0 })
    // A reindex that changed nothing told the change log nothing either.
    expect(await readHead(database.db)).toBe(head)
  })

  it('removes catalogue entries whose document is gone from the CMS', async () => {
    await catalogueCourses(database.db).insertOne({ _id: 'ghost-course', version: 1, removed: false, slug: 'ghost' })
    const head = await readHead(database.db)
    const report = await reindexCatalogue(cms.payload)
    expect(report['courses']!.removed).toBe(1)
    expect(await catalogueCourses(database.db).findOne({ _id: 'ghost-course' })).toMatchObject({ removed: true })
    // Only what the reindex changed is logged: the ghost's removal.
    expect(await readHead(database.db)).toBe(head + 1)
    expect((await readCommit(database.db, head + 1))!.events).toEqual([
      expect.objectContaining({ kind: 'course', id: 'ghost-course', action: 'REMOVED' }),
    ])
  })
})
