/**
 * The public part of a published course, as the catalogue stores it. Only
 * public fields are copied: nothing private (drafts, purchase prices,
 * license terms, review notes, contacts) ever reaches the catalogue.
 */
import type { Collection, Db } from 'mongodb'
import type { ReadCollection, ReadDb } from '../database/readStore.ts'
import { CATALOGUE_COLLECTIONS } from './catalogueCollections.ts'
import { publishedEntry, type PublishedEntry, type PublishedSource } from './publishedEntry.ts'
import {
  localized,
  tombstoneOf,
  writeAndLog,
  type LocalizedSource,
  type LocalizedText,
  type ProjectionResult,
} from './versionedWrite.ts'

export type { LocalizedText, ProjectionResult }

export interface CatalogueCourse extends PublishedEntry {
  summary?: LocalizedText
  topics?: string[]
  audiences?: string[]
  mode?: string | null
  providerId?: string | null
  teacherIds?: string[]
  creditHours?: number | null
  durationMinutes?: number | null
  /** Free to learners; when false, `priceCny` is what a learner pays. */
  free?: boolean
  priceCny?: number | null
}

export interface PublishedCourseSource extends PublishedSource {
  summary?: LocalizedSource
  topics?: string[] | null
  audiences?: string[] | null
  mode?: string | null
  provider?: string | null
  teachers?: string[] | null
  creditHours?: number | null
  durationMinutes?: number | null
  free?: boolean | null
  price?: number | null
  licenseExpiresAt?: string | null
}

export function catalogueCourses(db: Db): Collection<CatalogueCourse>
export function catalogueCourses(db: ReadDb): ReadCollection<CatalogueCourse>
export function catalogueCourses(db: ReadDb): ReadCollection<CatalogueCourse> {
  return db.collection<CatalogueCourse>(CATALOGUE_COLLECTIONS.courses)
}

/** A purchased course leaves the catalogue the moment its license ends. */
export function isListable(course: PublishedCourseSource, now: Date = new Date()): boolean {
  if (course._status !== 'published') return false
  if (course.licenseExpiresAt && Date.parse(course.licenseExpiresAt) <= now.getTime()) return false
  return true
}

export function toCatalogueCourse(course: PublishedCourseSource): CatalogueCourse {
  const free = course.free !== false
  return {
    ...publishedEntry(course),
    summary: localized(course.summary),
    topics: course.topics ?? [],
    audiences: course.audiences ?? [],
    mode: course.mode ?? null,
    providerId: course.provider ?? null,
    teacherIds: course.teachers ?? [],
    creditHours: course.creditHours ?? null,
    durationMinutes: course.durationMinutes ?? null,
    free,
    priceCny: free ? null : (course.price ?? null),
  }
}

export function writeProjection(db: Db, entry: CatalogueCourse): Promise<ProjectionResult> {
  return writeAndLog(db, 'course', catalogueCourses(db), entry)
}

export function tombstone(id: string, version: number): CatalogueCourse {
  return tombstoneOf(id, version)
}
