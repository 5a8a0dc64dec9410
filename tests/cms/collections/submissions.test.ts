/**
 * The collect-and-purchase pipeline over REST: a partner drafts and submits
 * to an open call; reviewers score, ask for changes and decide; accept and
 * to-purchase create their linked drafts exactly once, even when clicked
 * twice at the same moment; purchases need a second editor and stay inside
 * the call's budget; the partner is told the decision and the reason, never
 * the internal notes or scores. A decision whose save is refused, or whose
 * drafts cannot be created, leaves no draft, no purchase and no claim behind,
 * and can be taken again; a draft an interrupted run left behind is taken
 * up rather than made twice.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ObjectId } from 'mongodb'
import { toSlug } from '../../../cms/fields/slug.ts'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { limits } from '../../../server/config/limits.ts'
import { freshDatabase } from '../../support/database.ts'
import { rest, startCms, type TestCms } from '../../support/cms.ts'
import { createCall, daysFromNow } from '../../support/collect.ts'
import { signIn, signInPartner } from '../../support/users.ts'

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms
let partner: string
let editor: string
let secondEditor: string
let openCall: string

type Doc = Record<string, unknown> & { id: string; state: string }
type ErrorBody = { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
const problems = (body: unknown) =>
  (body as ErrorBody).errors[0]?.data?.errors?.map(({ path, message }) => ({ path, message }))

const PROPOSAL = {
  title: '老年人手机防诈骗实训',
  summary: '八次课学会识别电信诈骗',
  topics: ['DIGITAL_SKILLS', 'LEGAL_KNOWLEDGE'],
  audiences: ['OLDER_ADULTS'],
  mode: 'ON_SITE',
  proposedTeachers: ['seed:teacher-001'],
  creditHours: 12,
  sessionPlan: [{ title: '常见骗局', minutes: 90 }],
}

beforeAll(async () => {
  database = await freshDatabase('submissions')
  await seedRegistry(database.db)
  cms = await startCms(database)
  partner = (await signInPartner(cms, 'seed:partner-zjut')).token!
  editor = (await signIn(cms, 'editor')).token!
  secondEditor = (await signIn(cms, 'editor')).token!
  openCall = await createCall(cms)
})

afterAll(async () => {
  await cms.stop()
  await database.dropAndClose()
})

const create = (body: Record<string, unknown>, token = partner) =>
  rest<{ doc: Doc }>(cms, 'POST', '/submissions?depth=0', { token, body: { ...PROPOSAL, call: openCall, ...body } })
const act = (id: string, token: string, body: Record<string, unknown>) =>
  rest<{ doc: Doc }>(cms, 'PATCH', `/submissions/${id}?depth=0`, { token, body })
const read = (id: string, token: string) => rest<Doc>(cms, 'GET', `/submissions/${id}?depth=0`, { token })

/** A submission taken to review by the editor. */
async function inReview(changes: Record<string, unknown> = {}): Promise<string> {
  const created = await create(changes)
  expect(created.status).toBe(201)
  expect((await act(created.body.doc.id, partner, { action: 'submit' })).status).toBe(200)
  expect((await act(created.body.doc.id, editor, { action: 'start_review' })).status).toBe(200)
  return created.body.doc.id
}

