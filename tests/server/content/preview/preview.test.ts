/**
 * Editors preview drafts through the graph: the hub reads the latest draft
 * through Payload's Local API as the signed-in editor and shapes it as
 * publishing would. Anyone else is refused with the exact code; the public
 * catalogue keeps showing the published version; nothing is cached.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CoursePreviewDocument, CourseDetailDocument } from '../../../../schema/generated/graphql.ts'
import { seedRegistry } from '../../../../seeds/seedAll.ts'
import { rest } from '../../../support/cms.ts'
import { createPublished, type Desk, newDesk } from '../../../support/editorial.ts'
import { graphql } from '../../../support/hub.ts'
import { startStack, type TestStack } from '../../../support/stack.ts'
import { serviceAccount, signIn, signInCoordinator, signInPartner, type Credentials } from '../../../support/users.ts'

let stack: TestStack
let editor: Credentials
let admin: Credentials
let desk: Desk
let draftId: string
let publishedId: string

beforeAll(async () => {
  stack = await startStack('preview')
  await seedRegistry(stack.database.db)
  editor = await signIn(stack.cms, 'editor')
  admin = await signIn(stack.cms, 'admin')
  desk = await newDesk(stack.cms, editor.token!)
  const draft = await rest<{ doc: { id: string } }>(stack.cms, 'POST', '/courses?draft=true', {
    token: editor.token,
    body: {
      title: '草稿：社区摄影入门',
      summary: '还在写的课程',
      topics: ['LEISURE'],
      provider: 'seed:branch-hushu',
      teachers: ['seed:teacher-001'],
      creditHours: 4,
      free: false,
      price: 30,
    },
  })
  draftId = draft.body.doc.id
  publishedId = await createPublished(desk, 'courses', {
    title: '已发布的书法课',
    topics: ['HANDICRAFT'],
    creditHours: 8,
  })
  await rest(stack.cms, 'PATCH', `/courses/${publishedId}?draft=true`, {
    token: editor.token,
    body: { title: '书法课（修改中）' },
  })
})

afterAll(async () => {
  await stack.stop()
})

describe('coursePreview', () => {
  it.each([
    ['an editor', () => editor],
    ['an administrator', () => admin],
  ])('shows %s a never-published draft as publishing would project it, joined to the registry', async (_case, who) => {
    const response = await graphql(stack.hub, CoursePreviewDocument, { id: draftId }, who())
    expect(response.errors).toBeUndefined()
    expect(response.data!.coursePreview).toEqual({
      id: String(draftId),
      slug: expect.any(String),
      title: '草稿：社区摄影入门',
      summary: '还在写的课程',
      topics: ['LEISURE'],
      creditHours: 4,
      free: false,
      priceCny: 30,
      provider: { id: 'seed:branch-hushu', name: '湖墅街道社区学校' },
      teachers: [{ id: 'seed:teacher-001', name: expect.any(String) }],
    })
  })

  it('shows the newer draft of a published course while the public page keeps the published version', async () => {
    const preview = await graphql(stack.hub, CoursePreviewDocument, { id: publishedId }, editor)
    expect(preview.data!.coursePreview!.title).toBe('书法课（修改中）')
    const slug = preview.data!.coursePreview!.slug
    const published = await graphql(stack.hub, CourseDetailDocument, { slug })
    expect(published.data!.course!.title).toBe('已发布的书法课')
    const anonymousDraft = await graphql(stack.hub, CourseDetailDocument, {
      slug: (await graphql(stack.hub, CoursePreviewDocument, { id: draftId }, editor)).data!.coursePreview!.slug,
    })
    expect(anonymousDraft.data!.course).toBeNull()
  })

  it('answers null for an unknown id', async () => {
    const response = await graphql(stack.hub, CoursePreviewDocument, { id: '000000000000000000000000' }, editor)
    expect(response.errors).toBeUndefined()
    expect(response.data!.coursePreview).toBeNull()
  })

  it('is never cached', async () => {
    const response = await fetch(stack.hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${editor.token}` },
      body: JSON.stringify({ query: `{ coursePreview(id: "${draftId}") { id } }` }),
    })
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('refuses an anonymous caller', async () => {
    const response = await graphql(stack.hub, CoursePreviewDocument, { id: draftId })
    expect(response.errors?.[0]).toMatchObject({
      message: '请先登录。Sign in first.',
      extensions: { code: 'UNAUTHENTICATED' },
      path: ['coursePreview'],
    })
    expect(response.data).toEqual({ coursePreview: null })
  })

  it.each([
    ['a partner', () => signInPartner(stack.cms, 'seed:branch-hushu')],
    ['a street coordinator', () => signInCoordinator(stack.cms, 'hushu')],
    ['a service account', () => serviceAccount(stack.cms, 'preview-test')],
  ])('refuses %s', async (_case, credentials) => {
    const response = await graphql(stack.hub, CoursePreviewDocument, { id: draftId }, await credentials())
    expect(response.errors?.[0]).toMatchObject({
      message: '无权预览草稿。Your role may not preview drafts.',
      extensions: { code: 'FORBIDDEN' },
    })
  })
})

describe('seriesPreview and collectionPreview', () => {
  it('shows a series draft with its own sessions, and a collection draft with only its published items', async () => {
    const series = await rest<{ doc: { id: string } }>(stack.cms, 'POST', '/lecture-series?draft=true', {
      token: editor.token,
      body: {
        title: '草稿：运河讲堂',
        brand: 'citizen_lecture',
        topics: ['HISTORY_CULTURE'],
        sessions: [
          {
            startsAt: '2030-05-01T06:00:00.000Z',
            endsAt: '2030-05-01T08:00:00.000Z',
            status: 'scheduled',
            teachers: ['seed:teacher-002'],
          },
        ],
      },
    })
    expect(series.status).toBeLessThan(300)
    const seriesResponse = await graphql(
      stack.hub,
      '{ seriesPreview(id: "' + series.body.doc.id + '") { title sessions { startsAt status teachers { id } } } }',
      undefined,
      editor,
    )
    expect(seriesResponse.errors).toBeUndefined()
    expect(seriesResponse.data).toEqual({
      seriesPreview: {
        title: '草稿：运河讲堂',
        sessions: [
          { startsAt: '2030-05-01T06:00:00.000Z', status: 'SCHEDULED', teachers: [{ id: 'seed:teacher-002' }] },
        ],
      },
    })

    const collection = await rest<{ doc: { id: string } }>(stack.cms, 'POST', '/course-collections?draft=true', {
      token: editor.token,
      body: {
        title: '草稿专题',
        items: [
          { relationTo: 'courses', value: draftId },
          { relationTo: 'courses', value: publishedId },
        ],
      },
    })
    expect(collection.status).toBeLessThan(300)
    const collectionResponse = await graphql(
      stack.hub,
      '{ collectionPreview(id: "' + collection.body.doc.id + '") { title items { ... on Course { title } } } }',
      undefined,
      editor,
    )
    expect(collectionResponse.data).toEqual({
      collectionPreview: { title: '草稿专题', items: [{ title: '已发布的书法课' }] },
    })
  })

  it.each(['seriesPreview', 'collectionPreview'])('%s refuses a partner and an anonymous caller', async (field) => {
    const partner = await signInPartner(stack.cms, 'seed:branch-hushu')
    const forbidden = await graphql(stack.hub, `{ ${field}(id: "x") { id } }`, undefined, partner)
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    const anonymous = await graphql(stack.hub, `{ ${field}(id: "x") { id } }`)
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
  })
})
