/**
 * The catalogue page over the published catalogue: every filter, the three
 * orders, cursor paging to the end in each, facet counts under the same
 * filters, and what must never happen: a tombstone served, or a client value
 * acting as a query operator or pattern.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  CourseCatalogueDocument,
  type CourseCatalogueQueryVariables,
  type CourseFilter,
} from '../../../../schema/generated/graphql.ts'
import { limits } from '../../../../server/config/limits.ts'
import { seedRegistry } from '../../../../seeds/seedAll.ts'
import { publishCourse, removeCourse } from '../../../support/catalogue.ts'
import { graphql } from '../../../support/hub.ts'
import { startStack, type TestStack } from '../../../support/stack.ts'

let stack: TestStack
const HUSHU = 'seed:branch-hushu'
const XIAOHE = 'seed:branch-xiaohe'
const PAGING = Array.from({ length: 12 }, (_, index) => `paging-${String(index).padStart(2, '0')}`)

beforeAll(async () => {
  stack = await startStack('course_catalogue')
  const db = stack.database.db
  await seedRegistry(db)
  await publishCourse(db, 'phone', {
    title: { zh: '手机挂号不求人', en: 'Booking a doctor by phone' },
    summary: { zh: '一步步学会用手机挂号' },
    topics: ['DIGITAL_SKILLS'],
    audiences: ['OLDER_ADULTS'],
    mode: 'ON_SITE',
    provider: HUSHU,
    teachers: ['seed:teacher-001', 'seed:teacher-002'],
    creditHours: 6,
    durationMinutes: 360,
    cover: { url: '/media/phone.jpg' },
  })
  await publishCourse(db, 'canal', {
    title: { zh: '运河边的历史文化', en: 'History along the Grand Canal' },
    topics: ['HISTORY_CULTURE'],
    audiences: ['ALL_RESIDENTS'],
    mode: 'BLENDED',
    provider: XIAOHE,
    creditHours: 12,
    free: false,
    price: 80,
  })
  await publishCourse(db, 'family', {
    title: { zh: '亲子沟通工作坊' },
    topics: ['FAMILY_EDUCATION', 'INTERGENERATIONAL'],
    audiences: ['FAMILIES'],
    mode: 'ONLINE',
    creditHours: 3,
  })
  await publishCourse(db, 'taiji', {
    title: { zh: '太极入门' },
    summary: { zh: '养生运河晨练' },
    topics: ['WELLNESS'],
    audiences: ['OLDER_ADULTS'],
    mode: 'ON_SITE',
    provider: HUSHU,
  })
  await publishCourse(db, 'regex', {
    title: { zh: '正则 a.*b 与 (括号) 的写法' },
    topics: ['VOCATIONAL_SKILLS'],
    audiences: ['WORKERS'],
    mode: 'ONLINE',
    creditHours: 2,
  })
  await publishCourse(db, 'gone', {
    title: { zh: '运河已下架课程' },
    topics: ['HISTORY_CULTURE'],
    audiences: ['ALL_RESIDENTS'],
    provider: XIAOHE,
    creditHours: 40,
  })
  await removeCourse(db, 'gone')
  for (const id of PAGING)
    await publishCourse(db, id, {
      title: { zh: `分页课程 ${id}` },
      topics: ['LEISURE'],
      audiences: ['ALL_RESIDENTS'],
      creditHours: PAGING.indexOf(id) % 4 === 0 ? null : PAGING.indexOf(id) % 5,
    })
})

afterAll(async () => {
  await stack.stop()
})

async function catalogue(variables: CourseCatalogueQueryVariables) {
  const response = await graphql(stack.hub, CourseCatalogueDocument, variables)
  expect(response.errors).toBeUndefined()
  return response.data!.courses
}

const ids = (page: { edges: { node: { id: string } }[] }) => page.edges.map((edge) => edge.node.id)

describe('courses: filters', () => {
  it.each<[string, CourseFilter, string[]]>([
    ['topic', { topics: ['DIGITAL_SKILLS'] }, ['phone']],
    ['any of several topics', { topics: ['WELLNESS', 'FAMILY_EDUCATION'] }, ['family', 'taiji']],
    ['audience', { audiences: ['FAMILIES'] }, ['family']],
    ['mode', { modes: ['BLENDED'] }, ['canal']],
    ['street (the provider’s)', { street: 'hushu' }, ['phone', 'taiji']],
    ['street with no provider on it', { street: 'banshan' }, []],
    ['street and provider together', { street: 'hushu', provider: XIAOHE }, []],
    ['provider', { provider: XIAOHE }, ['canal']],
    ['teacher', { teacher: 'seed:teacher-002' }, ['phone']],
    ['free', { free: true, topics: ['DIGITAL_SKILLS', 'HISTORY_CULTURE', 'FAMILY_EDUCATION'] }, ['family', 'phone']],
    ['paid', { free: false }, ['canal']],
    ['minimum credit hours', { minCreditHours: 6 }, ['canal', 'phone']],
    ['credit hours range', { minCreditHours: 3, maxCreditHours: 6 }, ['family', 'paging-03', 'paging-09', 'phone']],
    ['Chinese substring in a title', { text: '运河边' }, ['canal']],
    ['Chinese substring in a summary', { text: '晨练' }, ['taiji']],
    ['English, any case', { text: 'DOCTOR' }, ['phone']],
    [
      'every filter at once',
      {
        topics: ['DIGITAL_SKILLS'],
        audiences: ['OLDER_ADULTS'],
        modes: ['ON_SITE'],
        street: 'hushu',
        provider: HUSHU,
        teacher: 'seed:teacher-001',
        free: true,
        minCreditHours: 1,
        maxCreditHours: 10,
        text: '挂号',
      },
      ['phone'],
    ],
  ])('%s', async (_case, filter, expected) => {
    const page = await catalogue({ filter, first: 50 })
    expect(ids(page).sort()).toEqual([...expected].sort())
    expect(page.totalCount).toBe(expected.length)
  })

  it('serves the new course fields', async () => {
    const page = await catalogue({ filter: { text: '挂号' } })
    expect(page.edges[0]!.node).toMatchObject({
      durationMinutes: 360,
      coverUrl: '/media/phone.jpg',
      free: true,
      priceCny: null,
      provider: { id: HUSHU },
    })
    const paid = await catalogue({ filter: { provider: XIAOHE } })
    expect(paid.edges[0]!.node).toMatchObject({ free: false, priceCny: 80, title: '运河边的历史文化' })
  })
})

describe('courses: never a tombstone', () => {
  it('leaves a removed course out of lists, counts, text matches and facets', async () => {
    const page = await catalogue({ filter: { text: '运河' }, first: 50 })
    expect(ids(page).sort()).toEqual(['canal', 'taiji'])
    expect(page.facets.topics).toEqual([
      { topic: 'HISTORY_CULTURE', count: 1 },
      { topic: 'WELLNESS', count: 1 },
    ])
    expect((await catalogue({ filter: { minCreditHours: 30 } })).totalCount).toBe(0)
  })
})

describe('courses: orders and paging', () => {
  const all = 5 + PAGING.length

  it('orders by title by default', async () => {
    const page = await catalogue({ first: 50 })
    expect(page.totalCount).toBe(all)
    const names = page.edges.map((edge) => edge.node.title)
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
  })

  it('orders the newest first', async () => {
    const page = await catalogue({ sort: 'NEWEST', first: 3 })
    expect(ids(page)).toEqual(['paging-11', 'paging-10', 'paging-09'])
  })

  it('orders by credit hours, most first, those without last', async () => {
    const page = await catalogue({ sort: 'CREDIT_HOURS', first: 50 })
    const hours = page.edges.map((edge) => edge.node.creditHours)
    expect(hours.slice(0, 3)).toEqual([12, 6, 4])
    const firstNull = hours.indexOf(null)
    expect(hours.slice(firstNull).every((value) => value === null)).toBe(true)
    expect(hours.filter((value) => value === null)).toHaveLength(4)
  })

  it.each(['NAME', 'NEWEST', 'CREDIT_HOURS'] as const)(
    'walks every page in %s order without gaps or repeats',
    async (sort) => {
      const whole = ids(await catalogue({ sort, first: 50 }))
      const walked: string[] = []
      let after: string | null | undefined
      let hasNextPage = true
      let pages = 0
      while (hasNextPage && pages < 10) {
        const page = await catalogue({ sort, first: 4, after })
        walked.push(...ids(page))
        ;({ hasNextPage, endCursor: after } = page.pageInfo)
        expect(hasNextPage).toBe(walked.length < all)
        pages++
      }
      expect(walked).toEqual(whole)
      expect(pages).toBe(Math.ceil(all / 4))
    },
  )

  it('answers an empty page for first: 0 and the last page with no next', async () => {
    const empty = await catalogue({ first: 0 })
    expect(empty.edges).toEqual([])
    expect(empty.totalCount).toBe(all)
    const last = await catalogue({ first: all })
    expect(last.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) })
    const beyond = await catalogue({ first: 5, after: last.pageInfo.endCursor })
    expect(beyond.edges).toEqual([])
    expect(beyond.pageInfo).toEqual({ hasNextPage: false, endCursor: null })
  })

  it.each([
    [
      'a page larger than the limit',
      { first: limits.pagination.maxPageSize + 1 },
      `first 须在 0–${limits.pagination.maxPageSize} 之间。first must be 0–${limits.pagination.maxPageSize}.`,
    ],
    [
      'a negative page',
      { first: -1 },
      `first 须在 0–${limits.pagination.maxPageSize} 之间。first must be 0–${limits.pagination.maxPageSize}.`,
    ],
    ['a cursor that is not one', { after: 'not-a-cursor' }, '无效的分页游标。Invalid cursor.'],
  ])('refuses %s', async (_case, variables, message) => {
    const response = await graphql(stack.hub, CourseCatalogueDocument, variables)
    expect(response.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } })
  })

  it('refuses a cursor from another order', async () => {
    const byName = await catalogue({ first: 2 })
    const response = await graphql(stack.hub, CourseCatalogueDocument, {
      sort: 'NEWEST',
      after: byName.pageInfo.endCursor,
    })
    expect(response.errors?.[0]).toMatchObject({
      message: '无效的分页游标。Invalid cursor.',
      extensions: {
        code: 'BAD_USER_INPUT',
        problems: [{ path: 'after', reason: 'not a cursor this API issued for this order' }],
      },
    })
  })
})

describe('courses: facets', () => {
  it('counts topics, audiences and provider streets under the same filters, largest first', async () => {
    const page = await catalogue({ filter: { audiences: ['OLDER_ADULTS', 'ALL_RESIDENTS'] }, first: 1 })
    expect(page.totalCount).toBe(3 + PAGING.length)
    expect(page.facets.topics).toEqual([
      { topic: 'LEISURE', count: PAGING.length },
      { topic: 'DIGITAL_SKILLS', count: 1 },
      { topic: 'HISTORY_CULTURE', count: 1 },
      { topic: 'WELLNESS', count: 1 },
    ])
    expect(page.facets.audiences).toEqual([
      { audience: 'ALL_RESIDENTS', count: PAGING.length + 1 },
      { audience: 'OLDER_ADULTS', count: 2 },
    ])
    expect(page.facets.streets).toEqual([
      { street: { id: 'hushu', name: '湖墅' }, count: 2 },
      { street: { id: 'xiaohe', name: '小河' }, count: 1 },
    ])
  })

  it('counts nothing when nothing matches', async () => {
    const page = await catalogue({ filter: { text: '没有这样的课程' } })
    expect(page.facets).toEqual({ topics: [], audiences: [], streets: [] })
  })
})

describe('courses: no operator or pattern injection', () => {
  it.each([
    ['an operator object as text', '{"$gt":""}', []],
    ['a match-everything pattern', '.*', ['regex']],
    ['a pattern with brackets', '(括号)', ['regex']],
    ['a lone backslash', '\\', []],
    ['a $where-like text', "'; return true; '", []],
  ])('treats %s as plain text', async (_case, text, expected) => {
    const page = await catalogue({ filter: { text }, first: 50 })
    expect(ids(page)).toEqual(expected)
  })

  it.each([
    [
      'an operator object as an id',
      { filter: { provider: { $ne: null } } },
      'Variable "$filter" got invalid value { $ne: null } at "filter.provider"; ID cannot represent value: { $ne: null }',
    ],
    [
      'an operator object as a number',
      { filter: { minCreditHours: { $gt: 0 } } },
      'Variable "$filter" got invalid value { $gt: 0 } at "filter.minCreditHours"; Float cannot represent non numeric value: { $gt: 0 }',
    ],
    [
      'an operator as a topic',
      { filter: { topics: ['$where'] } },
      'Variable "$filter" got invalid value "$where" at "filter.topics[0]"; Value "$where" does not exist in "Topic" enum.',
    ],
    [
      'an unknown filter field',
      { filter: { $where: 'sleep(1000)' } },
      'Variable "$filter" got invalid value { $where: "sleep(1000)" }; Field "$where" is not defined by type "CourseFilter".',
    ],
  ])('refuses %s before it reaches the database', async (_case, variables, message) => {
    const response = await graphql(stack.hub, CourseCatalogueDocument, variables as never)
    expect(response.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } })
  })

  it('refuses a hand-made cursor carrying an operator', async () => {
    const after = Buffer.from(JSON.stringify(['NAME', { $gt: '' }, 'x'])).toString('base64url')
    const response = await graphql(stack.hub, CourseCatalogueDocument, { after })
    expect(response.errors?.[0]).toMatchObject({
      message: '无效的分页游标。Invalid cursor.',
      extensions: { code: 'BAD_USER_INPUT' },
    })
  })

  it(`refuses a text longer than ${limits.text.maxSearchLength} characters`, async () => {
    const response = await graphql(stack.hub, CourseCatalogueDocument, {
      filter: { text: '运'.repeat(limits.text.maxSearchLength + 1) },
    })
    expect(response.errors?.[0]).toMatchObject({
      message: `搜索词最多 ${limits.text.maxSearchLength} 个字。Search text is limited to ${limits.text.maxSearchLength} characters.`,
      extensions: { code: 'BAD_USER_INPUT', problems: [{ path: 'filter.text', reason: 'too long' }] },
    })
  })
})
