/**
 * The public part of a published course, as the catalogue stores it, and the
 * rule that keeps the catalogue from going backwards: a projection is keyed
 * by course id and version (the course's updatedAt), and an older version
 * never replaces a newer one. Removal leaves a tombstone with its version,
 * so a late, replayed publish cannot bring a course back.
 */
import type { Collection, Db } from 'mongodb'
import { CATALOGUE_COLLECTIONS } from './catalogueCollections.ts'

export interface LocalizedText {
  zh: string | null
  en: string | null
}

export interface CatalogueCourse {
  _id: string
  /** Milliseconds of the course's updatedAt: the projection's version. */
  version: number
  removed: boolean
  /** The Chinese title, for ordering and paging by name like every list. */
  name?: string
  slug?: string
  title?: LocalizedText
  summary?: LocalizedText
  topics?: string[]
  audiences?: string[]
  mode?: string | null
  providerId?: string | null
  teacherIds?: string[]
  creditHours?: number | null
  publishedAt?: Date
}

/** A course as read from the CMS with every locale (`locale: 'all'`). */
export interface PublishedCourseSource {
  id: string | number
  updatedAt: string
  _status?: string | null
  slug?: string | null
  title?: Record<string, string | null | undefined> | null
  summary?: Record<string, string | null | undefined> | null
  topics?: string[] | null
  audiences?: string[] | null
  mode?: string | null
  provider?: string | null
  teachers?: string[] | null
  creditHours?: number | null
}

export type ProjectionResult = 'written' | 'stale'

export function catalogueCourses(db: Db): Collection<CatalogueCourse> {
  return db.collection<CatalogueCourse>(CATALOGUE_COLLECTIONS.courses)
}

const localized = (value: Record<string, string | null | undefined> | null | undefined): LocalizedText => ({ zh: value?.zh ?? null, en: value?.en ?? null })

/** Only public fields: nothing private (drafts, prices, review notes, contacts) is ever copied. */
export function toCatalogueCourse(course: PublishedCourseSource): CatalogueCourse {
  return {
    _id: String(course.id),
    version: Date.parse(course.updatedAt),
    removed: false,
    name: course.title?.zh ?? course.title?.en ?? '',
    slug: course.slug ?? String(course.id),
    title: localized(course.title),
    summary: localized(course.summary),
    topics: course.topics ?? [],
    audiences: course.audiences ?? [],
    mode: course.mode ?? null,
    providerId: course.provider ?? null,
    teacherIds: course.teachers ?? [],
    creditHours: course.creditHours ?? null,
    publishedAt: new Date(course.updatedAt),
  }
}

/** Writes the entry unless the catalogue already holds this version or a newer one. */
export async function writeProjection(db: Db, entry: CatalogueCourse): Promise<ProjectionResult> {
  try {
    const result = await catalogueCourses(db).replaceOne({ _id: entry._id, version: { $lt: entry.version } }, entry, { upsert: true })
    return result.modifiedCount + result.upsertedCount > 0 ? 'written' : 'stale'
  } catch (error) {
    // The filter missed because a newer (or the same) version is there, and the upsert hit its _id.
    // (FerretDB may report it as a SQLite UNIQUE constraint rather than E11000.)
    const { code, message } = error as { code?: number; message?: string }
    if (code === 11000 || /UNIQUE constraint failed|duplicate key/.test(message ?? '')) return 'stale'
    throw error
  }
}

export function tombstone(id: string, version: number): CatalogueCourse {
  return { _id: id, version, removed: true }
}
