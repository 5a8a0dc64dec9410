/**
 * One iCalendar (RFC 5545) feed of sessions, built with ical-generator: each
 * session one VEVENT with a UID that never changes, a SEQUENCE that grows with
 * its version, Asia/Shanghai times (with the zone's VTIMEZONE), the venue's
 * name and address, the series' summary, teachers, online link and page link.
 * A cancelled session stays in the feed as STATUS:CANCELLED, so a phone that
 * subscribed removes it instead of keeping a talk that will not happen.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import ical, { ICalEventStatus } from 'ical-generator'
import { catalogueSessions, type CatalogueSeries, type CatalogueSession } from '../../catalogue/seriesProjection.ts'
import { limits } from '../../config/limits.ts'
import { Locale, pick } from '../../content/shared/locale.ts'
import type { ReadDb } from '../../database/readStore.ts'
import type { Loaders } from '../../graphql/loaders/createLoaders.ts'
import { loadAll } from '../../graphql/loaders/loadAll.ts'
import { latestOf } from '../http/cachedAnswer.ts'
import type { PublicLinks } from '../http/publicLinks.ts'
import { inShanghai, TIME_ZONE } from '../shanghaiTime.ts'
import type { CalendarScope } from './calendarScope.ts'

const DAY_MS = 24 * 60 * 60 * 1000
/**
 * SEQUENCE counts seconds of the version since the policy came into force
 * (2023-05-12): it grows with every republish and fits iCalendar's 32-bit
 * integer until 2091, which milliseconds would not.
 */
const SEQUENCE_EPOCH_MS = Date.parse('2023-05-12T00:00:00+08:00')

export const sessionUid = (sessionId: string): string => `${sessionId}@canal-learning-hub`
export const sequenceOf = (version: number): number => Math.max(0, Math.floor((version - SEQUENCE_EPOCH_MS) / 1000))

/** The sessions a calendar covers: from the start of the Shanghai day `calendarPastDays` ago, `calendarFutureDays` on. */
export function calendarWindow(now: Date): { from: Date; to: Date } {
  const today = inShanghai(now).startOf('day').toJSDate()
  return {
    from: new Date(today.getTime() - limits.syndication.calendarPastDays * DAY_MS),
    to: new Date(today.getTime() + limits.syndication.calendarFutureDays * DAY_MS),
  }
}

export async function buildCalendar(
  read: ReadDb,
  loaders: Loaders,
  scope: CalendarScope,
  links: PublicLinks,
  now: Date,
): Promise<{ body: string; lastModified: Date; events: number }> {
  const { from, to } = calendarWindow(now)
  const sessions = await catalogueSessions(read)
    .find({ ...scope.sessions, removed: false, startsAt: { $gte: from, $lt: to } })
    .sort({ startsAt: 1, _id: 1 })
    .limit(limits.syndication.calendarMaxEvents)
    .toArray()
  const calendar = ical({
    name: scope.name,
    description: '拱墅区终身学习讲座与活动。Lifelong-learning sessions in Gongshu District, Hangzhou.',
    prodId: { company: 'Gongshu District', product: 'Canal Learning Hub', language: 'ZH' },
    // No calendar-wide zone: with one, the library writes DTSTAMP and LAST-MODIFIED in that zone's
    // local time, where RFC 5545 wants UTC. Each event names Asia/Shanghai, whose VTIMEZONE is included.
    timezone: { name: null, generator: getVtimezoneComponent },
    ttl: limits.syndication.feedMaxAgeSeconds,
  })
  const versions: (number | Date)[] = [...scope.versions, from]
  // Every session's joins at once: each loader reads its ids in one batch.
  const joined = await Promise.all(
    sessions.map((session) =>
      Promise.all([
        session.seriesId ? loaders.series.load(session.seriesId) : null,
        session.venueId ? loaders.venue.load(session.venueId) : null,
        loadAll(loaders.teacher, session.teacherIds ?? []),
      ] as const),
    ),
  )
  for (const [index, session] of sessions.entries()) {
    const [series, venue, teachers] = joined[index]!
    const teacherNames = teachers.flatMap((teacher) => (teacher ? [teacher] : []))
    versions.push(
      session.version,
      series?.version ?? 0,
      venue?.pushedAt ?? 0,
      ...teacherNames.map((teacher) => teacher.pushedAt),
    )
    const url = series?.slug ? links.page('series', series.slug) : links.schemaOrg('sessions', session._id)
    calendar.createEvent({
      id: sessionUid(session._id),
      sequence: sequenceOf(session.version),
      stamp: new Date(session.version),
      lastModified: new Date(session.version),
      start: inShanghai(session.startsAt!),
      end: inShanghai(session.endsAt!),
      timezone: TIME_ZONE,
      summary: pick(session.title, Locale.ZH) ?? '',
      status: session.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      location: venue
        ? { title: venue.name, address: venue.address }
        : session.onlineUrl
          ? `线上 Online: ${session.onlineUrl}`
          : null,
      description: describe(
        session,
        series,
        teacherNames.map((teacher) => teacher.name),
        url,
      ),
      url,
    })
  }
  return { body: calendar.toString(), lastModified: latestOf(versions), events: sessions.length }
}

function describe(session: CatalogueSession, series: CatalogueSeries | null, teachers: string[], url: string): string {
  const lines = [
    series ? [series.brand, pick(series.title, Locale.ZH)].filter(Boolean).join(' · ') : null,
    series ? pick(series.summary, Locale.ZH) : null,
    teachers.length ? `主讲 Teachers: ${teachers.join('、')}` : null,
    session.onlineUrl ? `线上参与 Join online: ${session.onlineUrl}` : null,
    session.status === 'CANCELLED' ? '本场已取消。This session is cancelled.' : null,
    `详情 Details: ${url}`,
  ]
  return lines.filter((line): line is string => Boolean(line)).join('\n')
}
