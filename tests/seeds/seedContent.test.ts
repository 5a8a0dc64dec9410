/**
 * The seed content, seeded once for the suite: 80 courses published in both
 * languages with valid registry references; 12 series with 150 sessions over
 * the coming months, every session accepted by the publish checks (venue
 * capacity and hours, no teacher in two places), all 18 streets visited,
 * 8 collections in order; a second run adds nothing.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { catalogueCollections } from '../../server/catalogue/collectionProjection.ts'
import { catalogueCourses } from '../../server/catalogue/courseProjection.ts'
import { seedCourses } from '../../seeds/content/courses.ts'
import { catalogueSeries, catalogueSessions } from '../../server/catalogue/seriesProjection.ts'
import { seedCollectContent } from '../../seeds/content/seedCollect.ts'
import { seedCollectionContent } from '../../seeds/content/seedCollections.ts'
import { seedCourseContent } from '../../seeds/content/seedCourses.ts'
import { seedSeriesContent } from '../../seeds/content/seedSeries.ts'
import { seedRegistry } from '../../seeds/seedAll.ts'
import { GONGSHU_STREETS } from '../../seeds/places/streets.ts'
import { REGISTRY_COLLECTIONS } from '../../server/registry/shared/collections.ts'
import { startStack, type TestStack } from '../support/stack.ts'

let stack: TestStack
const today = new Date()

// Seeding publishes all the content through the CMS: 105–135 s in CI, 230 s with a core taken by other work.
jest.setTimeout(600_000)

beforeAll(async () => {
  stack = await startStack('seed_content')
  await seedRegistry(stack.database.db)
})

afterAll(async () => {
  await stack.stop()
})

describe('seed content', () => {
  it('publishes every seed course once, in Chinese and English, with its terms', async () => {
    const expected = seedCourses()
    expect(await seedCourseContent(stack.cms.payload, today)).toEqual({ added: expected.length, existing: 0 })
    const entries = await catalogueCourses(stack.database.db).find({ removed: false }).toArray()
    expect(entries).toHaveLength(expected.length)
    expect(entries.find((entry) => entry.slug === expected[0]!.slug)?.title).toEqual(expected[0]!.title)
    expect(entries.filter((entry) => entry.free === false).length).toBeGreaterThan(0)
    expect(
      await stack.database.db
        .collection('courses')
        .countDocuments({ 'origin.kind': 'purchase', licenseExpiresAt: { $gt: today } }),
    ).toBe(expected.filter((_, i) => i % 8 === 3).length)
  })

  it('publishes 12 series with 150 sessions in the coming months, at venues of every street', async () => {
    expect(await seedSeriesContent(stack.cms.payload, today)).toEqual({ added: 12, existing: 0, sessions: 150 })
    expect(await catalogueSeries(stack.database.db).countDocuments({ removed: false })).toBe(12)
    const sessions = await catalogueSessions(stack.database.db).find({ removed: false }).toArray()
    expect(sessions).toHaveLength(150)
    expect(
      sessions.every(
        (session) =>
          session.startsAt! > today && session.startsAt!.getTime() < today.getTime() + 200 * 24 * 3600 * 1000,
      ),
    ).toBe(true)

    const venues = await stack.database.db
      .collection(REGISTRY_COLLECTIONS.venues)
      .find({ _id: { $in: [...new Set(sessions.map((s) => s.venueId!))] } as never })
      .toArray()
    expect(new Set(venues.map((venue) => venue.streetId)).size).toBe(GONGSHU_STREETS.length)
    expect(sessions.filter((session) => session.status === 'CANCELLED')).toHaveLength(2)
  })

  it('publishes 8 collections, each a mix of courses and series', async () => {
    expect(await seedCollectionContent(stack.cms.payload)).toEqual({ added: 8, existing: 0 })
    const collections = await catalogueCollections(stack.database.db).find({ removed: false }).toArray()
    expect(collections).toHaveLength(8)
    for (const collection of collections) {
      expect(collection.courseIds!.length).toBeGreaterThan(0)
      expect(collection.seriesIds!.length).toBeGreaterThan(0)
    }
  })

  it('records 3 calls, 25 submissions in every state and 6 purchases, each decision with its linked draft', async () => {
    expect(await seedCollectContent(stack.cms.payload, today)).toEqual({ calls: 3, submissions: 25, purchases: 6 })
    const submissions = await stack.cms.payload.find({
      collection: 'submissions',
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    expect(new Set(submissions.docs.map((doc) => doc.state))).toEqual(
      new Set([
        'draft',
        'submitted',
        'in_review',
        'changes_requested',
        'accepted',
        'to_purchase',
        'rejected',
        'withdrawn',
      ]),
    )
    expect(new Set(submissions.docs.map((doc) => doc.institution)).size).toBeGreaterThanOrEqual(10)
    for (const doc of submissions.docs.filter((doc) => doc.state === 'accepted' || doc.state === 'to_purchase'))
      expect(doc.course).toBeTruthy()
    const purchases = await stack.cms.payload.find({
      collection: 'purchases',
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    expect(purchases.docs.map((doc) => doc.state).sort()).toEqual([
      'approved',
      'contracted',
      'paid',
      'paid',
      'proposed',
      'proposed',
    ])
    const inReview = submissions.docs.find((doc) => doc.state === 'in_review')
    expect(inReview?.scoreTotal).toBeGreaterThan(0)
  })

  it('adds nothing the second time', async () => {
    expect(await seedCollectContent(stack.cms.payload, today)).toEqual({ calls: 0, submissions: 0, purchases: 0 })
    expect(await seedSeriesContent(stack.cms.payload, today)).toEqual({ added: 0, existing: 12, sessions: 0 })
    expect(await seedCollectionContent(stack.cms.payload)).toEqual({ added: 0, existing: 8 })
    expect(await seedCourseContent(stack.cms.payload, today)).toEqual({ added: 0, existing: seedCourses().length })
  })
})
