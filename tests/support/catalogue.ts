/**
 * Filling the published catalogue in hub tests the way the CMS does: build a
 * source-shaped document (as Payload reads it with every locale) and run the
 * catalogue's own projection on it. Each builder takes only the fields a
 * test is about; versions increase with every call so writes are never stale.
 */
import type { Db } from 'mongodb'
import {
  collectionTombstone,
  toCatalogueCollection,
  writeCollectionProjection,
  type PublishedCollectionSource,
} from '../../server/catalogue/collectionProjection.ts'
import {
  tombstone,
  toCatalogueCourse,
  writeProjection,
  type PublishedCourseSource,
} from '../../server/catalogue/courseProjection.ts'
import {
  seriesTombstone,
  toCatalogueSeries,
  writeSeriesProjection,
  type PublishedSeriesSource,
  type SessionSource,
} from '../../server/catalogue/seriesProjection.ts'
import { REGISTRY_COLLECTIONS } from '../../server/registry/shared/collections.ts'

let clock = Date.parse('2026-01-01T00:00:00Z')
/** A fresh, later updatedAt for every write. */
export const nextVersion = (): string => new Date((clock += 1_000)).toISOString()

export const HOUR = 60 * 60 * 1000
export const DAY = 24 * HOUR

export async function publishCourse(db: Db, id: string, changes: Partial<PublishedCourseSource> = {}): Promise<void> {
  const source: PublishedCourseSource = {
    id,
    updatedAt: nextVersion(),
    _status: 'published',
    slug: id,
    title: { zh: `课程 ${id}` },
    topics: [],
    audiences: [],
    ...changes,
  }
  await writeProjection(db, toCatalogueCourse(source))
}

export const removeCourse = (db: Db, id: string) => writeProjection(db, tombstone(id, Date.parse(nextVersion())))

/** A session `daysFromNow` days (and `hour` o'clock UTC) after `now`, lasting two hours. */
export function sessionAt(
  now: Date,
  key: string,
  daysFromNow: number,
  changes: Partial<SessionSource> = {},
): SessionSource {
  const startsAt = new Date(now.getTime() + daysFromNow * DAY)
  return {
    id: key,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
    status: 'scheduled',
    teachers: [],
    ...changes,
  }
}

export async function publishSeries(
  db: Db,
  id: string,
  sessions: SessionSource[],
  changes: Partial<PublishedSeriesSource> = {},
): Promise<void> {
  const source: PublishedSeriesSource = {
    id,
    updatedAt: nextVersion(),
    _status: 'published',
    slug: id,
    title: { zh: `系列 ${id}` },
    topics: [],
    audiences: [],
    sessions,
    ...changes,
  }
  await writeSeriesProjection(db, toCatalogueSeries(source))
}

export const removeSeries = (db: Db, id: string) =>
  writeSeriesProjection(db, seriesTombstone(id, Date.parse(nextVersion())))

export type ItemRef = { course: string } | { series: string }

export async function publishCollection(
  db: Db,
  id: string,
  items: ItemRef[],
  changes: Partial<PublishedCollectionSource> = {},
): Promise<void> {
  const source: PublishedCollectionSource = {
    id,
    updatedAt: nextVersion(),
    _status: 'published',
    slug: id,
    title: { zh: `专题 ${id}` },
    items: items.map((item) =>
      'course' in item
        ? { relationTo: 'courses', value: item.course }
        : { relationTo: 'lecture-series', value: item.series },
    ),
    ...changes,
  }
  await writeCollectionProjection(db, toCatalogueCollection(source))
}

export const removeCollection = (db: Db, id: string) =>
  writeCollectionProjection(db, collectionTombstone(id, Date.parse(nextVersion())))

/** Ids of seeded registry records on a street, by name, for building catalogue documents that join to them. */
export async function registryIdsOnStreet(
  db: Db,
  kind: 'institutions' | 'venues',
  streetId: string,
  where: Record<string, unknown> = {},
): Promise<string[]> {
  const docs = await db
    .collection<{ _id: string }>(REGISTRY_COLLECTIONS[kind])
    .find({ streetId, ...where })
    .sort({ name: 1, _id: 1 })
    .toArray()
  return docs.map((doc) => doc._id)
}