describe('a partner’s submission', () => {
  it('belongs to the partner’s institution whatever the request says, and starts as a draft', async () => {
    const created = await create({ institution: 'seed:partner-zjsru', state: 'accepted' })
    expect(created.status).toBe(201)
    expect(created.body.doc).toMatchObject({ institution: 'seed:partner-zjut', state: 'draft' })
  })

  it('is submitted with who and when recorded, and cannot be edited afterwards', async () => {
    const created = await create({})
    const submitted = await act(created.body.doc.id, partner, { action: 'submit', comment: '请审阅' })
    expect(submitted.body.doc.state).toBe('submitted')
    expect((submitted.body.doc.history as { action: string; by: string; comment: string }[])[0]).toMatchObject({
      action: 'submit',
      by: '合作机构',
      comment: '请审阅',
    })

    const edit = await act(created.body.doc.id, partner, { title: '改标题' })
    expect(edit.status).toBe(400)
    expect(problems(edit.body)).toEqual([
      {
        path: 'title',
        message:
          '只能在草稿或待修改状态下编辑申报。A submission can be edited only as a draft or when changes were requested.',
      },
    ])
  })

  it.each([
    ['a call past its deadline', { deadline: daysFromNow(-1) }],
    ['a call closed after the draft was written', {}],
  ])('cannot be submitted to %s', async (_case, callChanges) => {
    const call = await createCall(cms, { title: `征集 ${_case}`, ...callChanges })
    const created = await create({ call })
    if (!('deadline' in callChanges))
      await cms.payload.update({ collection: 'calls', id: call, data: { status: 'closed' }, overrideAccess: true })
    const response = await act(created.body.doc.id, partner, { action: 'submit' })
    expect(response.status).toBe(400)
    expect(problems(response.body)).toEqual([
      { path: 'action', message: '征集已截止或未开放，不能提交。The call is closed or not open.' },
    ])
    expect((await read(created.body.doc.id, partner)).body.state).toBe('draft')
  })

  it.each([
    [
      'an over-long title',
      { title: '长'.repeat(limits.collect.maxTitleLength + 1) },
      'title',
      `该值必须小于 ${limits.collect.maxTitleLength} 字符的最大长度`,
    ],
    [
      'an over-long summary',
      { title: '简介过长', summary: '字'.repeat(limits.collect.maxTextLength + 1) },
      'summary',
      `该值必须小于 ${limits.collect.maxTextLength} 字符的最大长度`,
    ],
    [
      'too long a plan',
      {
        title: '课次过多',
        sessionPlan: Array.from({ length: limits.collect.maxPlanSessions + 1 }, (_, i) => ({
          title: `第 ${i + 1} 课`,
        })),
      },
      'sessionPlan',
      `该字段要求不超过 ${limits.collect.maxPlanSessions} 个 行。`,
    ],
  ])('is refused with %s over REST as well, and nothing is stored', async (_case, body, path, message) => {
    const before = await database.db.collection('submissions').countDocuments()
    const response = await create(body)
    expect(response.status).toBe(400)
    expect(problems(response.body)).toEqual([{ path, message }])
    expect(await database.db.collection('submissions').countDocuments()).toBe(before)
  })

  it('is told the reason when changes are requested, edits and resubmits', async () => {
    const id = await inReview()
    const back = await act(id, editor, {
      action: 'request_changes',
      comment: '请补充课次安排',
      internalNotes: '师资偏弱',
    })
    expect(back.body.doc.state).toBe('changes_requested')
    const seen = await read(id, partner)
    expect(seen.body).toMatchObject({ state: 'changes_requested', decisionReason: '请补充课次安排' })
    for (const hidden of ['internalNotes', 'scoreTotal', 'course', 'purchase', 'decisionClaim'])
      expect(seen.body).not.toHaveProperty(hidden)

    expect(
      (
        await act(id, partner, {
          sessionPlan: [
            { title: '常见骗局', minutes: 90 },
            { title: '实操演练', minutes: 90 },
          ],
        })
      ).status,
    ).toBe(200)
    expect((await act(id, partner, { action: 'submit' })).body.doc.state).toBe('submitted')
  })
})

