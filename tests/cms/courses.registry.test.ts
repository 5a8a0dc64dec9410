/**
 * A course names its provider and teachers by registry id. Publishing one
 * that names ids the registry does not have is refused, with the ids and the
 * field named; drafts may be saved while work is in progress.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { seedRegistry } from '../../seeds/seedAll.ts'
import { ensureRegistryIndexes } from '../../server/registry/shared/indexes.ts'
import { freshDatabase } from '../support/database.ts'
import { createUserAndLogin, rest, startCms, type TestCms } from '../support/cms.ts'
import { approveAndPublish, createPublished, type Desk, newDesk } from '../support/editorial.ts'

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms
let editor: string
let desk: Desk

beforeAll(async () => {
  database = await freshDatabase('course_registry')
  await ensureRegistryIndexes(database.db)
  await seedRegistry(database.db)
  cms = await startCms(database)
  editor = await createUserAndLogin(cms, { email: 'desk@example.org', password: 'editor password', role: 'editor' })
  desk = await newDesk(cms, editor)
})

/** Writes a draft, sends it to review, and has the second editor try to publish it. */
async function tryToPublish(body: Record<string, unknown>) {
  const draft = await rest<{ doc: { id: string } }>(cms, 'POST', '/courses?draft=true', {
    token: editor,
    body: { ...body, reviewAction: 'submit' },
  })
  expect(draft.status).toBe(201)
  return (await approveAndPublish(desk, 'courses', draft.body.doc.id)) as unknown as { status: number; body: ErrorBody }
}

afterAll(async () => {
  await cms.stop()
  await database.dropAndClose()
})

type ErrorBody = { errors: { data?: { errors?: { path: string; message: string }[] } }[] }

describe('registry references on courses', () => {
  it('publishes a course whose provider and teachers are in the registry', async () => {
    const id = await createPublished(desk, 'courses', {
      title: '手机挂号与防诈骗',
      topics: ['DIGITAL_SKILLS'],
      audiences: ['OLDER_ADULTS'],
      mode: 'ON_SITE',
      provider: 'seed:branch-hushu',
      teachers: ['seed:teacher-001', 'seed:teacher-002'],
    })
    const live = await rest(cms, 'GET', `/courses/${id}`, { token: editor })
    expect(live.body).toMatchObject({
      _status: 'published',
      provider: 'seed:branch-hushu',
      teachers: ['seed:teacher-001', 'seed:teacher-002'],
      topics: ['DIGITAL_SKILLS'],
    })
  })

  it.each([
    [
      'provider',
      { provider: 'seed:no-such-college' },
      '登记中没有机构：seed:no-such-college。No institution "seed:no-such-college" in the registry.',
    ],
    [
      'teachers',
      { teachers: ['seed:teacher-001', 'seed:ghost'] },
      '登记中没有教师：seed:ghost。No teacher "seed:ghost" in the registry.',
    ],
  ])('refuses to publish an unknown %s, naming it', async (field, data, message) => {
    const response = await tryToPublish({ title: `坏引用 ${field}`, ...data })
    expect(response.status).toBe(400)
    expect(response.body.errors[0]?.data?.errors).toEqual([{ path: field, message, label: expect.anything() }])
    expect(
      await database.db.collection('courses').countDocuments({ 'title.zh': `坏引用 ${field}`, _status: 'published' }),
    ).toBe(0)
  })

  it('lets a draft name an id that is not registered yet', async () => {
    const response = await rest<{ doc: { id: string } }>(cms, 'POST', '/courses?draft=true', {
      token: editor,
      body: { title: '草稿引用', teachers: ['seed:coming-soon'] },
    })
    expect(response.status).toBe(201)
    const stored = await rest<{ teachers: string[]; _status: string }>(
      cms,
      'GET',
      `/courses/${response.body.doc.id}?draft=true`,
      { token: editor },
    )
    expect({ teachers: stored.body.teachers, status: stored.body._status }).toEqual({
      teachers: ['seed:coming-soon'],
      status: 'draft',
    })
  })

  it('refuses a topic that is not in the policy’s lists', async () => {
    const response = await rest<ErrorBody>(cms, 'POST', '/courses?draft=true', {
      token: editor,
      body: { title: '未知主题', topics: ['ASTROLOGY'] },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0]?.data?.errors?.[0]).toEqual({
      path: 'topics',
      message: '“主题”中没有 ASTROLOGY。Not a term of Topics: ASTROLOGY.',
    })
  })
})
