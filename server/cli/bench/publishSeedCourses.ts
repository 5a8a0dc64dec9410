/**
 * The seed courses written straight into the published catalogue, as the
 * CMS's publish would project them, for benchmarks that measure the hub
 * alone and need no Payload to publish through.
 */
import type { Db } from 'mongodb'
import { seedCourses } from '../../../seeds/content/courses.ts'
import { toCatalogueCourse, writeProjection } from '../../catalogue/courseProjection.ts'

export async function publishSeedCourses(db: Db): Promise<void> {
  for (const [index, course] of seedCourses().entries()) {
    await writeProjection(
      db,
      toCatalogueCourse({
        id: `course-${index}`,
        updatedAt: new Date().toISOString(),
        _status: 'published',
        slug: course.slug,
        title: course.title,
        summary: course.summary,
        topics: course.topics,
        audiences: course.audiences,
        mode: course.mode,
        provider: course.provider,
        teachers: course.teachers,
        creditHours: course.creditHours,
      }),
    )
  }
}
