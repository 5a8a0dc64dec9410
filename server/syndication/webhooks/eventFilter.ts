/**
 * Whether an event is for a subscriber: its kind is one they asked for, and
 * the entity is in one of their streets, on one of their topics, for one of
 * their audiences, where they set such filters. An entity without a place
 * (a district-wide course, a collection) or without topics or audiences is
 * for everyone, so a filter does not hide it. A withdrawal (no document)
 * passes every filter: what the platform took before must be able to leave
 * again.
 */
import type { Document } from 'mongodb'
import type { ChangeKind } from '../../changes/changeLog.ts'
import type { EntityReader } from './publicEntity.ts'

export interface SubscriberFilters {
  kinds: readonly ChangeKind[]
  streets: readonly string[]
  topics: readonly string[]
  audiences: readonly string[]
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []

/** The street ids an entity is in (empty: not tied to a street). */
async function streetsOf(kind: ChangeKind, document: Document, entities: EntityReader): Promise<string[]> {
  const own = typeof document.streetId === 'string' ? [document.streetId] : []
  switch (kind) {
    case 'street':
      return [String(document._id)]
    case 'course': {
      const provider = document.providerId ? await entities.stored('institution', String(document.providerId)) : null
      return typeof provider?.streetId === 'string' ? [provider.streetId] : []
    }
    case 'session': {
      const venue = document.venueId ? await entities.stored('venue', String(document.venueId)) : null
      return typeof venue?.streetId === 'string' ? [venue.streetId] : []
    }
    case 'series': {
      const sessions = await Promise.all(strings(document.sessionIds).map((id) => entities.stored('session', id)))
      const streets = await Promise.all(
        sessions
          .filter((session): session is Document => session !== null)
          .map((session) => streetsOf('session', session, entities)),
      )
      return [...new Set(streets.flat())]
    }
    default:
      return own
  }
}

function passes(wanted: readonly string[], has: string[]): boolean {
  return wanted.length === 0 || has.length === 0 || has.some((value) => wanted.includes(value))
}

export async function isForSubscriber(
  filters: SubscriberFilters,
  event: { kind: ChangeKind; action: string },
  document: Document | null,
  entities: EntityReader,
): Promise<boolean> {
  if (!filters.kinds.includes(event.kind)) return false
  if (!document) return true
  if (!passes(filters.topics, strings(document.topics))) return false
  if (!passes(filters.audiences, strings(document.audiences))) return false
  if (filters.streets.length === 0) return true
  return passes(filters.streets, await streetsOf(event.kind, document, entities))
}
