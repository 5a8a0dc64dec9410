/**
 * Before a lecture series is published: its sessions must fit their venues
 * (capacity, opening hours, not closed) and no teacher may be in two sessions
 * at once, within the series or against sessions already in the catalogue.
 * All problems are reported together, each on its session's field.
 */
import type { CollectionBeforeChangeHook } from 'payload'
import { catalogueSessions } from '../../../../server/catalogue/seriesProjection.ts'
import {
  checkSessions,
  sessionRow,
  type BookedSession,
  type SessionToCheck,
  type VenueFacts,
} from '../../../../server/domain/scheduling/sessionChecks.ts'
import { hangzhouTime } from '../../../../server/domain/scheduling/localTime.ts'
import type { VenueDocument } from '../../../../server/registry/venues/venue.content.ts'
import { payloadDb } from '../../../database/payloadDb.ts'
import { refuseFields } from '../../../errors/refuseFields.ts'
import { registryRecords } from '../../../registry/registryDb.ts'
import type { LectureSery } from '../../../payload-types.ts'

/** A session row as Payload holds it (the fields the checks read). */
export type SessionData = Pick<
  NonNullable<LectureSery['sessions']>[number],
  'id' | 'startsAt' | 'endsAt' | 'venue' | 'teachers' | 'capacity' | 'status'
>

export function toSessionsToCheck(sessions: SessionData[]): SessionToCheck[] {
  return sessions
    .map((session, index) => ({ session, index }))
    .filter(({ session }) => session.startsAt && session.endsAt)
    .map(({ session, index }) => ({
      path: `sessions.${index}`,
      startsAt: new Date(session.startsAt!),
      endsAt: new Date(session.endsAt!),
      venueId: session.venue ?? null,
      teacherIds: session.teachers ?? [],
      capacity: session.capacity ?? null,
      cancelled: session.status === 'cancelled',
    }))
}

export const checkSessionsOnPublish: CollectionBeforeChangeHook<LectureSery> = async ({ data, originalDoc, req }) => {
  if (data._status !== 'published') return data
  const sessions = toSessionsToCheck(data.sessions ?? originalDoc?.sessions ?? [])
  if (sessions.length === 0) return data

  const venueDocs = await registryRecords<VenueDocument>(
    req.payload,
    'venues',
    sessions.flatMap((session) => (session.venueId ? [session.venueId] : [])),
  )
  const venues = new Map<string, VenueFacts>(
    [...venueDocs.values()].map((venue) => [
      venue._id,
      {
        id: venue._id,
        name: venue.name,
        capacity: venue.capacity,
        status: venue.status,
        openingHours: venue.openingHours,
      },
    ]),
  )

  const teacherIds = [...new Set(sessions.flatMap((session) => session.teacherIds))]
  const from = new Date(Math.min(...sessions.map((session) => session.startsAt.getTime())))
  const to = new Date(Math.max(...sessions.map((session) => session.endsAt.getTime())))
  const others =
    teacherIds.length === 0
      ? []
      : await catalogueSessions(payloadDb(req.payload))
          .find({
            removed: false,
            status: 'SCHEDULED',
            teacherIds: { $in: teacherIds },
            startsAt: { $lt: to },
            endsAt: { $gt: from },
          })
          .toArray()
  const elsewhere: BookedSession[] = others
    .filter((other) => other.seriesId !== String(originalDoc?.id ?? ''))
    .map((other) => {
      const local = hangzhouTime(other.startsAt!)
      return {
        label: `${other.title?.zh ?? other.seriesId} ${local.date} ${local.time}`,
        startsAt: other.startsAt!,
        endsAt: other.endsAt!,
        teacherIds: other.teacherIds ?? [],
      }
    })

  const problems = checkSessions(sessions, venues, elsewhere)
  if (problems.length > 0)
    refuseFields(
      req,
      'lecture-series',
      problems.map((problem) => ({ ...problem, row: sessionRow(problem.path.split('.').slice(0, 2).join('.')) })),
    )
  return data
}
