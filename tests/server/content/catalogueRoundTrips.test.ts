/**
 * On the fallback path (public queries read the database), round trips for the catalogue's joins grow with the depth of a
 * query, never with the number of items: a page of courses, each with its
 * provider, teachers and collections, each collection's series, their
 * sessions and each session's venue, costs one query per entity type and
 * level, whatever the page size. Counted with the driver's command
 * monitoring on the hub's own connection.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startHub, type RunningHub } from '../../../server/app.ts'
import { hubVersion } from '../../../server/config/hubVersion.ts'
import { limits } from '../../../server/config/limits.ts'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { publishCollection, publishCourse, publishSeries, sessionAt } from '../../support/catalogue.ts'
import { graphql } from '../../support/hub.ts'
import { startStack, type TestStack } from '../../support/stack.ts'

const COURSES = 200
const SERIES = 20
let stack: TestStack
/**
 * This query estimates far above limits.graphql.maxCost at a page of 100 (the
 * estimate multiplies every list by its cap), so it runs on a second hub over
 * the same services whose cost limit alone is lifted: round trips are what
 * is measured here, not what the public hub admits.
 */
let deepHub: RunningHub

beforeAll(async () => {
  stack = await startStack('catalogue_round_trips', { readModel: 'database' })
  const db = stack.database.db
  await seedRegistry(db)
  const institutions = (
    await db.collection<{ _id: string }>('registry_institutions').find({}).sort({ _id: 1 }).toArray()
  ).map((doc) => doc._id)
  const teachers = (await db.collection<{ _id: string }>('registry_teachers').find({}).sort({ _id: 1 }).toArray()).map(
    (doc) => doc._id,
  )
  const venues = (await db.collection<{ _id: string }>('registry_venues').find({}).sort({ _id: 1 }).toArray()).map(
    (doc) => doc._id,
  )
  const now = new Date()
  for (let s = 0; s < SERIES; s++) {
    await publishSeries(
      db,
      `rt-series-${s}`,
      [0, 1, 2].map((n) =>
        sessionAt(now, `s${n}`, s + n * 7, {
          venue: venues[(s * 3 + n) % venues.length]!,
          teachers: [teachers[s % teachers.length]!],
        }),
      ),
    )
  }
  for (let c = 0; c < COURSES; c++) {
    const id = `rt-course-${String(c).padStart(3, '0')}`
    await publishCourse(db, id, {
      title: { zh: `往返课程 ${String(c).padStart(3, '0')}` },
      provider: institutions[c % institutions.length]!,
      teachers: [teachers[c % teachers.length]!, teachers[(c + 7) % teachers.length]!],
    })
  }
  // Every course is in one collection of ten; every collection holds two series.
  for (let k = 0; k < COURSES / 10; k++) {
    const courses = Array.from({ length: 10 }, (_, i) => ({
      course: `rt-course-${String(k * 10 + i).padStart(3, '0')}`,
    }))
    await publishCollection(db, `rt-collection-${k}`, [
      ...courses,
      { series: `rt-series-${k % SERIES}` },
      { series: `rt-series-${(k + 1) % SERIES}` },
    ])
  }
  deepHub = await startHub(
    { db, payload: stack.cms.payload, hubVersion },
    { port: 0, host: '127.0.0.1', log: () => {}, maxCost: Number.MAX_SAFE_INTEGER, readModel: 'database' },
  )
})

afterAll(async () => {
  await deepHub.stop()
  await stack.stop()
})

const DEEP = `query($first: Int, $after: String) { courses(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id
  provider { name }
  teachers { name }
  collections { id items { __typename ... on LectureSeries { id sessions { id venue { name } } } } } } } } }`
/** course, institution, teacher, collection, series, session, venue */
const ENTITY_TYPES = 7

interface Page {
  courses: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null }
    edges: {
      node: { provider: unknown; teachers: unknown[]; collections: { items: { sessions?: { venue: unknown }[] }[] }[] }
    }[]
  }
}

async function commandsFor(variables: { first: number; after?: string | null }) {
  const before = stack.database.commandCount()
  const response = await graphql<Page, typeof variables>(deepHub, DEEP, variables)
  expect(response.errors).toBeUndefined()
  return { commands: stack.database.commandCount() - before, page: response.data!.courses }
}

describe('catalogue round trips per request', () => {
  it(`are the same for pages of 5, 50 and ${limits.pagination.maxPageSize} courses and for each page of a ${COURSES}-course walk, and at most the entity types plus one`, async () => {
    const counts: Record<string, number> = {}
    for (const first of [5, 50]) {
      const { commands, page } = await commandsFor({ first })
      expect(page.edges).toHaveLength(first)
      counts[`page of ${first}`] = commands
    }
    let after: string | null = null
    let seen = 0
    for (let n = 1; n <= COURSES / limits.pagination.maxPageSize; n++) {
      const { commands, page }: { commands: number; page: Page['courses'] } = await commandsFor({
        first: limits.pagination.maxPageSize,
        after,
      })
      seen += page.edges.length
      // Every course is joined all the way down: provider, teachers, a collection with series, sessions and venues.
      for (const { node } of page.edges) {
        expect(node.provider).not.toBeNull()
        expect(node.teachers).toHaveLength(2)
        const series = node.collections[0]!.items.filter((item) => item.sessions)
        expect(series).toHaveLength(2)
        for (const item of series) for (const session of item.sessions!) expect(session.venue).not.toBeNull()
      }
      counts[`page ${n} of ${limits.pagination.maxPageSize}`] = commands
      after = page.pageInfo.endCursor
    }
    expect(seen).toBe(COURSES)
    expect(new Set(Object.values(counts)).size).toBe(1)
    expect(Object.values(counts)[0]).toBeLessThanOrEqual(ENTITY_TYPES + 1)
  })

  it('count facets with a fixed number of queries whatever the page size', async () => {
    const facets = `query($first: Int) { courses(first: $first) { facets { topics { count } audiences { count } streets { street { name } count } } edges { node { id } } } }`
    const run = async (first: number) => {
      const before = stack.database.commandCount()
      const response = await graphql(stack.hub, facets, { first })
      expect(response.errors).toBeUndefined()
      return stack.database.commandCount() - before
    }
    expect(await run(5)).toBe(await run(limits.pagination.maxPageSize))
  })
})