describe('review and decisions', () => {
  it('scores against the call’s rubric, weighted, visible to editors only', async () => {
    const id = await inReview()
    await act(id, editor, {
      scores: [
        { criterion: '内容质量与思想性', score: 90 },
        { criterion: '性价比', score: 60 },
      ],
    })
    const scored = await read(id, editor)
    // (40 × 90 + 10 × 60) / 50
    expect(scored.body.scoreTotal).toBe(84)
    const partnerView = (await read(id, partner)).body
    expect(partnerView).not.toHaveProperty('scoreTotal')
    // Payload answers an unreadable array as an empty one: the marks never reach the partner.
    expect(partnerView.scores ?? []).toEqual([])
  })

  it('lists a call’s scored submissions best first for editors', async () => {
    const call = await createCall(cms, { title: '比较用征集' })
    for (const [title, score] of [
      ['中等', 70],
      ['最好', 95],
      ['较差', 40],
    ] as const) {
      const id = await inReview({ title, call })
      await act(id, editor, { scores: [{ criterion: '内容质量与思想性', score }] })
    }
    const list = await rest<{ docs: { title: string; scoreTotal: number }[] }>(
      cms,
      'GET',
      `/submissions?depth=0&where[call][equals]=${call}`,
      { token: editor },
    )
    expect(list.body.docs.map((doc) => [doc.title, doc.scoreTotal])).toEqual([
      ['最好', 95],
      ['中等', 70],
      ['较差', 40],
    ])
  })

  it('accepts once, creating one linked course draft, even when two editors click together', async () => {
    const id = await inReview()
    const [first, second] = await Promise.all([
      act(id, editor, { action: 'accept', comment: '录用' }),
      act(id, secondEditor, { action: 'accept', comment: '录用' }),
    ])
    expect([first.status, second.status].sort()).toEqual([200, 400])
    const courses = await cms.payload.find({
      collection: 'courses',
      where: { 'origin.submission': { equals: id } },
      draft: true,
      overrideAccess: true,
      depth: 0,
    })
    expect(courses.totalDocs).toBe(1)
    // Whichever save landed last, the submission names the one draft and one decision step.
    const stored = await database.db.collection('submissions').findOne({ _id: new ObjectId(id) })
    expect(stored).toMatchObject({ state: 'accepted', decisionClaim: 'accept' })
    expect(String(stored?.course)).toBe(String(courses.docs[0]!.id))
    expect((stored?.history as { action: string }[]).filter((step) => step.action === 'accept')).toHaveLength(1)
    expect(courses.docs[0]).toMatchObject({
      _status: 'draft',
      title: PROPOSAL.title,
      provider: 'seed:partner-zjut',
      teachers: ['seed:teacher-001'],
      origin: { kind: 'submission' },
    })
    const decided = await read(id, editor)
    expect(decided.body).toMatchObject({ state: 'accepted', course: courses.docs[0]!.id })
    expect((await read(id, partner)).body).toMatchObject({ state: 'accepted', decisionReason: '录用' })
  })

  it('refuses a second decision once decided', async () => {
    const id = await inReview()
    await act(id, editor, { action: 'reject', comment: '与主题不符' })
    const again = await act(id, secondEditor, { action: 'accept' })
    expect(problems(again.body)).toEqual([
      { path: 'action', message: '只有评审中的申报可以作出决定。Only a submission in review can be decided.' },
    ])
  })
})

