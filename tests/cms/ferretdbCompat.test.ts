/**
 * The FerretDB workarounds of cms/compat, each against the real server:
 * removing items from a hasMany relationship (`$remove`, which FerretDB's
 * `$pull`+`$in` would silently ignore) and updates that ask for a projection.
 * On real MongoDB these run through the unmodified adapter and must behave
 * the same.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { freshDatabase } from '../support/database.ts'
import { startCms, type TestCms } from '../support/cms.ts'

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms

beforeAll(async () => {
  database = await freshDatabase('compat')
  cms = await startCms(database)
})

afterAll(async () => {
  await cms.stop()
  await database.dropAndClose()
})

async function course(title: string): Promise<string> {
  const created = await cms.payload.create({
    collection: 'courses',
    data: { title, _status: 'published' },
    overrideAccess: true,
  })
  return String(created.id)
}

describe('hasMany relationships', () => {
  it('removes the named items with $remove and keeps the others', async () => {
    const [a, b, c, main] = [await course('甲课'), await course('乙课'), await course('丙课'), await course('主课')]
    await cms.payload.update({
      collection: 'courses',
      id: main,
      data: { relatedCourses: [a, b, c] },
      overrideAccess: true,
    })

    await cms.payload.db.updateOne({
      collection: 'courses',
      id: main,
      data: { relatedCourses: { $remove: [a, c] } } as never,
      returning: false,
    })

    const stored = await database.db
      .collection('courses')
      .findOne({ _id: new (await import('mongodb')).ObjectId(main) })
    expect((stored?.relatedCourses as unknown[]).map(String)).toEqual([b])
  })
})

describe('updates that select fields', () => {
  it('applies the update atomically and returns the selected fields', async () => {
    const id = await course('丁课')
    const updated = await cms.payload.db.updateOne({
      collection: 'courses',
      id,
      data: { creditHours: 12 },
      select: { creditHours: true },
    })
    expect(updated).toMatchObject({ id, creditHours: 12 })
  })
})
