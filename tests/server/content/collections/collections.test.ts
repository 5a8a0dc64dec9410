/**
 * Collections (专题) through the graph: the list, a collection page with its
 * courses and series in the editor's order (only those still published),
 * and the reverse edge from a course to the collections that include it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  CollectionPageDocument,
  CollectionsDocument,
  CourseDetailDocument,
} from '../../../../schema/generated/graphql.ts'
import { publishWorld } from '../../../support/catalogueWorld.ts'
import { removeCollection } from '../../../support/catalogue.ts'
import { graphql } from '../../../support/hub.ts'
import { startStack, type TestStack } from '../../../support/stack.ts'

let stack: TestStack

beforeAll(async () => {
  stack = await startStack('collections')
  await publishWorld(stack.database.db)
})

afterAll(async () => {
  await stack.stop()
})

describe('collection(slug)', () => {
  it('shows the items in the editor’s order, leaving out a removed course and a withdrawn series', async () => {
    const response = await graphql(stack.hub, CollectionPageDocument, { slug: 'canal-theme' })
    expect(response.errors).toBeUndefined()
    const collection = response.data!.collection!
    expect(collection).toMatchObject({
      id: 'canal-theme',
      title: '大运河专题',
      theme: '千年运河',
      intro: '运河边的课程与讲座',
      audiences: ['ALL_RESIDENTS'],
    })
    expect(collection.items.map((item) => [item.__typename, item.id])).toEqual([
      ['LectureSeries', 'citizen'],
      ['Course', 'canal'],
      ['Course', 'phone'],
    ])
    expect(collection.items[1]).toMatchObject({ title: '运河边的历史文化', provider: { name: '小河街道社区学校' } })
    expect(collection.items[0]).toMatchObject({ brand: '市民大课堂', firstSessionAt: expect.any(String) })
  })

  it('answers in English with a Chinese fallback, and null for an unknown slug', async () => {
    const en = await graphql(stack.hub, CollectionPageDocument, { slug: 'canal-theme', locale: 'EN' })
    expect(en.data!.collection).toMatchObject({ title: 'The Grand Canal', theme: '千年运河' })
    expect((await graphql(stack.hub, CollectionPageDocument, { slug: 'no-such' })).data!.collection).toBeNull()
  })
})

describe('collections', () => {
  it.each([
    ['no filter', null, ['canal-theme', 'digital']],
    ['audience', { audiences: ['OLDER_ADULTS'] }, ['digital']],
    ['a course they include', { course: 'phone' }, ['canal-theme', 'digital']],
    ['text in the intro', { text: '课程与讲座' }, ['canal-theme']],
    ['a pattern as plain text', { text: '.*' }, []],
  ] as const)('lists by title with %s', async (_case, filter, expected) => {
    const response = await graphql(stack.hub, CollectionsDocument, { filter: filter as never })
    expect(response.errors).toBeUndefined()
    expect(response.data!.collections.edges.map((edge) => edge.node.id)).toEqual(expected)
    expect(response.data!.collections.totalCount).toBe(expected.length)
  })

  it('shows on a course page the collections that include it, and forgets a removed one', async () => {
    const before = await graphql(stack.hub, CourseDetailDocument, { slug: 'phone' })
    expect(before.data!.course!.collections.map((collection) => collection.id)).toEqual(['canal-theme', 'digital'])
    await removeCollection(stack.database.db, 'digital')
    const after = await graphql(stack.hub, CourseDetailDocument, { slug: 'phone' })
    expect(after.data!.course!.collections.map((collection) => collection.id)).toEqual(['canal-theme'])
    expect((await graphql(stack.hub, CollectionPageDocument, { slug: 'digital' })).data!.collection).toBeNull()
  })
})