describe('purchases', () => {
  let purchase: string
  let course: string

  it('to purchase creates a proposed purchase and a course draft licensed as long as the purchase', async () => {
    const id = await inReview({ offeredForSale: true, priceCny: 30_000, licenseMonths: 24 })
    const decided = await act(id, editor, { action: 'purchase', comment: '拟购买' })
    expect({ status: decided.status, errors: (decided.body as { errors?: unknown }).errors }).toEqual({
      status: 200,
      errors: undefined,
    })
    const submission = (await read(id, editor)).body
    purchase = String(submission.purchase)
    course = String(submission.course)
    const bought = await rest<Doc>(cms, 'GET', `/purchases/${purchase}?depth=0`, { token: editor })
    expect(bought.body).toMatchObject({
      state: 'proposed',
      priceCny: 30_000,
      vendor: 'seed:partner-zjut',
      call: openCall,
    })
    const draft = await cms.payload.findByID({
      collection: 'courses',
      id: course,
      draft: true,
      overrideAccess: true,
      depth: 0,
    })
    expect(draft).toMatchObject({
      origin: { kind: 'purchase', purchase: purchase },
      licenseExpiresAt: bought.body.licenseEnd,
    })
  })

  it('needs a second editor to approve it, and a contract to sign it', async () => {
    const self = await rest(cms, 'PATCH', `/purchases/${purchase}`, { token: editor, body: { action: 'approve' } })
    expect(problems(self.body)).toEqual([
      { path: 'action', message: '审批须由另一位编辑完成。A second editor must approve a purchase.' },
    ])
    expect(
      (
        await rest<{ doc: Doc }>(cms, 'PATCH', `/purchases/${purchase}`, {
          token: secondEditor,
          body: { action: 'approve' },
        })
      ).body.doc.state,
    ).toBe('approved')
    const unsigned = await rest(cms, 'PATCH', `/purchases/${purchase}`, { token: editor, body: { action: 'contract' } })
    expect(problems(unsigned.body)).toEqual([
      { path: 'action', message: '请上传合同文件。Attach the signed contract.' },
    ])
  })

  it('moves the course’s license expiry when the purchase’s license changes', async () => {
    const licenseEnd = '2029-06-30T00:00:00.000Z'
    expect((await rest(cms, 'PATCH', `/purchases/${purchase}`, { token: editor, body: { licenseEnd } })).status).toBe(
      200,
    )
    const draft = await cms.payload.findByID({
      collection: 'courses',
      id: course,
      draft: true,
      overrideAccess: true,
      depth: 0,
    })
    expect(draft.licenseExpiresAt).toBe(licenseEnd)
  })

  it('refuses a purchase over the call’s budget, with the amounts, and writes nothing', async () => {
    const id = await inReview({ offeredForSale: true, priceCny: 80_000 })
    const before = (await cms.payload.count({ collection: 'purchases', overrideAccess: true })).totalDocs
    const response = await act(id, editor, { action: 'purchase' })
    expect(response.status).toBe(400)
    expect(problems(response.body)).toEqual([
      {
        path: 'priceCny',
        message:
          "超出征集预算：预算 ¥100,000，已承诺 ¥30,000，剩余 ¥70,000，本次 ¥80,000。Over the call's budget: budget ¥100,000, committed ¥30,000, left ¥70,000, this purchase ¥80,000.",
      },
    ])
    expect((await cms.payload.count({ collection: 'purchases', overrideAccess: true })).totalDocs).toBe(before)
    expect((await read(id, editor)).body).toMatchObject({ state: 'in_review' })
    expect((await read(id, editor)).body).not.toHaveProperty('purchase', expect.anything())
  })

  it('shows the call’s progress to editors', async () => {
    const call = await rest<{ figures: Record<string, number> }>(cms, 'GET', `/calls/${openCall}`, { token: editor })
    expect(call.body.figures).toMatchObject({ accepted: 2, committedCny: 30_000 })
    const partnerView = await rest(cms, 'GET', `/calls/${openCall}`, { token: partner })
    expect(partnerView.body).not.toHaveProperty('figures')
    expect((partnerView.body as { rubric?: unknown[] }).rubric ?? []).toEqual([])
  })
})

