/**
 * On real MongoDB the fallback path's queries use the indexes the hub
 * creates: every loader and list shape is explained and must not scan its
 * collection. FerretDB never uses secondary indexes for reads (see the stack
 * notes), so there the suite says so and is skipped; set TEST_MONGODB_URI to
 * a MongoDB server to run it. There, instead, the hub keeps no secondary
 * index at all: each would only cost writes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Document } from 'mongodb'
import { CATALOGUE_COLLECTIONS } from '../../../server/catalogue/catalogueCollections.ts'
import { REGISTRY_COLLECTIONS } from '../../../server/registry/shared/collections.ts'
import { ensureRegistryIndexes, hubIndexKeys } from '../../../server/registry/shared/indexes.ts'
import { freshDatabase, type TestDatabase } from '../../support/database.ts'

let database: TestDatabase & { dropAndClose(): Promise<void> }

beforeAll(async () => {
  database = await freshDatabase('index_use')
  await ensureRegistryIndexes(database.db)
})

afterAll(async () => {
  await database.dropAndClose()
})

const now = new Date()
const SHAPES: Array<[string, string, Document, Document]> = [
  ['a page of courses by name', CATALOGUE_COLLECTIONS.courses, { removed: false }, { name: 1, _id: 1 }],
  [
    'courses by id (the course loader)',
    CATALOGUE_COLLECTIONS.courses,
    { _id: { $in: ['a', 'b'] }, removed: false },
    {},
  ],
  [
    'a teacher’s courses',
    CATALOGUE_COLLECTIONS.courses,
    { teacherIds: { $in: ['t1'] }, removed: false },
    { name: 1, _id: 1 },
  ],
  [
    'a provider’s courses',
    CATALOGUE_COLLECTIONS.courses,
    { providerId: { $in: ['p1'] }, removed: false },
    { name: 1, _id: 1 },
  ],
  [
    'a venue’s upcoming sessions',
    CATALOGUE_COLLECTIONS.sessions,
    { venueId: { $in: ['v1'] }, removed: false, startsAt: { $gte: now } },
    { startsAt: 1, _id: 1 },
  ],
  [
    'the calendar',
    CATALOGUE_COLLECTIONS.sessions,
    { removed: false, startsAt: { $gte: now, $lt: new Date(now.getTime() + 86_400_000) } },
    { startsAt: 1, _id: 1 },
  ],
  [
    'collections holding a course',
    CATALOGUE_COLLECTIONS.collections,
    { courseIds: { $in: ['c1'] }, removed: false },
    { name: 1, _id: 1 },
  ],
  ['a street’s venues', REGISTRY_COLLECTIONS.venues, { streetId: { $in: ['hushu'] } }, { name: 1, _id: 1 }],
  ['an institution’s children', REGISTRY_COLLECTIONS.institutions, { parentId: { $in: ['i1'] } }, { name: 1, _id: 1 }],
  ['teachers by id (the teacher loader)', REGISTRY_COLLECTIONS.teachers, { _id: { $in: ['t1', 't2'] } }, {}],
]

function stages(plan: Document): string[] {
  const children = [plan.inputStage, ...(plan.inputStages ?? [])].filter(Boolean) as Document[]
  return [String(plan.stage), ...children.flatMap(stages)]
}

describe('index use on real MongoDB', () => {
  it.each(SHAPES)('%s uses an index', async (_label, collection, filter, sort) => {
    if (database.flavor !== 'mongodb') {
      console.warn(
        `[index use] skipped on ${database.flavor}: it reads no secondary index; set TEST_MONGODB_URI to a MongoDB server to run these checks`,
      )
      return
    }
    const explained = await database.db.collection(collection).find(filter).sort(sort).explain('queryPlanner')
    const plan = stages((explained.queryPlanner as Document).winningPlan as Document)
    expect(plan).not.toContain('COLLSCAN')
    expect(
      plan.some(
        (stage) => stage === 'IXSCAN' || stage === 'IDHACK' || stage === 'EXPRESS_IXSCAN' || stage === 'EXPRESS_IDHACK',
      ),
    ).toBe(true)
  })
})

describe('indexes kept on each server', () => {
  const teachers = REGISTRY_COLLECTIONS.teachers
  const keysOf = async () =>
    (await database.db.collection(teachers).listIndexes().toArray()).map((index) => JSON.stringify(index.key)).sort()

  it('keeps every index of the hub on MongoDB and none but _id on FerretDB, dropping any made before', async () => {
    if (database.flavor === 'ferretdb') await database.db.collection(teachers).createIndex({ poolLevel: 1 })
    await ensureRegistryIndexes(database.db)
    const expected = database.flavor === 'ferretdb' ? [] : hubIndexKeys(teachers).map((key) => JSON.stringify(key))
    expect(await keysOf()).toEqual([JSON.stringify({ _id: 1 }), ...expected].sort())
  })
})
