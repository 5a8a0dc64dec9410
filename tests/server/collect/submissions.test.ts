/**
 * Partners' systems through the graph: `submitCourse` and `mySubmissions`
 * run as the signed-in partner through Payload's Local API, so the CMS's
 * rules hold here too: the work belongs to the partner's institution, closed
 * calls refuse it with nothing written, other partners' work is neither
 * listed nor counted, and reviewers' notes never appear.
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  MySubmissionsDocument,
  SubmitCourseDocument,
  type SubmitCourseInput,
} from '../../../schema/generated/graphql.ts'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { limits } from '../../../server/config/limits.ts'
import { createCall, daysFromNow } from '../../support/collect.ts'
import { graphql } from '../../support/hub.ts'
import { startStack, type TestStack } from '../../support/stack.ts'
import { signIn, signInCoordinator, signInPartner } from '../../support/users.ts'

let stack: TestStack
let partnerA: string
let partnerBKey: string
let editor: string
let coordinator: string
let openCall: string
let closedCall: string

const proposal = (changes: Partial<SubmitCourseInput> = {}): SubmitCourseInput => ({
  title: '社区智能手机课',
  callId: openCall,
  summary: '面向老年人的手机课程',
  topics: ['DIGITAL_SKILLS'],
  audiences: ['OLDER_ADULTS'],
  mode: 'ON_SITE',
  proposedTeachers: ['seed:teacher-001'],
  sessionPlan: [{ title: '认识手机', minutes: 90 }],
  creditHours: 8,
  ...changes,
})

const submissionsIn = (title: string) => stack.database.db.collection('submissions').countDocuments({ title })

beforeAll(async () => {
  stack = await startStack('submissions_graph')
  await seedRegistry(stack.database.db)
  partnerA = (await signInPartner(stack.cms, 'seed:partner-zjut')).token!
  partnerBKey = randomBytes(16).toString('hex')
  await stack.cms.payload.create({
    collection: 'users',
    overrideAccess: true,
    data: {
      email: 'system@partner-b.example.org',
      password: randomBytes(12).toString('hex'),
      role: 'partner',
      institution: 'seed:partner-zjsru',
      enableAPIKey: true,
      apiKey: partnerBKey,
    },
  })
  editor = (await signIn(stack.cms, 'editor')).token!
  coordinator = (await signInCoordinator(stack.cms, 'hushu')).token!
  openCall = await createCall(stack.cms)
  closedCall = await createCall(stack.cms, { title: '已截止的征集', deadline: daysFromNow(-3) })
})

afterAll(async () => {
  await stack.stop()
})

describe('submitCourse', () => {
  it('submits a proposal as the partner’s institution', async () => {
    const response = await graphql(stack.hub, SubmitCourseDocument, { input: proposal() }, { token: partnerA })
    expect(response.errors).toBeUndefined()
    expect(response.data?.submitCourse).toMatchObject({
      title: '社区智能手机课',
      state: 'SUBMITTED',
      callId: openCall,
      institutionId: 'seed:partner-zjut',
      topics: ['DIGITAL_SKILLS'],
    })
    expect(response.data?.submitCourse.history).toEqual([
      expect.objectContaining({ action: 'submit', state: 'SUBMITTED' }),
    ])
  })

  it('keeps a proposal as a draft when asked, through an API key', async () => {
    const response = await graphql(
      stack.hub,
      SubmitCourseDocument,
      { input: proposal({ title: 'B 的草稿', submit: false }) },
      { apiKey: partnerBKey },
    )
    expect(response.data?.submitCourse).toMatchObject({ state: 'DRAFT', institutionId: 'seed:partner-zjsru' })
  })

  it.each([
    [
      'a closed call',
      { title: '迟到的申报', callId: () => closedCall },
      'input.submit',
      '征集已截止或未开放，不能提交。The call is closed or not open.',
    ],
    [
      'an unknown teacher',
      { title: '未知教师', proposedTeachers: ['seed:ghost'] },
      'input.proposedTeachers',
      '登记中没有教师：seed:ghost。No teacher "seed:ghost" in the registry.',
    ],
    // The CMS's own bounds, in the words the admin shows.
    [
      'an over-long title',
      { title: '长'.repeat(limits.collect.maxTitleLength + 1) },
      'input.title',
      `该值必须小于 ${limits.collect.maxTitleLength} 字符的最大长度`,
    ],
    [
      'a negative price',
      { title: '负价格', offeredForSale: true, priceCny: -1 },
      'input.priceCny',
      '-1 小于允许的最小 值，该最小值为 0。',
    ],
    [
      'too many proposed teachers',
      {
        title: '教师太多',
        proposedTeachers: Array.from(
          { length: limits.collect.maxProposedIds + 1 },
          (_, i) => `seed:teacher-${String(i + 1).padStart(3, '0')}`,
        ),
      },
      'input.proposedTeachers',
      `最多 ${limits.collect.maxProposedIds} 个教师。At most ${limits.collect.maxProposedIds} (teacher).`,
    ],
  ])('refuses %s with the field and reason, writing nothing', async (_case, changes, path, reason) => {
    const { callId, ...rest } = changes as Record<string, unknown>
    const input = proposal({
      ...rest,
      ...(typeof callId === 'function' ? { callId: callId() } : {}),
    } as Partial<SubmitCourseInput>)
    const response = await graphql(stack.hub, SubmitCourseDocument, { input }, { token: partnerA })
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path, reason }] })
    expect(await submissionsIn(input.title)).toBe(0)
  })

  it('treats an operator in an id as a plain (unknown) id', async () => {
    const response = await graphql(
      stack.hub,
      SubmitCourseDocument,
      { input: proposal({ title: '注入尝试', callId: '{"$gt":""}' }) },
      { token: partnerA },
    )
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(await submissionsIn('注入尝试')).toBe(0)
  })

  it.each([
    ['anonymous', {}, 'UNAUTHENTICATED'],
    ['an editor', { token: () => editor }, 'FORBIDDEN'],
    ['a coordinator', { token: () => coordinator }, 'FORBIDDEN'],
  ])('is refused to %s', async (_case, who, code) => {
    const token = (who as { token?: () => string }).token?.()
    const response = await graphql(
      stack.hub,
      SubmitCourseDocument,
      { input: proposal({ title: `${_case} 的申报` }) },
      { token },
    )
    expect(response.errors?.[0]?.extensions?.code).toBe(code)
  })
})

describe('mySubmissions', () => {
  beforeAll(async () => {
    for (const title of ['A 的第二份', 'A 的第三份'])
      await graphql(stack.hub, SubmitCourseDocument, { input: proposal({ title }) }, { token: partnerA })
    // A reviewer rejects one with a reason and an internal note.
    const [first] = (
      await stack.cms.payload.find({
        collection: 'submissions',
        where: { title: { equals: 'A 的第二份' } },
        overrideAccess: true,
      })
    ).docs
    const { user } = await stack.cms.payload.auth({ headers: new Headers({ authorization: `JWT ${editor}` }) })
    await stack.cms.payload.update({
      collection: 'submissions',
      id: first!.id,
      data: { action: 'start_review' } as never,
      user,
      overrideAccess: false,
    })
    await stack.cms.payload.update({
      collection: 'submissions',
      id: first!.id,
      data: { action: 'reject', comment: '与征集主题不符', internalNotes: '内部：价格偏高' } as never,
      user,
      overrideAccess: false,
    })
  })

  it('lists and counts only the partner’s own work, pages through it, and shows the decision but not the notes', async () => {
    const page1 = await graphql(stack.hub, MySubmissionsDocument, { first: 2 }, { token: partnerA })
    expect(page1.data?.mySubmissions.totalCount).toBe(3)
    expect(page1.data?.mySubmissions.pageInfo.hasNextPage).toBe(true)
    const page2 = await graphql(
      stack.hub,
      MySubmissionsDocument,
      { first: 2, after: page1.data!.mySubmissions.pageInfo.endCursor },
      { token: partnerA },
    )
    const all = [...page1.data!.mySubmissions.edges, ...page2.data!.mySubmissions.edges].map((edge) => edge.node)
    expect(all.map((node) => node.title).sort()).toEqual(['A 的第三份', 'A 的第二份', '社区智能手机课'])
    // Most recently updated first (the one just rejected), each once, and nothing after the last page.
    expect(all[0]!.title).toBe('A 的第二份')
    expect(page2.data?.mySubmissions.pageInfo.hasNextPage).toBe(false)
    expect(all.every((node) => node.institutionId === 'seed:partner-zjut')).toBe(true)
    const rejected = all.find((node) => node.title === 'A 的第二份')
    expect(rejected).toMatchObject({ state: 'REJECTED', decisionReason: '与征集主题不符' })
    expect(JSON.stringify(page1.data) + JSON.stringify(page2.data)).not.toContain('价格偏高')

    const other = await graphql(stack.hub, MySubmissionsDocument, {}, { apiKey: partnerBKey })
    expect(other.data?.mySubmissions.totalCount).toBe(1)
    expect(other.data?.mySubmissions.edges.map((edge) => edge.node.title)).toEqual(['B 的草稿'])
  })

  it('refuses a cursor it did not make', async () => {
    const response = await graphql(stack.hub, MySubmissionsDocument, { after: 'bm90LWEtY3Vyc29y' }, { token: partnerA })
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'after', reason: 'not a cursor this API issued for this order' }],
    })
  })

  it('is refused to anyone but a partner', async () => {
    expect((await graphql(stack.hub, MySubmissionsDocument, {}, {})).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    )
    expect((await graphql(stack.hub, MySubmissionsDocument, {}, { token: editor })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    )
  })
})