describe('a decision that cannot be completed', () => {
  /** What a decision could leave behind, read straight from the database. */
  async function leftBehind(id: string) {
    const stored = await database.db.collection('submissions').findOne({ _id: new ObjectId(id) })
    return {
      state: stored?.state,
      claim: stored?.decisionClaim ?? null,
      claimRecords: await database.db
        .collection<{ _id: string }>('submission_decision_claims')
        .countDocuments({ _id: id }),
      course: stored?.course ?? null,
      purchase: stored?.purchase ?? null,
      steps: (stored?.history as unknown[] | undefined)?.length ?? 0,
      drafts: await database.db.collection('courses').countDocuments({ 'origin.submission': new ObjectId(id) }),
      draftVersions: await database.db
        .collection('_courses_versions')
        .countDocuments({ 'version.origin.submission': new ObjectId(id) }),
      purchases: await database.db.collection('purchases').countDocuments({ submission: new ObjectId(id) }),
    }
  }
  const untouched = {
    state: 'in_review',
    claim: null,
    claimRecords: 0,
    course: null,
    purchase: null,
    steps: 2,
    drafts: 0,
    draftVersions: 0,
    purchases: 0,
  }

  it.each([
    ['accept', {}],
    ['purchase', { offeredForSale: true, priceCny: 1_000 }],
  ])(
    '%s: a save Payload refuses after the workflow ran creates nothing and holds no claim; deciding again works',
    async (action, sale) => {
      const id = await inReview(sale)
      // A score over 100 passes the workflow hook and is refused by the field's own validation afterwards.
      const refused = await act(id, editor, {
        action,
        comment: '决定',
        scores: [{ criterion: '内容质量与思想性', score: 500 }],
      })
      expect(refused.status).toBe(400)
      expect(problems(refused.body)?.map(({ path }) => path)).toEqual(['scores.0.score'])
      expect(await leftBehind(id)).toEqual(untouched)

      const retried = await act(id, editor, { action, comment: '决定' })
      expect(retried.status).toBe(200)
      const decided = await leftBehind(id)
      expect(decided).toMatchObject({
        state: action === 'accept' ? 'accepted' : 'to_purchase',
        claim: action,
        steps: 3,
        drafts: 1,
        purchases: action === 'purchase' ? 1 : 0,
      })
      // The count of draft versions reads the right collection: the retried decision's draft is there.
      expect(decided.draftVersions).toBeGreaterThanOrEqual(1)
      expect(String(decided.course)).toBe(
        String(
          (
            await cms.payload.find({
              collection: 'courses',
              where: { 'origin.submission': { equals: id } },
              draft: true,
              overrideAccess: true,
              depth: 0,
            })
          ).docs[0]!.id,
        ),
      )
    },
  )

  it('accept: a draft an interrupted earlier run left for the submission is taken up, not made twice', async () => {
    const id = await inReview({ title: '社区手工编织' })
    const left = await cms.payload.create({
      collection: 'courses',
      overrideAccess: true,
      draft: true,
      data: {
        _status: 'draft',
        title: '社区手工编织',
        slug: `left-${id}`,
        origin: { kind: 'submission', submission: id },
      },
    })
    const decided = await act(id, editor, { action: 'accept' })
    expect(decided.status).toBe(200)
    expect(await leftBehind(id)).toMatchObject({ state: 'accepted', claim: 'accept', drafts: 1, purchases: 0 })
    expect(String((await leftBehind(id)).course)).toBe(left.id)
  })

  it('purchase: a course draft that cannot be created takes its purchase back, restores the submission, and the decision can be taken again', async () => {
    const id = await inReview({ title: '家庭理财入门', offeredForSale: true, priceCny: 2_000 })
    // A course already holds the slug the draft would take, so creating the draft fails after the purchase exists.
    const blocker = await cms.payload.create({
      collection: 'courses',
      overrideAccess: true,
      draft: true,
      data: { _status: 'draft', title: '占位课程', slug: `${toSlug('家庭理财入门')}-${id.slice(-6)}` },
    })
    const purchasesBefore = (await cms.payload.count({ collection: 'purchases', overrideAccess: true })).totalDocs

    const failed = await act(id, editor, { action: 'purchase', comment: '拟购买' })
    expect(failed.status).toBe(400)
    expect(problems(failed.body)?.map(({ path }) => path)).toEqual(['action'])
    expect(await leftBehind(id)).toEqual(untouched)
    expect((await cms.payload.count({ collection: 'purchases', overrideAccess: true })).totalDocs).toBe(purchasesBefore)
    const partnerView = (await read(id, partner)).body
    expect(partnerView).toMatchObject({ state: 'in_review' })
    expect(partnerView.decisionReason ?? null).toBeNull()
    const logged = await cms.payload.find({
      collection: 'activity',
      where: { documentId: { equals: id } },
      overrideAccess: true,
      depth: 0,
    })
    expect(logged.docs.map((entry) => entry.action)).not.toContain('purchase')

    await cms.payload.delete({ collection: 'courses', id: blocker.id, overrideAccess: true })
    const retried = await act(id, editor, { action: 'purchase', comment: '拟购买' })
    expect(retried.status).toBe(200)
    const decided = await leftBehind(id)
    expect(decided).toMatchObject({ state: 'to_purchase', claim: 'purchase', steps: 3, drafts: 1, purchases: 1 })
    const bought = await cms.payload.findByID({
      collection: 'purchases',
      id: String(decided.purchase),
      overrideAccess: true,
      depth: 0,
    })
    expect(bought).toMatchObject({ submission: id, course: String(decided.course), state: 'proposed', priceCny: 2_000 })
  })
})
