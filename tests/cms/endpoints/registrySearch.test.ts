/**
 * GET /api/registry-search, the list behind the admin's registry picker:
 * who may ask (everyone who works in the admin, not systems that push), what a coordinator is shown, and how the search reads the
 * editor's text (a literal substring of the name, never a pattern).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { limits } from '../../../server/config/limits.ts'
import { rest, startCms, type TestCms } from '../../support/cms.ts'
import { freshDatabase } from '../../support/database.ts'
import { pushTeachers, pushVenues } from '../../support/registryPush.ts'
import { teacherRecord, venueRecord } from '../../support/registryRecords.ts'
import { serviceAccount, signIn, signInCoordinator, signInPartner, type Credentials } from '../../support/users.ts'

interface Choice {
  id: string
  label: string
  detail: string
}
type SearchBody = { results: Choice[]; more: boolean; errors?: { message: string }[] }

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms
let who: Record<
  'anonymous' | 'partner' | 'service' | 'editor' | 'admin' | 'hushuCoordinator' | 'streetlessCoordinator',
  Credentials
>

beforeAll(async () => {
  database = await freshDatabase('registry_search')
  await seedRegistry(database.db)
  await pushTeachers(database.db, [
    teacherRecord('paren', { name: '运河(特聘)讲师' }),
    teacherRecord('dot', { name: '点.号老师' }),
    teacherRecord('star', { name: '星*号老师' }),
    teacherRecord('left', { name: '离库的老师', active: false }),
    teacherRecord('district', {
      name: '区级测试老师',
      poolLevel: 'DISTRICT',
      street: null,
      institution: 'seed:district-college',
    }),
  ])
  await pushVenues(database.db, [venueRecord('hall', { name: '搜索测试礼堂', capacity: 80 })])
  cms = await startCms(database)
  who = {
    anonymous: {},
    partner: await signInPartner(cms, 'seed:branch-hushu'),
    service: await serviceAccount(cms, 'hr-system'),
    editor: await signIn(cms, 'editor'),
    admin: await signIn(cms, 'admin'),
    hushuCoordinator: await signInCoordinator(cms, 'hushu'),
    streetlessCoordinator: await signInCoordinator(cms, null),
  }
})

afterAll(async () => {
  await cms?.stop()
  await database?.dropAndClose()
})

function search(credentials: Credentials, query: Record<string, string>, headers?: Record<string, string>) {
  return rest<SearchBody>(cms, 'GET', `/registry-search?${new URLSearchParams(query)}`, { ...credentials, headers })
}

describe('who may search the registry', () => {
  it.each([
    ['anonymous', 'teachers', 401, 'anonymous'],
    ['a partner institution', 'teachers', 200, 'partner'],
    ['a partner institution', 'venues', 200, 'partner'],
    ['a service account', 'teachers', 403, 'service'],
    ['an editor', 'teachers', 200, 'editor'],
    ['an editor', 'venues', 200, 'editor'],
    ['an administrator', 'institutions', 200, 'admin'],
    ['a street coordinator', 'teachers', 200, 'hushuCoordinator'],
    ['a street coordinator', 'venues', 200, 'hushuCoordinator'],
    ['a coordinator without a street', 'venues', 403, 'streetlessCoordinator'],
    ['a coordinator without a street', 'institutions', 200, 'streetlessCoordinator'],
  ] as const)('%s searching %s gets %i', async (_label, kind, status, user) => {
    const response = await search(who[user], { kind, q: '' })
    expect(response.status).toBe(status)
    if (status === 200) expect(response.body.results.length).toBeGreaterThan(0)
    else expect(response.body.errors?.[0]?.message).toEqual(expect.any(String))
  })

  it('shows a coordinator only the venues of their street, in searches and in id lookups', async () => {
    const editorView = await search(who.editor, { kind: 'venues', q: '街道社区学校报告厅' })
    expect(editorView.body.results.length).toBeGreaterThan(1)
    const coordinatorView = await search(who.hushuCoordinator, { kind: 'venues', q: '街道社区学校报告厅' })
    expect(coordinatorView.body.results.map((choice) => choice.label)).toEqual(['湖墅街道社区学校报告厅'])

    const otherStreet = editorView.body.results.find((choice) => !choice.detail.startsWith('湖墅街道'))
    const lookup = await search(who.hushuCoordinator, { kind: 'venues', ids: `${otherStreet?.id},tests:hall` })
    expect(lookup.body.results.map((choice) => choice.id)).toEqual(['tests:hall'])
  })

  it('does not narrow a coordinator’s teachers or institutions to their street', async () => {
    const response = await search(who.hushuCoordinator, { kind: 'institutions', q: '街道' })
    expect(new Set(response.body.results.map((choice) => choice.detail.split(' · ')[0])).size).toBeGreaterThan(1)
  })
})

describe('searching', () => {
  it('finds a name by any part of it and describes each record', async () => {
    const response = await search(who.editor, { kind: 'teachers', q: '特聘' })
    expect(response.body).toEqual({
      results: [{ id: 'tests:paren', label: '运河(特聘)讲师', detail: '湖墅街道 · 街道级师资库' }],
      more: false,
    })
    const district = await search(who.editor, { kind: 'teachers', q: '区级测试' })
    expect(district.body.results).toEqual([{ id: 'tests:district', label: '区级测试老师', detail: '区级师资库' }])
    const venue = await search(who.editor, { kind: 'venues', q: '搜索测试' })
    expect(venue.body.results).toEqual([{ id: 'tests:hall', label: '搜索测试礼堂', detail: '湖墅街道 · 容纳 80 人' }])
  })

  it('speaks English to an English admin', async () => {
    const response = await search(who.editor, { kind: 'teachers', q: '特聘' }, { 'accept-language': 'en' })
    expect(response.body.results[0]?.detail).toBe('Hushu · Street pool')
  })

  it.each([
    ['.', ['点.号老师']],
    ['*', ['星*号老师']],
    ['(特聘)', ['运河(特聘)讲师']],
    ['.*', []],
    ['[', []],
    ['\\', []],
    ['^运河', []],
  ])('reads %j literally', async (q, labels) => {
    const response = await search(who.editor, { kind: 'teachers', q })
    expect(response.status).toBe(200)
    expect(response.body.results.map((choice) => choice.label)).toEqual(labels)
  })

  it('offers teachers still in the pool only, but labels any chosen id', async () => {
    expect((await search(who.editor, { kind: 'teachers', q: '离库' })).body.results).toEqual([])
    const lookup = await search(who.editor, { kind: 'teachers', ids: 'tests:left,tests:paren,seed:no-such-teacher' })
    expect(lookup.body.results).toEqual([
      { id: 'tests:left', label: '离库的老师', detail: '湖墅街道 · 街道级师资库 · 已不在库' },
      { id: 'tests:paren', label: '运河(特聘)讲师', detail: '湖墅街道 · 街道级师资库' },
    ])
  })

  it(`returns at most ${limits.registrySearch.maxResults} choices and says when there are more`, async () => {
    const response = await search(who.editor, { kind: 'venues', q: '街道' })
    expect(response.body.results).toHaveLength(limits.registrySearch.maxResults)
    expect(response.body.more).toBe(true)
    const labels = response.body.results.map((choice) => choice.label)
    expect(labels).toEqual([...labels].sort())
  })

  it.each([
    ['an unknown kind', { kind: 'streets', q: '' }],
    ['no kind', { q: '王' }],
    ['a search text that is too long', { kind: 'teachers', q: '王'.repeat(limits.registrySearch.maxQueryLength + 1) }],
    [
      'too many ids',
      {
        kind: 'teachers',
        ids: Array.from({ length: limits.registrySearch.maxIds + 1 }, (_, i) => `seed:t${i}`).join(','),
      },
    ],
  ])('refuses %s with 400', async (_label, query) => {
    const response = await search(who.editor, query as Record<string, string>)
    expect(response.status).toBe(400)
    expect(response.body.errors?.[0]?.message).toEqual(expect.any(String))
  })
})
