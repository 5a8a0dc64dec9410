/**
 * The checks a lecture series must pass before it is published, across the
 * content and the registry: each session fits its venue (capacity, opening
 * hours, not closed) and no teacher is in two sessions at once, within the
 * series or against sessions already published elsewhere. Pure: the caller
 * loads the venues and the other sessions.
 */
import type { Weekday } from '../vocabulary.ts'
import { rowNumber } from '../language/bilingual.ts'
import { hangzhouTime } from './localTime.ts'

export interface SessionToCheck {
  /** Where the session sits in the document, e.g. "sessions.2". */
  path: string
  startsAt: Date
  endsAt: Date
  venueId: string | null
  teacherIds: string[]
  capacity: number | null
  cancelled: boolean
}

export interface VenueFacts {
  id: string
  name: string
  capacity: number
  status: string
  openingHours: { weekday: Weekday; opens: string; closes: string }[]
}

/** A session published in another series, for the double-booking check. */
export interface BookedSession {
  label: string
  startsAt: Date
  endsAt: Date
  teacherIds: string[]
}

export interface SessionProblem {
  path: string
  message: string
}

const overlaps = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean =>
  a.startsAt < b.endsAt && b.startsAt < a.endsAt

const clock = (instant: Date): string => {
  const local = hangzhouTime(instant)
  return `${local.date} ${local.time}`
}

function venueProblems(session: SessionToCheck, venue: VenueFacts | undefined): SessionProblem[] {
  if (!session.venueId || !venue) return []
  const problems: SessionProblem[] = []
  if (venue.status === 'CLOSED') {
    problems.push({
      path: `${session.path}.venue`,
      message: `场地“${venue.name}”已关闭。The venue "${venue.name}" is closed.`,
    })
  }
  if (session.capacity !== null && session.capacity > venue.capacity) {
    problems.push({
      path: `${session.path}.capacity`,
      message: `人数 ${session.capacity} 超过场地“${venue.name}”的容量 ${venue.capacity}。Capacity ${session.capacity} exceeds the venue's ${venue.capacity}.`,
    })
  }
  const start = hangzhouTime(session.startsAt)
  const end = hangzhouTime(session.endsAt)
  const endTime = end.time === '00:00' && end.date > start.date ? '24:00' : end.time
  const sameDay = start.date === end.date || endTime === '24:00'
  const fits =
    sameDay &&
    venue.openingHours.some(
      (range) => range.weekday === start.weekday && range.opens <= start.time && endTime <= range.closes,
    )
  if (!fits) {
    const hours = venue.openingHours
      .filter((range) => range.weekday === start.weekday)
      .map((range) => `${range.opens}–${range.closes}`)
    const open = hours.length > 0 ? hours.join('、') : '不开放'
    problems.push({
      path: `${session.path}.startsAt`,
      message: `${start.date} ${start.time}–${end.time} 不在场地“${venue.name}”的开放时间内（当天：${open}）。The session is outside the venue's opening hours (that day: ${hours.join(', ') || 'closed'}).`,
    })
  }
  return problems
}

/** A session of this series as the admin labels its row: "sessions.2" is 第 03 场. */
export function sessionRow(path: string): { zh: string; en: string } {
  const index = Number(/\.(\d+)$/.exec(path)?.[1] ?? Number.NaN)
  const number = Number.isInteger(index) ? rowNumber(index) : path
  return { zh: `第 ${number} 场`, en: `Session ${number}` }
}

export function checkSessions(
  sessions: SessionToCheck[],
  venues: Map<string, VenueFacts>,
  elsewhere: BookedSession[],
): SessionProblem[] {
  const problems: SessionProblem[] = []
  const live = sessions.filter((session) => !session.cancelled)
  for (const session of sessions) {
    if (session.endsAt <= session.startsAt) {
      problems.push({
        path: `${session.path}.endsAt`,
        message: '结束时间须晚于开始时间。A session must end after it starts.',
      })
    }
  }
  for (const session of live)
    problems.push(...venueProblems(session, session.venueId ? venues.get(session.venueId) : undefined))

  for (const [index, session] of live.entries()) {
    for (const teacherId of session.teacherIds) {
      const sibling = live
        .slice(0, index)
        .find((other) => other.teacherIds.includes(teacherId) && overlaps(session, other))
      const outside = sibling
        ? undefined
        : elsewhere.find((other) => other.teacherIds.includes(teacherId) && overlaps(session, other))?.label
      const clash = sibling
        ? { zh: `本系列${sessionRow(sibling.path).zh}`, en: `${sessionRow(sibling.path).en} of this series` }
        : outside
          ? { zh: outside, en: outside }
          : null
      if (clash) {
        problems.push({
          path: `${session.path}.teachers`,
          message: `教师 ${teacherId} 在 ${clock(session.startsAt)} 已有安排（${clash.zh}）。Teacher ${teacherId} is already booked at that time (${clash.en}).`,
        })
      }
    }
  }
  return problems
}
