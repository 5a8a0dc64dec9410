/**
 * One search box across courses, lecture series, teachers and venues:
 * Chinese substrings and English in any case, a typed hit per kind, at most
 * a few of each, nothing withdrawn, and a text that is always plain text.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { SearchDocument } from '../../../../schema/generated/graphql.ts'
import { limits } from '../../../../server/config/limits.ts'
import { REGISTRY_COLLECTIONS } from '../../../../server/registry/shared/collections.ts'
import { publishWorld } from '../../../support/catalogueWorld.ts'
import { graphql } from '../../../support/hub.ts'
import { startStack, type TestStack } from '../../../support/stack.ts'

let stack: TestStack

beforeAll(async () => {
  stack = await startStack('search')
  await publishWorld(stack.database.db)
})

afterAll(async () => {
  await stack.stop()
})

async function search(q: string) {
  const response = await graphql(stack.hub, SearchDocument, { q })
  expect(response.errors).toBeUndefined()
  return response.data!.search.map((hit) => [hit.__typename, hit.id] as const)
}

describe('search', () => {
  it('finds courses and series by a Chinese substring, courses first, never withdrawn ones', async () => {
    const hits = await search('运河')
    expect(hits.filter(([kind]) => kind === 'Course' || kind === 'LectureSeries')).toEqual([
      ['Course', 'canal'],
      ['LectureSeries', 'citizen'],
    ])
  })

  it('finds English text in any case', async () => {
    expect(await search('doctor BY phone')).toEqual([['Course', 'phone']])
    expect(await search('canal culture')).toEqual([['LectureSeries', 'citizen']])
  })

  it('finds a teacher by name and venues by name, each typed', async () => {
    const teacher = await stack.database.db
      .collection<{ _id: string; name: string }>(REGISTRY_COLLECTIONS.teachers)
      .findOne({ _id: 'seed:teacher-001' })
    const byName = await graphql(stack.hub, SearchDocument, { q: teacher!.name })
    expect(byName.data!.search).toEqual(
      expect.arrayContaining([{ __typename: 'Teacher', id: 'seed:teacher-001', name: teacher!.name }]),
    )

    const venues = await graphql(stack.hub, SearchDocument, { q: '湖墅街道社区学校报告厅' })
    expect(venues.data!.search.length).toBeGreaterThan(0)
    for (const hit of venues.data!.search)
      expect(hit).toMatchObject({ __typename: 'Venue', name: expect.stringContaining('湖墅街道社区学校报告厅') })
  })

  it(`lists at most ${limits.catalogue.searchHitsPerKind} of a kind`, async () => {
    const hits = await search('街道')
    const venues = hits.filter(([kind]) => kind === 'Venue')
    expect(venues).toHaveLength(limits.catalogue.searchHitsPerKind)
  })

  it.each([
    ['a match-everything pattern', '.*'],
    ['an operator object as text', '{"$gt":""}'],
    ['an unclosed bracket', '['],
    ['a backslash', '\\'],
  ])('treats %s as plain text', async (_case, q) => {
    expect(await search(q)).toEqual([])
  })

  const lengthMessage = `搜索文字须为 ${limits.catalogue.searchMinLength}–${limits.catalogue.searchMaxLength} 个字。Search text must be ${limits.catalogue.searchMinLength}–${limits.catalogue.searchMaxLength} characters.`
  it.each([
    ['an empty text', ''],
    ['only spaces', '   '],
    ['a text that is too long', '运'.repeat(limits.catalogue.searchMaxLength + 1)],
  ])('refuses %s', async (_case, q) => {
    const response = await graphql(stack.hub, SearchDocument, { q })
    expect(response.errors?.[0]).toMatchObject({
      message: lengthMessage,
      extensions: {
        code: 'BAD_USER_INPUT',
        problems: [
          {
            path: 'q',
            reason: `must be ${limits.catalogue.searchMinLength}–${limits.catalogue.searchMaxLength} characters`,
          },
        ],
      },
    })
  })

  it('refuses an operator object instead of text before it reaches the database', async () => {
    const response = await graphql(stack.hub, SearchDocument, { q: { $regex: '.*' } } as never)
    expect(response.errors?.[0]).toMatchObject({
      message:
        'Variable "$q" got invalid value { $regex: ".*" }; String cannot represent a non string value: { $regex: ".*" }',
      extensions: { code: 'BAD_USER_INPUT' },
    })
  })
})
