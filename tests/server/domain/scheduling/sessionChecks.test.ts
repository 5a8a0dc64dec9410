/** The publish checks of a lecture series' sessions against venues and teachers' other sessions: a table. */
import { describe, expect, it } from '@jest/globals'
import { fromHangzhou, hangzhouTime } from '../../../../server/domain/scheduling/localTime.ts'
import {
  checkSessions,
  type BookedSession,
  type SessionToCheck,
  type VenueFacts,
} from '../../../../server/domain/scheduling/sessionChecks.ts'

// 2027-03-06 is a Saturday in Hangzhou.
const hall: VenueFacts = {
  id: 'v:hall',
  name: '米市巷街道市民学校报告厅',
  capacity: 80,
  status: 'ACTIVE',
  openingHours: [
    { weekday: 'SATURDAY', opens: '08:30', closes: '11:30' },
    { weekday: 'SATURDAY', opens: '13:30', closes: '17:00' },
  ],
}
const closed: VenueFacts = { ...hall, id: 'v:closed', name: '旧活动室', status: 'CLOSED' }
const venues = new Map([hall, closed].map((venue) => [venue.id, venue]))

let counter = 0
const at = (start: string, end: string, extra: Partial<SessionToCheck> = {}): SessionToCheck => ({
  path: `sessions.${counter++}`,
  startsAt: fromHangzhou('2027-03-06', start),
  endsAt: fromHangzhou('2027-03-06', end),
  venueId: 'v:hall',
  teacherIds: ['t:wang'],
  capacity: 60,
  cancelled: false,
  ...extra,
})

const elsewhere: BookedSession[] = [
  {
    label: '社区老年学堂 2027-03-06 15:00',
    startsAt: fromHangzhou('2027-03-06', '15:00'),
    endsAt: fromHangzhou('2027-03-06', '16:00'),
    teacherIds: ['t:li'],
  },
]

type Row = [string, SessionToCheck[], { path: string; message: string }[]]

const TABLE: Row[] = [
  ['fits the morning opening', [{ ...at('09:00', '10:30'), path: 'sessions.0' }], []],
  ['exactly the opening range', [{ ...at('13:30', '17:00'), path: 'sessions.0' }], []],
  [
    'more people than the venue holds',
    [{ ...at('09:00', '10:30', { capacity: 120 }), path: 'sessions.0' }],
    [
      {
        path: 'sessions.0.capacity',
        message: "人数 120 超过场地“米市巷街道市民学校报告厅”的容量 80。Capacity 120 exceeds the venue's 80.",
      },
    ],
  ],
  [
    'over the lunch break',
    [{ ...at('11:00', '12:00'), path: 'sessions.0' }],
    [
      {
        path: 'sessions.0.startsAt',
        message:
          "2027-03-06 11:00–12:00 不在场地“米市巷街道市民学校报告厅”的开放时间内（当天：08:30–11:30、13:30–17:00）。The session is outside the venue's opening hours (that day: 08:30–11:30, 13:30–17:00).",
      },
    ],
  ],
  [
    'on a day the venue does not open',
    [
      {
        ...at('09:00', '10:00'),
        startsAt: fromHangzhou('2027-03-07', '09:00'),
        endsAt: fromHangzhou('2027-03-07', '10:00'),
        path: 'sessions.0',
      },
    ],
    [
      {
        path: 'sessions.0.startsAt',
        message:
          "2027-03-07 09:00–10:00 不在场地“米市巷街道市民学校报告厅”的开放时间内（当天：不开放）。The session is outside the venue's opening hours (that day: closed).",
      },
    ],
  ],
  [
    'a closed venue',
    [{ ...at('09:00', '10:00', { venueId: 'v:closed' }), path: 'sessions.0' }],
    [{ path: 'sessions.0.venue', message: '场地“旧活动室”已关闭。The venue "旧活动室" is closed.' }],
  ],
  [
    'ends before it starts',
    [{ ...at('10:00', '09:00', { venueId: null }), path: 'sessions.0' }],
    [{ path: 'sessions.0.endsAt', message: '结束时间须晚于开始时间。A session must end after it starts.' }],
  ],
  [
    'one teacher in two overlapping sessions of the series',
    [
      { ...at('09:00', '10:30'), path: 'sessions.0' },
      { ...at('10:00', '11:00', { venueId: null }), path: 'sessions.1' },
    ],
    [
      {
        path: 'sessions.1.teachers',
        message:
          '教师 t:wang 在 2027-03-06 10:00 已有安排（本系列第 01 场）。Teacher t:wang is already booked at that time (Session 01 of this series).',
      },
    ],
  ],
  [
    'back to back is not a clash',
    [
      { ...at('09:00', '10:00'), path: 'sessions.0' },
      { ...at('10:00', '11:00'), path: 'sessions.1' },
    ],
    [],
  ],
  [
    'a cancelled session clashes with nothing',
    [
      { ...at('09:00', '10:30'), path: 'sessions.0' },
      { ...at('09:00', '10:30', { cancelled: true }), path: 'sessions.1' },
    ],
    [],
  ],
  [
    'a teacher already booked in another published series',
    [{ ...at('14:30', '15:30', { teacherIds: ['t:li'] }), path: 'sessions.0' }],
    [
      {
        path: 'sessions.0.teachers',
        message:
          '教师 t:li 在 2027-03-06 14:30 已有安排（社区老年学堂 2027-03-06 15:00）。Teacher t:li is already booked at that time (社区老年学堂 2027-03-06 15:00).',
      },
    ],
  ],
  ['an online session without a venue', [{ ...at('20:00', '21:00', { venueId: null }), path: 'sessions.0' }], []],
]

describe('checkSessions', () => {
  it.each(TABLE)('%s', (_name, sessions, problems) => {
    expect(checkSessions(sessions, venues, elsewhere)).toEqual(problems)
  })
})

describe('Hangzhou time', () => {
  it.each([
    ['2027-03-06T01:00:00.000Z', { date: '2027-03-06', weekday: 'SATURDAY', time: '09:00' }],
    ['2027-03-06T16:30:00.000Z', { date: '2027-03-07', weekday: 'SUNDAY', time: '00:30' }],
  ])('%s is %o', (instant, local) => {
    expect(hangzhouTime(new Date(instant))).toEqual(local)
  })
})
