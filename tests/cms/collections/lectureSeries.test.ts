/**
 * Lecture series over the CMS's REST API: publishing checks every session
 * against the registry (capacity, opening hours, double-booked teachers) and
 * refuses with every problem on its field, writing nothing; session times of a
 * published series change without another review; coordinators schedule only
 * at their own street's venues.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { catalogueSeries, catalogueSessions } from '../../../server/catalogue/seriesProjection.ts'
import { fromHangzhou } from '../../../server/domain/scheduling/localTime.ts'
import { freshDatabase } from '../../support/database.ts'
import { rest, startCms, type TestCms } from '../../support/cms.ts'
import { approveAndPublish, createPublished, type Desk, newDesk } from '../../support/editorial.ts'
import { pushTeachers, pushVenues } from '../../support/registryPush.ts'
import { teacherRecord, venueRecord } from '../../support/registryRecords.ts'
import { signInCoordinator } from '../../support/users.ts'

let database: Awaited<ReturnType<typeof freshDatabase>>
let cms: TestCms
let desk: Desk
let hushuCoordinator: string
let hall: string
let xiaoheRoom: string
let wang: string
let li: string

// 2027-03-06 is a Saturday.
const SATURDAY_HOURS = [
  { weekday: 'SATURDAY' as const, opens: '08:30', closes: '11:30' },
  { weekday: 'SATURDAY' as const, opens: '13:30', closes: '17:00' },
]

const session = (start: string, end: string, extra: Record<string, unknown> = {}) => ({
  startsAt: fromHangzhou('2027-03-06', start).toISOString(),
  endsAt: fromHangzhou('2027-03-06', end).toISOString(),
  venue: hall,
  teachers: [wang],
  capacity: 50,
  ...extra,
})

type ErrorBody = { errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }
const problems = (body: unknown) =>
  (body as ErrorBody).errors[0]?.data?.errors?.map(({ path, message }) => ({ path, message }))

beforeAll(async () => {
  database = await freshDatabase('lecture_series')
  await seedRegistry(database.db)
  ;[hall, xiaoheRoom] = (await pushVenues(database.db, [
    venueRecord('hall', { name: '湖墅测试报告厅', capacity: 60, openingHours: SATURDAY_HOURS }),
    venueRecord('xiaohe-room', {
      name: '小河测试教室',
      street: '小河',
      owner: 'seed:branch-xiaohe',
      capacity: 30,
      openingHours: SATURDAY_HOURS,
    }),
  ])) as [string, string]
  ;[wang, li] = (await pushTeachers(database.db, [
    teacherRecord('wang', { name: '王测试' }),
    teacherRecord('li', { name: '李测试' }),
  ])) as [string, string]
  cms = await startCms(database)
  desk = await newDesk(cms)
  hushuCoordinator = (await signInCoordinator(cms, 'hushu')).token!
})

afterAll(async () => {
  await cms.stop()
  await database.dropAndClose()
})

async function draftInReview(title: string, sessions: unknown[]): Promise<string> {
  const created = await rest<{ doc: { id: string } }>(cms, 'POST', '/lecture-series?draft=true', {
    token: desk.author,
    body: { title, sessions, reviewAction: 'submit' },
  })
  expect(created.status).toBe(201)
  return created.body.doc.id
}

describe('publishing a lecture series', () => {
  let published: string

  it('publishes sessions that fit, one catalogue document per session', async () => {
    published = await createPublished(desk, 'lecture-series', {
      title: '运河文化市民大课堂',
      brand: 'citizen_lecture',
      topics: ['HISTORY_CULTURE'],
      audiences: ['ALL_RESIDENTS'],
      sessions: [session('09:00', '10:30'), session('14:00', '15:30', { teachers: [wang, li] })],
    })
    const entry = await catalogueSeries(database.db).findOne({ _id: published })
    expect(entry).toMatchObject({
      removed: false,
      brand: 'citizen_lecture',
      title: { zh: '运河文化市民大课堂' },
      sessionIds: expect.any(Array),
    })
    const sessions = await catalogueSessions(database.db).find({ seriesId: published }).sort({ startsAt: 1 }).toArray()
    expect(sessions.map((s) => [s.venueId, s.teacherIds, s.status, s.topics])).toEqual([
      [hall, [wang], 'SCHEDULED', ['HISTORY_CULTURE']],
      [hall, [wang, li], 'SCHEDULED', ['HISTORY_CULTURE']],
    ])
  })

  it.each([
    [
      'more people than the venue holds',
      () => [session('09:00', '10:00', { capacity: 61, teachers: [] })],
      [
        {
          path: 'sessions.0.capacity',
          message: "人数 61 超过场地“湖墅测试报告厅”的容量 60。Capacity 61 exceeds the venue's 60.",
        },
      ],
    ],
    [
      'outside the opening hours',
      () => [session('11:00', '12:00', { teachers: [] })],
      [
        {
          path: 'sessions.0.startsAt',
          message:
            "2027-03-06 11:00–12:00 不在场地“湖墅测试报告厅”的开放时间内（当天：08:30–11:30、13:30–17:00）。The session is outside the venue's opening hours (that day: 08:30–11:30, 13:30–17:00).",
        },
      ],
    ],
    [
      'a teacher in two sessions of the series at once',
      () => [session('08:30', '09:00', { teachers: [li] }), session('08:45', '09:30', { teachers: [li], venue: null })],
      [
        {
          path: 'sessions.1.teachers',
          message:
            '教师 tests:li 在 2027-03-06 08:45 已有安排（本系列第 01 场）。Teacher tests:li is already booked at that time (Session 01 of this series).',
        },
      ],
    ],
    [
      'a teacher already booked in a published series',
      () => [session('10:00', '11:00', { venue: null })],
      [
        {
          path: 'sessions.0.teachers',
          message:
            '教师 tests:wang 在 2027-03-06 10:00 已有安排（运河文化市民大课堂 2027-03-06 09:00）。Teacher tests:wang is already booked at that time (运河文化市民大课堂 2027-03-06 09:00).',
        },
      ],
    ],
    [
      'a venue the registry does not have',
      () => [session('09:00', '10:00', { venue: 'tests:nowhere', teachers: [] })],
      [
        {
          path: 'sessions.0.venue',
          message: '登记中没有场地：tests:nowhere。No venue "tests:nowhere" in the registry.',
        },
      ],
    ],
  ])('refuses %s, naming the session’s field, and writes nothing', async (_case, sessions, expected) => {
    const id = await draftInReview(`排期冲突 ${_case}`, sessions())
    const response = await approveAndPublish(desk, 'lecture-series', id)
    expect(response.status).toBe(400)
    expect(problems(response.body)).toEqual(expected)
    expect(
      await database.db
        .collection('lecture-series')
        .countDocuments({ _status: 'published', 'title.zh': `排期冲突 ${_case}` }),
    ).toBe(0)
    expect(await catalogueSeries(database.db).findOne({ _id: id, removed: false })).toBeNull()
  })

  it('moves a session of a published series without another review, and the calendar follows', async () => {
    const current = await rest<{ sessions: Record<string, unknown>[] }>(cms, 'GET', `/lecture-series/${published}`, {
      token: desk.author,
    })
    const moved = current.body.sessions.map((s, index) =>
      index === 0 ? { ...s, startsAt: fromHangzhou('2027-03-06', '08:30').toISOString() } : s,
    )
    const response = await rest<{ doc: { review: { state: string } } }>(cms, 'PATCH', `/lecture-series/${published}`, {
      token: desk.author,
      body: { sessions: moved, _status: 'published' },
    })
    expect(response.status).toBe(200)
    expect(response.body.doc.review.state).toBe('published')
    const first = await catalogueSessions(database.db)
      .find({ seriesId: published, removed: false })
      .sort({ startsAt: 1 })
      .limit(1)
      .next()
    expect(first?.startsAt).toEqual(fromHangzhou('2027-03-06', '08:30'))
  })

  it('sends a change of venue back to review instead of publishing it', async () => {
    const current = await rest<{ sessions: Record<string, unknown>[] }>(cms, 'GET', `/lecture-series/${published}`, {
      token: desk.author,
    })
    const relocated = current.body.sessions.map((s, index) =>
      index === 0 ? { ...s, venue: xiaoheRoom, capacity: 20 } : s,
    )
    const response = await rest(cms, 'PATCH', `/lecture-series/${published}`, {
      token: desk.author,
      body: { sessions: relocated, _status: 'published' },
    })
    expect(response.status).toBe(400)
    expect(problems(response.body)).toEqual([
      { path: '_status', message: '须先审核通过才能发布。Only an approved item can be published.' },
    ])
    expect(
      await catalogueSessions(database.db).findOne({ seriesId: published, removed: false, venueId: xiaoheRoom }),
    ).toBeNull()
  })
})

describe('street coordinators', () => {
  let series: string

  beforeAll(async () => {
    series = await draftInReview('湖墅社区老年学堂', [session('14:00', '15:00', { teachers: [] })])
  })

  it('add a session at a venue of their street', async () => {
    const current = await rest<{ sessions: Record<string, unknown>[] }>(
      cms,
      'GET',
      `/lecture-series/${series}?draft=true`,
      { token: hushuCoordinator },
    )
    const response = await rest(cms, 'PATCH', `/lecture-series/${series}?draft=true`, {
      token: hushuCoordinator,
      body: { sessions: [...current.body.sessions, session('15:30', '16:30', { teachers: [] })] },
    })
    expect(response.status).toBe(200)
    // What is stored: the series' first session kept, the coordinator's added after it, at their venue and times.
    const stored = await rest<{ sessions: { startsAt: string; endsAt: string; venue: string }[] }>(
      cms,
      'GET',
      `/lecture-series/${series}?draft=true`,
      { token: hushuCoordinator },
    )
    const added = session('15:30', '16:30')
    expect(stored.body.sessions.map(({ startsAt, endsAt, venue }) => ({ startsAt, endsAt, venue }))).toEqual([
      ...current.body.sessions.map((row) => ({ startsAt: row.startsAt, endsAt: row.endsAt, venue: row.venue })),
      { startsAt: added.startsAt, endsAt: added.endsAt, venue: added.venue },
    ])
  })

  it.each([
    [
      'a session at another street’s venue',
      (sessions: unknown[]) => ({
        sessions: [...sessions, session('15:00', '16:00', { venue: xiaoheRoom, capacity: 20, teachers: [] })],
      }),
      [
        {
          path: 'sessions.2.venue',
          message: '只能安排本街道场地的场次。Sessions may only be at venues of your street.',
        },
      ],
    ],
    [
      'the series title',
      () => ({ title: '改名' }),
      [{ path: 'title', message: '协调员只能编辑场次。A coordinator edits sessions only.' }],
    ],
    [
      'approving it',
      () => ({ reviewAction: 'approve' }),
      [{ path: 'reviewAction', message: '只有编辑可以推进审核流程。Only editors move items through review.' }],
    ],
  ])('may not change %s', async (_case, change, expected) => {
    const current = await rest<{ sessions: unknown[] }>(cms, 'GET', `/lecture-series/${series}?draft=true`, {
      token: hushuCoordinator,
    })
    const response = await rest(cms, 'PATCH', `/lecture-series/${series}?draft=true`, {
      token: hushuCoordinator,
      body: change(current.body.sessions),
    })
    expect(response.status).toBe(400)
    expect(problems(response.body)).toEqual(expected)
  })

  it('may not publish', async () => {
    const response = await rest(cms, 'PATCH', `/lecture-series/${series}`, {
      token: hushuCoordinator,
      body: { _status: 'published' },
    })
    expect(response.status).toBe(400)
    expect(problems(response.body)).toEqual([
      { path: '_status', message: '只有编辑可以推进审核流程。Only editors move items through review.' },
    ])
  })
})
