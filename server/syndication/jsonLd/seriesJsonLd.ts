/**
 * A lecture series as a schema.org Course whose course instances are its
 * sessions, and each session as an EducationEvent (and CourseInstance): dates
 * with Shanghai's offset, the venue as a Place with its address or the online
 * link as a VirtualLocation, teachers as Person, and its status, so a
 * cancelled session reads as EventCancelled.
 */
import { catalogueSessions, type CatalogueSeries, type CatalogueSession } from '../../catalogue/seriesProjection.ts'
import { limits } from '../../config/limits.ts'
import { Locale, pick } from '../../content/shared/locale.ts'
import type { ReadDb } from '../../database/readStore.ts'
import { shanghaiIso, TIME_ZONE } from '../shanghaiTime.ts'
import { courseHead } from './courseJsonLd.ts'
import {
  compact,
  LANGUAGE,
  people,
  SCHEMA,
  venuePlace,
  virtualLocation,
  type JsonLdNode,
  type JsonLdSources,
} from './schemaOrgNodes.ts'

function attendanceMode(session: CatalogueSession): string {
  if (session.venueId && session.onlineUrl) return SCHEMA('MixedEventAttendanceMode')
  return SCHEMA(session.venueId ? 'OfflineEventAttendanceMode' : 'OnlineEventAttendanceMode')
}

export async function sessionNode(
  session: CatalogueSession,
  series: CatalogueSeries | null,
  sources: JsonLdSources,
): Promise<JsonLdNode> {
  sources.versions.push(session.version)
  const [place, instructors] = await Promise.all([
    venuePlace(sources, session.venueId),
    people(sources, session.teacherIds),
  ])
  const locations = [place, session.onlineUrl ? virtualLocation(session.onlineUrl) : undefined].filter(
    (location) => location !== undefined,
  )
  return compact({
    '@type': ['EducationEvent', 'CourseInstance'],
    '@id': sources.links.schemaOrg('sessions', session._id),
    url: series?.slug ? sources.links.page('series', series.slug) : undefined,
    name: pick(session.title, Locale.ZH),
    startDate: shanghaiIso(session.startsAt!),
    endDate: shanghaiIso(session.endsAt!),
    courseSchedule: {
      '@type': 'Schedule',
      startDate: shanghaiIso(session.startsAt!),
      endDate: shanghaiIso(session.endsAt!),
      scheduleTimezone: TIME_ZONE,
    },
    eventStatus: SCHEMA(session.status === 'CANCELLED' ? 'EventCancelled' : 'EventScheduled'),
    eventAttendanceMode: attendanceMode(session),
    courseMode: session.venueId ? (session.onlineUrl ? 'blended' : 'onsite') : 'online',
    location: locations.length === 1 ? locations[0] : locations.length ? locations : undefined,
    instructor: instructors.length ? instructors : undefined,
    performer: instructors.length ? instructors : undefined,
    maximumAttendeeCapacity: session.capacity ?? undefined,
    inLanguage: LANGUAGE,
    superEvent: series
      ? {
          '@type': 'EventSeries',
          name: pick(series.title, Locale.ZH),
          url: sources.links.page('series', series.slug ?? series._id),
        }
      : undefined,
  })
}

export async function seriesJsonLd(series: CatalogueSeries, read: ReadDb, sources: JsonLdSources): Promise<JsonLdNode> {
  const sessions = await catalogueSessions(read)
    .find({ seriesId: series._id, removed: false })
    .sort({ startsAt: 1, _id: 1 })
    .limit(limits.editorial.maxSessionsPerSeries)
    .toArray()
  return compact({
    ...courseHead(series, 'series', [series.brand], sources),
    hasCourseInstance: await Promise.all(sessions.map((session) => sessionNode(session, series, sources))),
  })
}
