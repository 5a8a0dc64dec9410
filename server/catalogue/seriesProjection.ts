/**
 * The public part of a published lecture series (系列讲座: 市民大课堂,
 * 社区老年学堂, 学习周) and of its sessions. Each session is its own
 * catalogue document, keyed `seriesId:sessionId`, so a street's calendar is a
 * plain query; it carries the series' version, topics and audiences.
 */
import type { Collection, Db, Document } from 'mongodb'
import type { ReadCollection, ReadDb } from '../database/readStore.ts'
import { CATALOGUE_COLLECTIONS } from './catalogueCollections.ts'
import { publishedEntry, type PublishedEntry, type PublishedSource } from './publishedEntry.ts'
import { appendChanges, type ChangeEvent } from '../changes/changeLog.ts'
import {
  eventOf,
  localized,
  tombstoneOf,
  writeVersioned,
  type LocalizedSource,
  type LocalizedText,
  type ProjectionResult,
  type VersionedEntry,
} from './versionedWrite.ts'

export interface CatalogueSeries extends PublishedEntry {
  /** The programme brand, e.g. 市民大课堂. */
  brand?: string | null
  summary?: LocalizedText
  topics?: string[]
  audiences?: string[]
  /** Ids of the series' catalogue sessions, in time order. */
  sessionIds?: string[]
  firstSessionAt?: Date | null
  lastSessionAt?: Date | null
}

export interface CatalogueSession extends VersionedEntry {
  seriesId?: string
  /** The session's own id within the series (stable across edits). */
  sessionKey?: string
  title?: LocalizedText
  startsAt?: Date
  endsAt?: Date
  venueId?: string | null
  teacherIds?: string[]
  capacity?: number | null
  onlineUrl?: string | null
  status?: 'SCHEDULED' | 'CANCELLED'
  topics?: string[]
  audiences?: string[]
}

export interface SessionSource {
  id?: string | null
  title?: LocalizedSource
  startsAt?: string | null
  endsAt?: string | null
  venue?: string | null
  teachers?: string[] | null
  capacity?: number | null
  onlineUrl?: string | null
  status?: string | null
}

export interface PublishedSeriesSource extends PublishedSource {
  brand?: string | null
  summary?: LocalizedSource
  topics?: string[] | null
  audiences?: string[] | null
  sessions?: SessionSource[] | null
}

export function catalogueSeries(db: Db): Collection<CatalogueSeries>
export function catalogueSeries(db: ReadDb): ReadCollection<CatalogueSeries>
export function catalogueSeries(db: ReadDb): ReadCollection<CatalogueSeries> {
  return db.collection<CatalogueSeries>(CATALOGUE_COLLECTIONS.series)
}

export function catalogueSessions(db: Db): Collection<CatalogueSession>
export function catalogueSessions(db: ReadDb): ReadCollection<CatalogueSession>
export function catalogueSessions(db: ReadDb): ReadCollection<CatalogueSession> {
  return db.collection<CatalogueSession>(CATALOGUE_COLLECTIONS.sessions)
}

export const sessionEntryId = (seriesId: string, sessionKey: string): string => `${seriesId}:${sessionKey}`

function toSession(series: PublishedSeriesSource, session: SessionSource, version: number): CatalogueSession | null {
  if (!session.id || !session.startsAt || !session.endsAt) return null
  const seriesId = String(series.id)
  return {
    _id: sessionEntryId(seriesId, session.id),
    version,
    removed: false,
    seriesId,
    sessionKey: session.id,
    title: localized(session.title?.zh || session.title?.en ? session.title : series.title),
    startsAt: new Date(session.startsAt),
    endsAt: new Date(session.endsAt),
    venueId: session.venue ?? null,
    teacherIds: session.teachers ?? [],
    capacity: session.capacity ?? null,
    onlineUrl: session.onlineUrl ?? null,
    status: session.status === 'cancelled' ? 'CANCELLED' : 'SCHEDULED',
    topics: series.topics ?? [],
    audiences: series.audiences ?? [],
  }
}

export function toCatalogueSeries(series: PublishedSeriesSource): {
  series: CatalogueSeries
  sessions: CatalogueSession[]
} {
  const head = publishedEntry(series)
  const sessions = (series.sessions ?? [])
    .map((session) => toSession(series, session, head.version))
    .filter((session): session is CatalogueSession => session !== null)
    .sort((a, b) => a.startsAt!.getTime() - b.startsAt!.getTime())
  return {
    series: {
      ...head,
      brand: series.brand ?? null,
      summary: localized(series.summary),
      topics: series.topics ?? [],
      audiences: series.audiences ?? [],
      sessionIds: sessions.map((session) => session._id),
      firstSessionAt: sessions[0]?.startsAt ?? null,
      lastSessionAt: sessions.at(-1)?.startsAt ?? null,
    },
    sessions,
  }
}

export interface SeriesProjectionResult {
  series: ProjectionResult
  sessionsWritten: number
  sessionsRemoved: number
}

/**
 * Writes the series and each session newer-wins, then tombstones the
 * sessions the series no longer has (only those older than this version, so
 * a late replay of an older series cannot remove a newer session). What
 * changed is logged as one commit, so a reader never sees the series without
 * its sessions.
 */
export async function writeSeriesProjection(
  db: Db,
  entry: { series: CatalogueSeries; sessions: CatalogueSession[] },
): Promise<SeriesProjectionResult> {
  const events: ChangeEvent[] = []
  const written: Document[] = []
  const series = await writeVersioned(catalogueSeries(db), entry.series)
  if (series.action) {
    events.push(eventOf('series', entry.series, series.action))
    written.push(entry.series)
  }
  const result: SeriesProjectionResult = {
    series: series.written ? 'written' : 'stale',
    sessionsWritten: 0,
    sessionsRemoved: 0,
  }
  for (const session of entry.sessions) {
    const { written: wrote, action } = await writeVersioned(catalogueSessions(db), session)
    if (!wrote) continue
    result.sessionsWritten++
    if (!action) continue
    events.push(eventOf('session', session, action))
    written.push(session)
  }
  const keep = new Set(entry.sessions.map((session) => session._id))
  const current = await catalogueSessions(db)
    .find({ seriesId: entry.series._id, removed: false }, { projection: { _id: 1, version: 1 } })
    .toArray()
  for (const stale of current.filter((session) => !keep.has(session._id) && session.version < entry.series.version)) {
    const gone = { ...tombstoneOf(stale._id, entry.series.version), seriesId: entry.series._id }
    const { written: wrote, action } = await writeVersioned(catalogueSessions(db), gone)
    if (!wrote) continue
    result.sessionsRemoved++
    if (!action) continue
    events.push(eventOf('session', gone, action))
    written.push(gone)
  }
  await appendChanges(db, events, written)
  return result
}

/** Takes a series and all its sessions out of the catalogue. */
export function seriesTombstone(
  id: string,
  version: number,
): { series: CatalogueSeries; sessions: CatalogueSession[] } {
  return { series: tombstoneOf(id, version), sessions: [] }
}
