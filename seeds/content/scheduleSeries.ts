/**
 * Places the seed series' sessions in time and space, the way a programme
 * office would: each series tours two streets (together the twelve cover all
 * eighteen), each session goes to an active venue of those streets that is
 * open for the whole session and free then, with a teacher of the series'
 * topics who is not already teaching. Deterministic for a given start day.
 */
import type { TeacherInput, VenueInput } from '../../schema/generated/graphql.ts'
import { fromHangzhou, hangzhouTime } from '../../server/domain/scheduling/localTime.ts'
import { GONGSHU_STREETS } from '../places/streets.ts'
import type { SeriesSeed } from './series.ts'

export interface ScheduledSession {
  title: string
  startsAt: string
  endsAt: string
  venue: string
  teachers: string[]
  capacity: number
  onlineUrl: string | null
  status: 'scheduled' | 'cancelled'
}

interface Interval {
  start: number
  end: number
}

const SEED = 'seed:'
const DAY_MS = 24 * 60 * 60 * 1000

const addMinutes = (time: string, minutes: number): string => {
  const total = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
}

function busy(calendar: Map<string, Interval[]>, key: string, slot: Interval): boolean {
  return (calendar.get(key) ?? []).some((other) => other.start < slot.end && slot.start < other.end)
}

function book(calendar: Map<string, Interval[]>, key: string, slot: Interval): void {
  calendar.set(key, [...(calendar.get(key) ?? []), slot])
}

/** The Monday on or after the day after `today`, in Hangzhou. */
export function firstTeachingDay(today: Date): string {
  let day = new Date(fromHangzhou(hangzhouTime(today).date, '12:00').getTime() + DAY_MS)
  while (hangzhouTime(day).weekday !== 'MONDAY') day = new Date(day.getTime() + DAY_MS)
  return hangzhouTime(day).date
}

export function scheduleSeries(
  series: SeriesSeed[],
  venues: VenueInput[],
  teachers: TeacherInput[],
  startDay: string,
): ScheduledSession[][] {
  const venueCalendar = new Map<string, Interval[]>()
  const teacherCalendar = new Map<string, Interval[]>()
  const streets = GONGSHU_STREETS.map((street) => street.id)

  return series.map((seed, seriesIndex) => {
    const touring = [streets[seriesIndex % streets.length]!, streets[(seriesIndex + 12) % streets.length]!]
    const halls = venues.filter(
      (venue) => touring.includes(venue.street) && (venue.status ?? 'ACTIVE') === 'ACTIVE' && venue.capacity >= 20,
    )
    const lecturers = teachers
      .filter(
        (teacher) =>
          teacher.active !== false && teacher.topics.some((topic) => seed.topics.some((wanted) => wanted === topic)),
      )
      .sort(
        (a, b) =>
          Number(touring.includes(b.street ?? '')) - Number(touring.includes(a.street ?? '')) ||
          a.externalId.localeCompare(b.externalId),
      )
    if (halls.length === 0 || lecturers.length === 0)
      throw new Error(`series ${seed.slug}: no venue or teacher for streets ${touring.join(', ')}`)

    return seed.sessionTitles.map((title, index): ScheduledSession => {
      const baseDay =
        fromHangzhou(startDay, '12:00').getTime() + (seriesIndex % 5) * DAY_MS + index * seed.everyDays * DAY_MS
      for (let shift = 0; shift < 7; shift++) {
        const day = hangzhouTime(new Date(baseDay + shift * DAY_MS))
        for (let offset = 0; offset < halls.length; offset++) {
          const venue = halls[(index + offset) % halls.length]!
          for (const time of seed.startTimes) {
            const end = addMinutes(time, seed.minutes)
            const open = (venue.openingHours ?? []).some(
              (range) => range.weekday === day.weekday && range.opens <= time && end <= range.closes,
            )
            if (!open) continue
            const slot = { start: fromHangzhou(day.date, time).getTime(), end: fromHangzhou(day.date, end).getTime() }
            if (busy(venueCalendar, venue.externalId, slot)) continue
            const teacher = lecturers.find((candidate) => !busy(teacherCalendar, candidate.externalId, slot))
            if (!teacher) continue
            book(venueCalendar, venue.externalId, slot)
            book(teacherCalendar, teacher.externalId, slot)
            return {
              title,
              startsAt: new Date(slot.start).toISOString(),
              endsAt: new Date(slot.end).toISOString(),
              venue: `${SEED}${venue.externalId}`,
              teachers: [`${SEED}${teacher.externalId}`],
              capacity: Math.min(seed.seats, venue.capacity),
              onlineUrl: seed.streamed ? `https://live.example.org/gongshu/${seed.slug}/${index + 1}` : null,
              // Two sessions were called off, as happens.
              status: (seriesIndex === 1 || seriesIndex === 6) && index === 3 ? 'cancelled' : 'scheduled',
            }
          }
        }
      }
      throw new Error(`series ${seed.slug}: no venue open for session ${index + 1}`)
    })
  })
}
