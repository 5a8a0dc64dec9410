/**
 * Keeps the published catalogue in step with a course after every save and
 * delete. It does not trust the event (a draft save, a publish and an
 * unpublish all look alike here): it reads what is live now and projects
 * that, so running it twice, or late, changes nothing.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'
import type { Db } from 'mongodb'
import { tombstone, toCatalogueCourse, writeProjection, type ProjectionResult, type PublishedCourseSource } from '../../server/catalogue/courseProjection.ts'

function catalogueDb(payload: Payload): Db {
  return (payload.db as unknown as { connection: { db: Db } }).connection.db
}

/** `req` shares the save's transaction (on a replica set), so the read sees what was just written. */
export async function projectCourse(payload: Payload, id: string | number, req?: PayloadRequest): Promise<ProjectionResult> {
  const live = (await payload
    .findByID({ collection: 'courses', id, draft: false, locale: 'all', depth: 0, overrideAccess: true, disableErrors: true, req })
    .catch(() => null)) as PublishedCourseSource | null
  const db = catalogueDb(payload)
  if (live && live._status === 'published') return writeProjection(db, toCatalogueCourse(live))
  return writeProjection(db, tombstone(String(id), live ? Date.parse(live.updatedAt) : Date.now()))
}

export const projectCourseAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await projectCourse(req.payload, doc.id, req)
  return doc
}

export const projectCourseAfterDelete: CollectionAfterDeleteHook = async ({ id, req }) => {
  await writeProjection(catalogueDb(req.payload), tombstone(String(id), Date.now()))
}
