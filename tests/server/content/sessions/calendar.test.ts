/**
 * The calendar (`sessions`): a date range defaulted from now and bounded,
 * filters by street (through its venues), venue, series, audience, topic and
 * status, in start-time order with cursor paging; removed sessions never
 * appear.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { StreetCalendarDocument, type StreetCalendarQueryVariables } from '../../../../schema/generated/graphql.ts'
import { limits } from '../../../../server/config/limits.ts'
import { DAY } from '../../../support/catalogue.ts'
import { publishWorld, type CatalogueWorld } from '../../../support/catalogueWorld.ts'
import { graphql } from '../../../support/hub.ts'
import { startStack, type TestStack } from '../../../support/stack.ts'

let stack: TestStack
let world: CatalogueWorld
/** The world is built around this moment; the tables below are built before it is published. */
const NOW = new Date()

beforeAll(async () => {
  stack = await startStack('calendar')
  world = await publishWorld(stack.database.db, NOW)
})

afterAll(async () => {
  await stack.stop()
})

const at = (days: number) => new Date(NOW.getTime() + days * DAY).toISOString()

async function calendar(variables: StreetCalendarQueryVariables) {
  const response = await graphql(stack.hub, StreetCalendarDocument, variables)
  expect(response.errors).toBeUndefined()
  return response.data!.sessions
}

const ids = (page: { edges: { node: { id: string } }[] }) => page.edges.map((edge) => edge.node.id)

describe('sessions (the calendar)', () => {
  it(`lists the next ${limits.catalogue.calendarDefaultDays} days by default, in start order, cancelled ones too`, async () => {
    const hushu = await calendar({ street: 'hushu' })
    expect(ids(hushu)).toEqual(['elderly:one', 'citizen:soon', 'edited:kept', 'elderly:two'])
    const xiaohe = await calendar({ street: 'xiaohe' })
    expect(ids(xiaohe)).toEqual(['citizen:cancelled', 'citizen:later'])
    expect(xiaohe.edges[0]!.node.status).toBe('CANCELLED')
  })

  it('joins each session to its series, venue and teachers', async () => {
    const page = await calendar({ street: 'hushu', first: 2 })
    expect(page.edges[1]!.node).toMatchObject({
      id: 'citizen:soon',
      title: '第二讲：拱宸桥',
      capacity: 120,
      series: { id: 'citizen', brand: '市民大课堂', title: '运河文化十讲' },
      venue: { id: world.venues.hushuA },
      teachers: [{ id: world.teachers.t1 }, { id: world.teachers.t2 }],
    })
  })

  it.each<[string, Omit<StreetCalendarQueryVariables, 'street'> & { street?: string }, string[]]>([
    ['a range in the past', { street: 'hushu', from: at(-5), to: at(0) }, ['citizen:past']],
    ['a range that ends before a session starts', { street: 'hushu', from: at(0), to: at(2) }, ['elderly:one']],
    ['audience', { street: 'hushu', audiences: ['FAMILIES'] }, ['edited:kept']],
    ['topic', { street: 'hushu', topics: ['DIGITAL_SKILLS'] }, ['elderly:one', 'elderly:two']],
    ['cancelled only', { street: 'xiaohe', statuses: ['CANCELLED'] }, ['citizen:cancelled']],
    ['scheduled only', { street: 'xiaohe', statuses: ['SCHEDULED'] }, ['citizen:later']],
    ['a street with nothing on', { street: 'banshan' }, []],
  ])('filters by %s', async (_case, variables, expected) => {
    expect(ids(await calendar(variables as StreetCalendarQueryVariables))).toEqual(expected)
  })

  it('filters by venue and by series, and lists online sessions when no place is asked', async () => {
    const byVenue = await graphql(
      stack.hub,
      `
        query ($venue: ID!) {
          sessions(filter: { venue: $venue }) {
            edges {
              node {
                id
              }
            }
          }
        }
      `,
      { venue: world.venues.hushuB },
    )
    expect(ids((byVenue.data as { sessions: never }).sessions)).toEqual(['elderly:one', 'edited:kept', 'elderly:two'])
    const bySeries = await graphql(
      stack.hub,
      `
        query ($to: DateTimeISO) {
          sessions(filter: { series: "elderly", to: $to }) {
            edges {
              node {
                id
                onlineUrl
                venue {
                  id
                }
              }
            }
          }
        }
      `,
      { to: at(60) },
    )
    expect(
      (bySeries.data as { sessions: { edges: { node: unknown }[] } }).sessions.edges.map((edge) => edge.node),
    ).toEqual([
      { id: 'elderly:one', onlineUrl: null, venue: { id: world.venues.hushuB } },
      { id: 'elderly:two', onlineUrl: null, venue: { id: world.venues.hushuB } },
      { id: 'elderly:online', onlineUrl: 'https://live.example.org/elderly', venue: null },
    ])
  })

  it('never lists a dropped session or one of a withdrawn series', async () => {
    const all = await calendar({ street: 'hushu', from: at(-30), to: at(30) })
    expect(ids(all)).not.toEqual(expect.arrayContaining(['edited:dropped']))
    expect(ids(all).some((id) => id.startsWith('withdrawn:'))).toBe(false)
    expect(all.totalCount).toBe(5)
  })

  it('pages in start order without gaps or repeats', async () => {
    const whole = ids(await calendar({ street: 'hushu', from: at(-30), to: at(30) }))
    const first = await calendar({ street: 'hushu', from: at(-30), to: at(30), first: 2 })
    const second = await calendar({
      street: 'hushu',
      from: at(-30),
      to: at(30),
      first: 2,
      after: first.pageInfo.endCursor,
    })
    const third = await calendar({
      street: 'hushu',
      from: at(-30),
      to: at(30),
      first: 2,
      after: second.pageInfo.endCursor,
    })
    expect([...ids(first), ...ids(second), ...ids(third)]).toEqual(whole)
    expect([first.pageInfo.hasNextPage, second.pageInfo.hasNextPage, third.pageInfo.hasNextPage]).toEqual([
      true,
      true,
      false,
    ])
  })

  it.each([
    [
      'an end before the start',
      { from: at(5), to: at(1) },
      '结束时间须晚于开始时间。`to` must be after `from`.',
      'not after from',
    ],
    [
      `a range over ${limits.catalogue.calendarMaxDays} days`,
      { from: at(0), to: at(limits.catalogue.calendarMaxDays + 1) },
      `日历一次最多查 ${limits.catalogue.calendarMaxDays} 天。A calendar query spans at most ${limits.catalogue.calendarMaxDays} days.`,
      `more than ${limits.catalogue.calendarMaxDays} days after from`,
    ],
  ])('refuses %s', async (_case, range, message, reason) => {
    const response = await graphql(stack.hub, StreetCalendarDocument, { street: 'hushu', ...range })
    expect(response.errors?.[0]).toMatchObject({
      message,
      extensions: { code: 'BAD_USER_INPUT', problems: [{ path: 'filter.to', reason }] },
    })
  })

  it.each([
    [
      'an operator object as a street',
      { street: { $ne: null } },
      'Variable "$street" got invalid value { $ne: null }; ID cannot represent value: { $ne: null }',
    ],
    [
      'an operator object as a date',
      { street: 'hushu', from: { $gt: 0 } },
      'Variable "$from" got invalid value { $gt: 0 }; DateTime cannot represent non string or Date type {"$gt":0}',
    ],
  ])('refuses %s', async (_case, variables, message) => {
    const response = await graphql(stack.hub, StreetCalendarDocument, variables as never)
    expect(response.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } })
  })
})
