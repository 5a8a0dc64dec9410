/**
 * Lecture series through the graph: the list with its filters, orders and
 * facets, a series page with every live session joined to its venue and
 * teachers, and withdrawn series or dropped sessions never served.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  SeriesCatalogueDocument,
  SeriesDetailDocument,
  type LectureSeriesFilter,
} from '../../../../schema/generated/graphql.ts'
import { graphql } from '../../../support/hub.ts'
import { startStack, type TestStack } from '../../../support/stack.ts'
import { publishWorld, type CatalogueWorld } from '../../../support/catalogueWorld.ts'

let stack: TestStack
let world: CatalogueWorld

beforeAll(async () => {
  stack = await startStack('lecture_series')
  world = await publishWorld(stack.database.db)
})

afterAll(async () => {
  await stack.stop()
})

async function list(
  filter: LectureSeriesFilter | null,
  extra: { sort?: 'NAME' | 'NEWEST'; first?: number; after?: string | null } = {},
) {
  const response = await graphql(stack.hub, SeriesCatalogueDocument, { filter, first: 50, ...extra })
  expect(response.errors).toBeUndefined()
  return response.data!.lectureSeries
}

const ids = (page: { edges: { node: { id: string } }[] }) => page.edges.map((edge) => edge.node.id)

describe('lectureSeries', () => {
  it('lists the published series by title, never a withdrawn one', async () => {
    const page = await list(null)
    // By code point: 养 < 家 < 智 < 运.
    expect(ids(page)).toEqual(['past', 'edited', 'elderly', 'citizen'])
    expect(page.totalCount).toBe(4)
  })

  it.each<[string, LectureSeriesFilter, string[]]>([
    ['topic', { topics: ['DIGITAL_SKILLS'] }, ['elderly']],
    ['audience', { audiences: ['OLDER_ADULTS'] }, ['elderly', 'past']],
    ['brand', { brand: '市民大课堂' }, ['citizen']],
    ['street (a session at one of its venues)', { street: 'hushu' }, ['citizen', 'edited', 'elderly']],
    ['street with only past sessions and one of a series', { street: 'xiaohe' }, ['citizen', 'past']],
    ['street with nothing', { street: 'banshan' }, []],
    ['sessions still to come', { upcoming: true }, ['citizen', 'edited', 'elderly']],
    ['Chinese text', { text: '运河' }, ['citizen']],
    ['English text, any case', { text: 'CANAL CULTURE' }, ['citizen']],
    ['text in the summary', { text: '大课堂' }, ['citizen']],
    ['a pattern as plain text', { text: '.*' }, []],
  ])('filters by %s', async (_case, filter, expected) => {
    expect(ids(await list(filter)).sort()).toEqual([...expected].sort())
  })

  it('orders the newest first and pages in that order', async () => {
    const first = await list(null, { sort: 'NEWEST', first: 2 })
    expect(ids(first)).toEqual(['edited', 'past'])
    expect(first.pageInfo.hasNextPage).toBe(true)
    const second = await list(null, { sort: 'NEWEST', first: 2, after: first.pageInfo.endCursor })
    expect(ids(second)).toEqual(['elderly', 'citizen'])
    expect(second.pageInfo.hasNextPage).toBe(false)
  })

  it('counts facets under the same filters; a series counts once on each street it visits', async () => {
    const page = await list(null)
    expect(page.facets.topics).toEqual([
      { topic: 'DIGITAL_SKILLS', count: 1 },
      { topic: 'FAMILY_EDUCATION', count: 1 },
      { topic: 'HISTORY_CULTURE', count: 1 },
      { topic: 'WELLNESS', count: 1 },
    ])
    expect(page.facets.audiences).toEqual([
      { audience: 'OLDER_ADULTS', count: 2 },
      { audience: 'ALL_RESIDENTS', count: 1 },
      { audience: 'FAMILIES', count: 1 },
    ])
    expect(page.facets.streets).toEqual([
      { street: { id: 'hushu', name: '湖墅' }, count: 3 },
      { street: { id: 'xiaohe', name: '小河' }, count: 2 },
    ])
    const older = await list({ audiences: ['OLDER_ADULTS'] })
    expect(older.facets.streets).toEqual([
      { street: { id: 'hushu', name: '湖墅' }, count: 1 },
      { street: { id: 'xiaohe', name: '小河' }, count: 1 },
    ])
  })
})

describe('series', () => {
  it('shows a series page: every session in time order, cancelled ones too, with venue and teachers', async () => {
    const response = await graphql(stack.hub, SeriesDetailDocument, { slug: 'citizen' })
    expect(response.errors).toBeUndefined()
    const series = response.data!.series!
    expect(series).toMatchObject({
      id: 'citizen',
      brand: '市民大课堂',
      title: '运河文化十讲',
      topics: ['HISTORY_CULTURE'],
      collections: [{ id: 'canal-theme', title: '大运河专题' }],
    })
    expect(series.sessions.map((session) => [session.id, session.status])).toEqual([
      ['citizen:past', 'SCHEDULED'],
      ['citizen:cancelled', 'CANCELLED'],
      ['citizen:soon', 'SCHEDULED'],
      ['citizen:later', 'SCHEDULED'],
    ])
    const soon = series.sessions[2]!
    expect(soon).toMatchObject({
      title: '第二讲：拱宸桥',
      capacity: 120,
      venue: { id: world.venues.hushuA, street: { name: '湖墅' } },
    })
    expect(soon.teachers.map((teacher) => teacher.id)).toEqual([world.teachers.t1, world.teachers.t2])
    expect(series.sessions[0]!.title).toBe('运河文化十讲')
  })

  it('answers in English with a Chinese fallback', async () => {
    const response = await graphql(stack.hub, SeriesDetailDocument, { slug: 'citizen', locale: 'EN' })
    expect(response.data!.series).toMatchObject({ title: 'Ten talks on canal culture', summary: '市民大课堂系列讲座' })
    expect(response.data!.series!.sessions[2]!.title).toBe('Lecture 2: Gongchen Bridge')
  })

  it('never serves a dropped session or a withdrawn series', async () => {
    const edited = await graphql(stack.hub, SeriesDetailDocument, { slug: 'edited' })
    expect(edited.data!.series!.sessions.map((session) => session.id)).toEqual(['edited:kept'])
    expect((await graphql(stack.hub, SeriesDetailDocument, { slug: 'withdrawn' })).data!.series).toBeNull()
    expect((await graphql(stack.hub, '{ series(id: "withdrawn") { id } }')).data).toEqual({ series: null })
  })

  it.each([
    ['neither id nor slug', '{ series { id } }'],
    ['both id and slug', '{ series(id: "citizen", slug: "citizen") { id } }'],
  ])('refuses %s', async (_case, query) => {
    const response = await graphql(stack.hub, query)
    expect(response.errors?.[0]).toMatchObject({
      message: '请给出 id 或 slug 之一。Give either id or slug.',
      extensions: { code: 'BAD_USER_INPUT' },
    })
  })
})
