/**
 * Wall-clock time in Hangzhou. Sessions are stored as instants; venues open
 * by local weekday and HH:MM. China keeps UTC+8 all year (no daylight
 * saving), so a fixed offset is exact.
 */
import type { Weekday } from '../vocabulary.ts'

const OFFSET_MS = 8 * 60 * 60 * 1000
const WEEKDAYS_FROM_SUNDAY: Weekday[] = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY']

export interface LocalTime {
  /** YYYY-MM-DD in Hangzhou. */
  date: string
  weekday: Weekday
  /** HH:MM, 24-hour; strings compare in time order. */
  time: string
}

export function hangzhouTime(instant: Date): LocalTime {
  const shifted = new Date(instant.getTime() + OFFSET_MS)
  const iso = shifted.toISOString()
  return { date: iso.slice(0, 10), weekday: WEEKDAYS_FROM_SUNDAY[shifted.getUTCDay()]!, time: iso.slice(11, 16) }
}

/** The instant of a Hangzhou date and time, e.g. ('2026-12-05', '14:30'). */
export function fromHangzhou(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+08:00`)
}
