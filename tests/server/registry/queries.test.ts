/**
 * Reading the registry through the graph on the seeded Gongshu data: cursor
 * pagination without duplicates or gaps, every filter, the network tree, and
 * what only editors see. Expected figures are computed from the seed data.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  InstitutionsDocument,
  InstitutionTreeDocument,
  TeachersDocument,
  VenuesDocument,
  type InstitutionsQuery,
} from '../../../schema/generated/graphql.ts'
import { limits } from '../../../server/config/limits.ts'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { seedInstitutions } from '../../../seeds/registry/institutions.ts'
import { seedTeachers } from '../../../seeds/registry/teachers.ts'
import { seedVenues } from '../../../seeds/registry/venues.ts'
import { graphql } from '../../support/hub.ts'
import { startStack, type TestStack } from '../../support/stack.ts'
import { signIn, type Credentials } from '../../support/users.ts'

let stack: TestStack
let editor: Credentials
const institutions = seedInstitutions()
const teachers = seedTeachers()
const venues = seedVenues()

beforeAll(async () => {
  stack = await startStack('registry_queries')
  await seedRegistry(stack.database.db)
  editor = await signIn(stack.cms, 'editor')
})

afterAll(async () => {
  await stack.stop()
})

describe('pagination', () => {
  it.each([1, 7, 37, limits.pagination.maxPageSize])(
    'walks every institution once, in name order, %i per page',
    async (pageSize) => {
      const names: string[] = []
      const ids = new Set<string>()
      let after: string | null | undefined = null
      let pages = 0
      for (;;) {
        const response = await graphql(stack.hub, InstitutionsDocument, { first: pageSize, after })
        const connection: InstitutionsQuery['institutions'] = response.data!.institutions
        expect(connection.totalCount).toBe(institutions.length)
        for (const edge of connection.edges) {
          ids.add(edge.node.id)
          names.push(edge.node.name)
        }
        pages++
        if (!connection.pageInfo.hasNextPage) break
        after = connection.pageInfo.endCursor
        if (pageSize === 1 && pages >= 25) break
      }
      if (pageSize === 1) {
        expect(ids.size).toBe(25)
      } else {
        expect(ids.size).toBe(institutions.length)
        expect(names).toHaveLength(institutions.length)
      }
      expect([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(names)
    },
  )

  it('returns an empty last page cleanly and refuses a page over the limit or a forged cursor', async () => {
    const empty = await graphql(stack.hub, InstitutionsDocument, { first: 0 })
    expect(empty.data!.institutions).toMatchObject({
      edges: [],
      totalCount: institutions.length,
      pageInfo: { hasNextPage: true },
    })

    const tooBig = await graphql(stack.hub, InstitutionsDocument, { first: limits.pagination.maxPageSize + 1 })
    expect(tooBig.errors?.[0]).toMatchObject({
      message: `first 须在 0–${limits.pagination.maxPageSize} 之间。first must be 0–${limits.pagination.maxPageSize}.`,
      extensions: { code: 'BAD_USER_INPUT' },
    })
    const forged = await graphql(stack.hub, InstitutionsDocument, { after: 'bm90IGEgY3Vyc29y' })
    expect(forged.errors?.[0]).toMatchObject({
      message: '无效的分页游标。Invalid cursor.',
      extensions: { code: 'BAD_USER_INPUT' },
    })
  })
})

describe('institution filters', () => {
  const count = (predicate: (record: (typeof institutions)[number]) => boolean) => institutions.filter(predicate).length
  it.each([
    ['kind: street branches', { kinds: ['STREET_BRANCH'] }, count((i) => i.kind === 'STREET_BRANCH')],
    ['level: community', { levels: ['COMMUNITY'] }, count((i) => i.level === 'COMMUNITY')],
    ['street: 湖墅', { street: 'hushu' }, count((i) => i.street === 'hushu')],
    ['community: 卖鱼桥社区', { community: 'hushu-maiyuqiao' }, count((i) => i.community === 'hushu-maiyuqiao')],
    ['partners', { isPartner: true }, count((i) => i.isPartner === true)],
    [
      'kind and street together',
      { kinds: ['COMMUNITY_SCHOOL'], street: 'hushu' },
      count((i) => i.kind === 'COMMUNITY_SCHOOL' && i.street === 'hushu'),
    ],
  ] as const)('%s', async (_case, filter, expected) => {
    expect(expected).toBeGreaterThan(0)
    const response = await graphql(stack.hub, InstitutionsDocument, { filter: filter as never, first: 100 })
    expect(response.data!.institutions.totalCount).toBe(expected)
  })

  it('finds 湖墅街道社区学校 by the Chinese substring 湖墅', async () => {
    const response = await graphql(stack.hub, InstitutionsDocument, { filter: { text: '湖墅' }, first: 100 })
    const names = response.data!.institutions.edges.map((edge) => edge.node.name)
    expect(names).toContain('湖墅街道社区学校')
    expect(names.every((name) => name.includes('湖墅'))).toBe(false) // addresses match too
  })

  it('treats regex characters in text as plain text', async () => {
    const response = await graphql(stack.hub, InstitutionsDocument, { filter: { text: '.*' } })
    expect(response.data!.institutions.totalCount).toBe(0)
  })
})

describe('the network tree', () => {
  it('shows a street branch with its parent and its community schools', async () => {
    const response = await graphql(stack.hub, InstitutionTreeDocument, { id: 'seed:branch-hushu' })
    const branch = response.data!.institution!
    expect(branch.parent).toEqual({ id: 'seed:district-college', name: '拱墅区社区学院' })
    const expectedChildren = institutions
      .filter((i) => i.parent === 'branch-hushu')
      .map((i) => `seed:${i.externalId}`)
      .sort()
    expect(branch.children.map((child) => child.id).sort()).toEqual(expectedChildren)
    expect(branch.provenance).toMatchObject({ source: 'seed', externalId: 'branch-hushu', pushedBy: null })
  })

  it('shows who pushed a record to editors only', async () => {
    const response = await graphql(stack.hub, InstitutionTreeDocument, { id: 'seed:branch-hushu' }, editor)
    expect(response.data!.institution!.provenance.pushedBy).toBe('seed')
  })

  it('answers null for an unknown id', async () => {
    const response = await graphql(stack.hub, InstitutionTreeDocument, { id: 'seed:nothing' })
    expect(response.data!.institution).toBeNull()
  })
})

describe('teacher filters', () => {
  const active = teachers.filter((t) => t.active !== false)
  it.each([
    [
      'topic 智慧助老',
      { topics: ['DIGITAL_SKILLS'] },
      active.filter((t) => t.topics.includes('DIGITAL_SKILLS')).length,
    ],
    [
      'audience older adults',
      { audiences: ['OLDER_ADULTS'] },
      active.filter((t) => t.audiences.includes('OLDER_ADULTS')).length,
    ],
    ['pool level district', { poolLevels: ['DISTRICT'] }, active.filter((t) => t.poolLevel === 'DISTRICT').length],
    ['street 湖墅', { street: 'hushu' }, active.filter((t) => t.street === 'hushu').length],
    ['volunteers', { employments: ['VOLUNTEER'] }, active.filter((t) => t.employment === 'VOLUNTEER').length],
    ['inactive ones', { active: false }, teachers.filter((t) => t.active === false).length],
  ] as const)('%s', async (_case, filter, expected) => {
    expect(expected).toBeGreaterThan(0)
    const response = await graphql(stack.hub, TeachersDocument, { filter: filter as never, first: 100 })
    expect(response.data!.teachers.totalCount).toBe(expected)
  })

  it('finds a teacher by part of the name', async () => {
    const someone = active[17]!
    const response = await graphql(stack.hub, TeachersDocument, { filter: { text: someone.name.slice(1) } })
    expect(response.data!.teachers.edges.map((edge) => edge.node.name)).toContain(someone.name)
  })

  it('shows contact details to editors and to nobody else', async () => {
    const anonymous = await graphql(stack.hub, TeachersDocument, { first: 5 })
    expect(anonymous.data!.teachers.edges.every((edge) => edge.node.contact === null)).toBe(true)
    const signedIn = await graphql(stack.hub, TeachersDocument, { first: 5 }, editor)
    expect(signedIn.data!.teachers.edges.some((edge) => edge.node.contact?.phone)).toBe(true)
  })
})

describe('venue filters', () => {
  const open = venues.filter((v) => (v.status ?? 'ACTIVE') === 'ACTIVE')
  it.each([
    ['street 湖墅', { street: 'hushu' }, open.filter((v) => v.street === 'hushu').length],
    ['at least 100 seats', { minCapacity: 100 }, open.filter((v) => v.capacity >= 100).length],
    [
      'projector and step-free access',
      { facilities: ['PROJECTOR', 'STEP_FREE_ACCESS'] },
      open.filter((v) => v.facilities.includes('PROJECTOR') && v.facilities.includes('STEP_FREE_ACCESS')).length,
    ],
    ['at least 300 m²', { minFloorAreaM2: 300 }, open.filter((v) => v.floorAreaM2 >= 300).length],
    [
      'open on Sunday at 10:00',
      { openAt: { weekday: 'SUNDAY', time: '10:00' } },
      open.filter((v) => v.openingHours.some((h) => h.weekday === 'SUNDAY' && h.opens <= '10:00' && h.closes > '10:00'))
        .length,
    ],
    [
      'open on Tuesday at 19:30',
      { openAt: { weekday: 'TUESDAY', time: '19:30' } },
      open.filter((v) =>
        v.openingHours.some((h) => h.weekday === 'TUESDAY' && h.opens <= '19:30' && h.closes > '19:30'),
      ).length,
    ],
    [
      'under renovation',
      { statuses: ['UNDER_RENOVATION'] },
      venues.filter((v) => v.status === 'UNDER_RENOVATION').length,
    ],
  ] as const)('%s', async (_case, filter, expected) => {
    expect(expected).toBeGreaterThan(0)
    const response = await graphql(stack.hub, VenuesDocument, { filter: filter as never, first: 100 })
    expect(response.data!.venues.totalCount).toBe(expected)
  })

  it('refuses a time that is not HH:MM', async () => {
    const response = await graphql(stack.hub, VenuesDocument, {
      filter: { openAt: { weekday: 'MONDAY', time: '7pm' } },
    })
    expect(response.errors?.[0]).toMatchObject({
      message: '时间格式须为 HH:MM。Time must be HH:MM.',
      extensions: { code: 'BAD_USER_INPUT' },
    })
  })
})
