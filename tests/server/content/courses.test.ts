/**
 * Published courses through the graph: only what is published, in the
 * reader's language, joined with the registry, filtered and found by slug.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CourseCatalogueDocument, CourseDetailDocument } from '../../../schema/generated/graphql.ts'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { graphql } from '../../support/hub.ts'
import { rest } from '../../support/cms.ts'
import { createPublished, type Desk, newDesk, republish } from '../../support/editorial.ts'
import { startStack, type TestStack } from '../../support/stack.ts'
import { signIn, type Credentials } from '../../support/users.ts'

let stack: TestStack
let editor: Credentials

beforeAll(async () => {
  stack = await startStack('courses_graph')
  await seedRegistry(stack.database.db)
  editor = await signIn(stack.cms, 'editor')
  const desk: Desk = await newDesk(stack.cms, editor.token!)
  const publish = (body: Record<string, unknown>) => createPublished(desk, 'courses', body)
  await publish({
    title: '手机挂号不求人',
    summary: '一步步学会用手机挂号',
    topics: ['DIGITAL_SKILLS'],
    audiences: ['OLDER_ADULTS'],
    mode: 'ON_SITE',
    provider: 'seed:branch-hushu',
    teachers: ['seed:teacher-001', 'seed:teacher-002'],
    creditHours: 6,
  })
  await publish({
    title: '运河边的历史文化',
    topics: ['HISTORY_CULTURE'],
    audiences: ['ALL_RESIDENTS'],
    mode: 'BLENDED',
    provider: 'seed:district-college',
    creditHours: 12,
  })
  await publish({
    title: '亲子沟通工作坊',
    topics: ['FAMILY_EDUCATION', 'INTERGENERATIONAL'],
    audiences: ['FAMILIES'],
    mode: 'ONLINE',
    creditHours: 3,
  })
  await rest(stack.cms, 'POST', '/courses?draft=true', {
    token: editor.token,
    body: { title: '未发布的草稿课程', topics: ['DIGITAL_SKILLS'] },
  })
  const english = await stack.cms.payload.find({
    collection: 'courses',
    where: { slug: { equals: 'shou-ji-gua-hao-bu-qiu-ren' } },
    overrideAccess: true,
  })
  await republish(desk, 'courses', String(english.docs[0]!.id), { title: 'Booking a doctor by phone' }, '&locale=en')
})

afterAll(async () => {
  await stack.stop()
})

describe('courses', () => {
  it('lists only published courses, by title', async () => {
    const response = await graphql(stack.hub, CourseCatalogueDocument, { first: 10 })
    expect(response.errors).toBeUndefined()
    expect(response.data!.courses.totalCount).toBe(3)
    const titles = response.data!.courses.edges.map((edge) => edge.node.title)
    expect(titles).not.toContain('未发布的草稿课程')
    expect([...titles].sort()).toEqual(titles)
  })

  it.each([
    ['topic', { topics: ['DIGITAL_SKILLS'] }, ['手机挂号不求人']],
    ['audience', { audiences: ['FAMILIES'] }, ['亲子沟通工作坊']],
    ['mode', { modes: ['BLENDED'] }, ['运河边的历史文化']],
    ['provider', { provider: 'seed:branch-hushu' }, ['手机挂号不求人']],
    ['teacher', { teacher: 'seed:teacher-002' }, ['手机挂号不求人']],
    ['credit hours', { minCreditHours: 6 }, ['手机挂号不求人', '运河边的历史文化']],
    ['Chinese text', { text: '运河' }, ['运河边的历史文化']],
    ['English text', { text: 'doctor' }, ['手机挂号不求人']],
  ] as const)('filters by %s', async (_case, filter, expected) => {
    const response = await graphql(stack.hub, CourseCatalogueDocument, { filter: filter as never, first: 10 })
    expect(response.data!.courses.edges.map((edge) => edge.node.title).sort()).toEqual([...expected].sort())
  })

  it('shows a course page with its provider and teachers from the registry, in English with a Chinese fallback', async () => {
    const zh = await graphql(stack.hub, CourseDetailDocument, { slug: 'shou-ji-gua-hao-bu-qiu-ren' })
    expect(zh.data!.course).toMatchObject({
      title: '手机挂号不求人',
      summary: '一步步学会用手机挂号',
      provider: { id: 'seed:branch-hushu', name: '湖墅街道社区学校', street: { name: '湖墅' } },
      creditHours: 6,
    })
    expect(zh.data!.course!.teachers.map((teacher) => teacher.id)).toEqual(['seed:teacher-001', 'seed:teacher-002'])

    const en = await graphql(stack.hub, CourseDetailDocument, { slug: 'shou-ji-gua-hao-bu-qiu-ren', locale: 'EN' })
    expect(en.data!.course).toMatchObject({ title: 'Booking a doctor by phone', summary: '一步步学会用手机挂号' })
  })

  it('answers null for an unknown slug and refuses both or neither of id and slug', async () => {
    expect((await graphql(stack.hub, CourseDetailDocument, { slug: 'no-such-course' })).data!.course).toBeNull()
    const neither = await graphql(stack.hub, '{ course { id } }')
    expect(neither.errors?.[0]).toMatchObject({
      message: '请给出 id 或 slug 之一。Give either id or slug.',
      extensions: { code: 'BAD_USER_INPUT' },
    })
  })
})
