/**
 * Publishes the seed courses that are missing (matched by slug), in Chinese
 * and English, through the CMS like an editor would, so the catalogue is
 * projected by the same hooks. Running it again adds nothing.
 */
import type { Payload } from 'payload'
import { seedCourses } from './courses.ts'

export async function seedCourseContent(payload: Payload): Promise<{ added: number; existing: number }> {
  const courses = seedCourses()
  const present = await payload.find({
    collection: 'courses',
    where: { slug: { in: courses.map((course) => course.slug) } },
    limit: courses.length,
    depth: 0,
    overrideAccess: true,
  })
  const existing = new Set(present.docs.map((doc) => doc.slug))
  let added = 0
  for (const course of courses) {
    if (existing.has(course.slug)) continue
    const created = await payload.create({
      collection: 'courses',
      locale: 'zh',
      overrideAccess: true,
      data: {
        _status: 'published',
        slug: course.slug,
        title: course.title.zh,
        summary: course.summary.zh,
        topics: course.topics,
        audiences: course.audiences,
        mode: course.mode,
        provider: course.provider,
        teachers: course.teachers,
        creditHours: course.creditHours,
      },
    })
    await payload.update({
      collection: 'courses',
      id: created.id,
      locale: 'en',
      overrideAccess: true,
      data: { _status: 'published', title: course.title.en, summary: course.summary.en },
    })
    added++
  }
  return { added, existing: existing.size }
}
