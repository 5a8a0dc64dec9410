/**
 * Rebuilds the course catalogue from the CMS: every course's live state is
 * projected again (newer-wins, so a rebuild never undoes a later publish), and
 * catalogue entries for courses the CMS no longer has are removed. Reports
 * what it changed.
 */
import type { Payload } from 'payload'
import { catalogueCourses } from '../../server/catalogue/courseProjection.ts'
import { projectCourse } from '../hooks/projectCourse.ts'

export interface ReindexReport {
  courses: number
  written: number
  unchanged: number
  removed: number
}

const PAGE = 100

export async function reindexCourses(payload: Payload): Promise<ReindexReport> {
  const report: ReindexReport = { courses: 0, written: 0, unchanged: 0, removed: 0 }
  const seen = new Set<string>()
  for (let page = 1; ; page++) {
    const batch = await payload.find({ collection: 'courses', depth: 0, limit: PAGE, page, pagination: true, overrideAccess: true })
    for (const course of batch.docs) {
      seen.add(String(course.id))
      report.courses++
      if ((await projectCourse(payload, course.id)) === 'written') report.written++
      else report.unchanged++
    }
    if (!batch.hasNextPage) break
  }

  const db = (payload.db as unknown as { connection: { db: import('mongodb').Db } }).connection.db
  const orphans = (await catalogueCourses(db).find({ removed: false }, { projection: { _id: 1 } }).toArray()).filter((entry) => !seen.has(entry._id))
  for (const orphan of orphans) {
    await catalogueCourses(db).updateOne({ _id: orphan._id }, { $set: { removed: true } })
    report.removed++
  }
  return report
}
