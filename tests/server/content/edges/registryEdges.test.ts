/**
 * The catalogue seen from the registry: a teacher's courses and upcoming
 * sessions, an institution's courses, a venue's and a street's upcoming
 * sessions, and what is on each street. Upcoming means not yet started,
 * nearest first, scheduled before cancelled; withdrawn things never appear.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { StreetOverviewDocument, TeacherPageDocument } from '../../../../schema/generated/graphql.ts'
import { publishWorld, type CatalogueWorld } from '../../../support/catalogueWorld.ts'
import { graphql } from '../../../support/hub.ts'
import { startStack, type TestStack } from '../../../support/stack.ts'

let stack: TestStack
let world: CatalogueWorld

beforeAll(async () => {
  stack = await startStack('registry_edges')
  world = await publishWorld(stack.database.db)
})

afterAll(async () => {
  await stack.stop()
})

describe('Teacher', () => {
  it('lists the published courses taught, by title, and the upcoming sessions, scheduled before cancelled', async () => {
    const response = await graphql(stack.hub, TeacherPageDocument, { id: world.teachers.t1 })
    expect(response.errors).toBeUndefined()
    const teacher = response.data!.teacher!
    expect(teacher.courses.map((course) => course.id)).toEqual(['phone', 'canal'])
    expect(teacher.upcomingSessions.map((session) => [session.id, session.status])).toEqual([
      ['citizen:soon', 'SCHEDULED'],
      ['citizen:cancelled', 'CANCELLED'],
    ])
    expect(teacher.upcomingSessions[0]!.venue).toEqual({ name: expect.any(String) })
  })
})

describe('Institution, Venue', () => {
  it('lists an institution’s published courses and a venue’s upcoming sessions', async () => {
    const response = await graphql(
      stack.hub,
      `
        query ($venue: ID!) {
          institution(id: "seed:branch-hushu") {
            courses {
              id
            }
          }
          venue(id: $venue) {
            upcomingSessions {
              id
            }
          }
        }
      `,
      { venue: world.venues.hushuA },
    )
    expect(response.errors).toBeUndefined()
    expect(response.data).toEqual({
      institution: { courses: [{ id: 'phone' }] },
      venue: { upcomingSessions: [{ id: 'citizen:soon' }] },
    })
  })
})

describe('Street', () => {
  it('lists its institutions, its active venues and the upcoming sessions at its venues', async () => {
    const response = await graphql(stack.hub, StreetOverviewDocument, {})
    expect(response.errors).toBeUndefined()
    const streets = new Map(response.data!.streets.map((street) => [street.id, street]))
    const hushu = streets.get('hushu')!
    expect(hushu.institutions.map((institution) => institution.id)).toContain('seed:branch-hushu')
    expect(hushu.venues.map((venue) => venue.id)).toEqual(
      expect.arrayContaining([world.venues.hushuA, world.venues.hushuB]),
    )
    expect(hushu.upcomingSessions.map((session) => session.id)).toEqual([
      'elderly:one',
      'citizen:soon',
      'edited:kept',
      'elderly:two',
    ])
    expect(streets.get('xiaohe')!.upcomingSessions.map((session) => [session.id, session.status])).toEqual([
      ['citizen:later', 'SCHEDULED'],
      ['citizen:cancelled', 'CANCELLED'],
    ])
    expect(streets.get('banshan')!.upcomingSessions).toEqual([])
  })

  it('lists only active venues', async () => {
    const inactive = await stack.database.db
      .collection<{ _id: string; streetId: string }>('registry_venues')
      .find({ status: { $ne: 'ACTIVE' } })
      .toArray()
    expect(inactive.length).toBeGreaterThan(0)
    const response = await graphql(stack.hub, StreetOverviewDocument, {})
    const listed = new Set(response.data!.streets.flatMap((street) => street.venues.map((venue) => venue.id)))
    for (const venue of inactive) expect(listed.has(venue._id)).toBe(false)
  })
})
