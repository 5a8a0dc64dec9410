/**
 * Refusals that say why, over REST as the admin and any client meet them:
 * the answer's own message is the reason (not "the following field is
 * invalid: reviewAction"), in the reader's language first, with a series'
 * sessions named by their row (第 02 场) and never by `sessions.1`; sending
 * an edited published course to review is a valid step that keeps the edit;
 * a partner's submitted proposal reads as read-only and its edit is refused
 * with the reason; a partner account needs an institution the registry has.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { catalogueCourses } from '../../../server/catalogue/courseProjection.ts'
import { fromHangzhou } from '../../../server/domain/scheduling/localTime.ts'
import { createCall } from '../../support/collect.ts'
import { freshDatabase } from '../../support/database.ts'
import { rest, startCms, type TestCms } from '../../support/cms.ts'
import { approveAndPublish, createPublished, type Desk, newDesk } from '../../support/editorial.ts'
import { pushVenues } from '../../support/registryPush.ts'
import { venueRecord } from '../../support/registryRecords.ts'
import { signIn, signInPartner } from '../../support/users.ts'

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms
let desk: Desk
let admin: string
let partner: string
let hall: string

interface Refusal {
  errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[]
}
const refusal = (body: unknown) => {
  const [first] = (body as Refusal).errors
  return { message: first?.message, fields: first?.data?.errors?.map(({ path, message }) => ({ path, message })) }
}
const english = { 'accept-language': 'en' }

beforeAll(async () => {
  database = await freshDatabase('refusal_messages')
  await seedRegistry(database.db)
  ;[hall] = (await pushVenues(database.db, [
    venueRecord('refusal-hall', {
      name: '拒绝测试报告厅',
      capacity: 40,
      openingHours: [{ weekday: 'SATURDAY', opens: '08:00', closes: '18:00' }],
    }),
  ])) as [string]
  cms = await startCms(database)
  desk = await newDesk(cms)
  admin = (await signIn(cms, 'admin')).token!
  partner = (await signInPartner(cms, 'seed:partner-zjut')).token!
})

afterAll(async () => {
  await cms.stop()
  await database.dropAndClose()
})

const draft = async (title: string) =>
  (await rest<{ doc: { id: string } }>(cms, 'POST', '/courses?draft=true', { token: desk.author, body: { title } }))
    .body.doc.id

describe('a refused save says why', () => {
  it('publishing unapproved work: the answer’s message is the reason, on _status, in Chinese first', async () => {
    const id = await draft('未审先发')
    const response = await rest(cms, 'PATCH', `/courses/${id}`, { token: desk.author, body: { _status: 'published' } })
    expect(response.status).toBe(400)
    expect(refusal(response.body)).toEqual({
      message: '须先审核通过才能发布。Only an approved item can be published.',
      fields: [{ path: '_status', message: '须先审核通过才能发布。Only an approved item can be published.' }],
    })
  })

  it('an English reader gets the English first, on the field and in the message', async () => {
    const id = await draft('英文界面')
    const response = await rest(cms, 'PATCH', `/courses/${id}?draft=true`, {
      token: desk.author,
      body: { reviewAction: 'approve' },
      headers: english,
    })
    expect(response.status).toBe(400)
    expect(refusal(response.body)).toEqual({
      message: 'Only an item in review can be approved. 只有审核中的内容可以通过。',
      fields: [{ path: 'reviewAction', message: 'Only an item in review can be approved. 只有审核中的内容可以通过。' }],
    })
  })

  it('bulk publish reports each refused item with its reason', async () => {
    const id = await draft('批量发布未审')
    const response = await rest<{ errors: { id: string; message: string }[] }>(
      cms,
      'PATCH',
      `/courses?where[id][equals]=${id}`,
      { token: desk.author, body: { _status: 'published' } },
    )
    expect(response.body.errors).toEqual([
      expect.objectContaining({ id, message: '须先审核通过才能发布。Only an approved item can be published.' }),
    ])
  })

  it('a session’s problem is named by its row as the admin counts it, while the field path stays', async () => {
    const session = (start: string, capacity: number) => ({
      startsAt: fromHangzhou('2027-03-06', start).toISOString(),
      endsAt: fromHangzhou(
        '2027-03-06',
        start.replace(/^(\d\d)/, (hour) => String(Number(hour) + 1).padStart(2, '0')),
      ).toISOString(),
      venue: hall,
      capacity,
    })
    const created = await rest<{ doc: { id: string } }>(cms, 'POST', '/lecture-series?draft=true', {
      token: desk.author,
      body: { title: '场次报错测试', sessions: [session('09:00', 30), session('14:00', 55)], reviewAction: 'submit' },
    })
    const response = await approveAndPublish(desk, 'lecture-series', created.body.doc.id)
    expect(response.status).toBe(400)
    const { message, fields } = refusal(response.body)
    expect(fields).toEqual([
      {
        path: 'sessions.1.capacity',
        message: "人数 55 超过场地“拒绝测试报告厅”的容量 40。Capacity 55 exceeds the venue's 40.",
      },
    ])
    expect(message).toBe(
      "第 02 场：人数 55 超过场地“拒绝测试报告厅”的容量 40。Session 02 - Capacity 55 exceeds the venue's 40.",
    )
    expect(message).not.toContain('sessions.')
  })

  it('a reason with times keeps them whole in the message (the admin’s toast splits at a colon)', async () => {
    const created = await rest<{ doc: { id: string } }>(cms, 'POST', '/lecture-series?draft=true', {
      token: desk.author,
      body: {
        title: '开放时间外',
        sessions: [
          {
            startsAt: fromHangzhou('2027-03-06', '19:00').toISOString(),
            endsAt: fromHangzhou('2027-03-06', '20:00').toISOString(),
            venue: hall,
          },
        ],
        reviewAction: 'submit',
      },
    })
    const { message, fields } = refusal((await approveAndPublish(desk, 'lecture-series', created.body.doc.id)).body)
    expect(fields?.[0]?.message).toContain('当天：08:00–18:00')
    expect(message).toContain('08∶00–18∶00')
    expect(message).not.toContain(':')
  })

  it('a partner picking a reviewer’s step is told it may only submit or withdraw', async () => {
    const created = await rest<{ doc: { id: string } }>(cms, 'POST', '/submissions', {
      token: partner,
      body: { title: '越权操作测试', call: await createCall(cms) },
    })
    const response = await rest(cms, 'PATCH', `/submissions/${created.body.doc.id}`, {
      token: partner,
      body: { action: 'start_review' },
    })
    expect(response.status).toBe(400)
    expect(refusal(response.body)).toEqual({
      message: '合作机构只能提交或撤回。A partner may only submit or withdraw.',
      fields: [{ path: 'action', message: '合作机构只能提交或撤回。A partner may only submit or withdraw.' }],
    })
  })
})

describe('送审 on a published course', () => {
  let id: string
  beforeAll(async () => {
    id = await createPublished(desk, 'courses', { title: '已发布再送审' })
  })

  it('sends an edit to review in the same save, keeping the edit; the catalogue keeps the published copy', async () => {
    const response = await rest<{ doc: { summary: string; review: { state: string } } }>(
      cms,
      'PATCH',
      `/courses/${id}?draft=true&depth=0`,
      {
        token: desk.author,
        body: { summary: '修订后的简介', reviewAction: 'submit' },
      },
    )
    expect(response.status).toBe(200)
    expect(response.body.doc).toMatchObject({ summary: '修订后的简介', review: { state: 'in_review' } })
    const stored = await rest<{ summary: string }>(cms, 'GET', `/courses/${id}?draft=true&depth=0`, {
      token: desk.reviewer,
    })
    expect(stored.body.summary).toBe('修订后的简介')
    expect(await catalogueCourses(database.db).findOne({ _id: id })).toMatchObject({
      removed: false,
      title: { zh: '已发布再送审' },
    })
  })

  it('refuses sending it again while it is in review, saying so', async () => {
    const response = await rest(cms, 'PATCH', `/courses/${id}?draft=true`, {
      token: desk.author,
      body: { reviewAction: 'submit' },
    })
    expect(refusal(response.body).message).toBe('已在审核中，无须再次送审。It is already in review.')
  })
})

describe('a partner’s submitted proposal', () => {
  let id: string
  beforeAll(async () => {
    const created = await rest<{ doc: { id: string } }>(cms, 'POST', '/submissions', {
      token: partner,
      body: { title: '提交后只读', call: await createCall(cms) },
    })
    id = created.body.doc.id
  })

  type Permissions = { fields: Record<string, true | { update?: boolean }> }
  const canEdit = async (token: string) => {
    // What the admin asks before it renders the document: each field's permissions on it as stored.
    const { fields } = (await rest<Permissions>(cms, 'POST', `/submissions/access/${id}`, { token, body: {} })).body
    // Payload writes `true` for a field open to every operation, else the operations it allows.
    const update = (name: string) =>
      fields[name] === true || (fields[name] as { update?: boolean } | undefined)?.update === true
    return { title: update('title'), summary: update('summary'), action: update('action') }
  }

  it('is editable by the partner as a draft', async () => {
    expect(await canEdit(partner)).toEqual({ title: true, summary: true, action: true })
  })

  it('reads as read-only to the partner once submitted (it may still withdraw), not to editors', async () => {
    expect(
      (await rest(cms, 'PATCH', `/submissions/${id}`, { token: partner, body: { action: 'submit' } })).status,
    ).toBe(200)
    expect(await canEdit(partner)).toEqual({ title: false, summary: false, action: true })
    expect(await canEdit(desk.author)).toEqual({ title: true, summary: true, action: true })
  })

  it('refuses the partner’s edit with the reason rather than dropping it', async () => {
    const response = await rest(cms, 'PATCH', `/submissions/${id}`, { token: partner, body: { title: '偷偷改标题' } })
    expect(response.status).toBe(400)
    expect(refusal(response.body).fields).toEqual([
      {
        path: 'title',
        message:
          '只能在草稿或待修改状态下编辑申报。A submission can be edited only as a draft or when changes were requested.',
      },
    ])
    expect((await rest<{ title: string }>(cms, 'GET', `/submissions/${id}`, { token: partner })).body.title).toBe(
      '提交后只读',
    )
  })
})

describe('a partner account', () => {
  const account = (extra: Record<string, unknown>) => ({
    email: `partner-${Math.random().toString(36).slice(2)}@example.org`,
    password: 'test password 123',
    role: 'partner',
    ...extra,
  })

  it.each([
    ['with no institution', {}, '合作机构账号须选择所属机构。A partner account needs its institution.'],
    [
      'with an institution the registry does not have',
      { institution: 'nowhere:x' },
      '登记中没有机构“nowhere:x”，请从登记库中选择。No institution "nowhere:x" in the registry: pick one from it.',
    ],
  ])('is refused %s, on the institution field, and not created', async (_case, extra, message) => {
    const body = account(extra)
    const response = await rest(cms, 'POST', '/users', { token: admin, body })
    expect(response.status).toBe(400)
    expect(refusal(response.body).fields).toEqual([{ path: 'institution', message }])
    expect(
      (await cms.payload.find({ collection: 'users', where: { email: { equals: body.email } }, overrideAccess: true }))
        .totalDocs,
    ).toBe(0)
  })

  it('is created with an institution of the registry', async () => {
    const response = await rest<{ doc: { institution: string } }>(cms, 'POST', '/users', {
      token: admin,
      body: account({ institution: 'seed:partner-zjut' }),
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.institution).toBe('seed:partner-zjut')
  })
})
