/**
 * Publishes the seed courses that are missing (matched by slug), in Chinese
 * and English, through the CMS like an editor would, so the catalogue is
 * projected by the same hooks. Running it again adds nothing.
 */
import type { Payload } from 'payload'
import { seedCourses, type CourseSeed } from './courses.ts'

const MONTH_MS = 30 * 24 * 60 * 60 * 1000

/**
 * What the office knows about each course beyond its content: most are the
 * network's own and free; one in ten charges a small fee; one in eight was
 * bought, licensed for one to two years from seeding; one in eight came from
 * a partner's accepted submission.
 */
export function courseTerms(course: CourseSeed, index: number, today: Date) {
  const purchased = index % 8 === 3
  return {
    durationMinutes: course.creditHours * 45,
    free: index % 10 !== 9,
    price: index % 10 === 9 ? Math.min(400, course.creditHours * 20) : null,
    origin: { kind: purchased ? ('purchase' as const) : index % 8 === 5 ? ('submission' as const) : ('own' as const) },
    licenseExpiresAt: purchased ? new Date(today.getTime() + (12 + (index % 12)) * MONTH_MS).toISOString() : null,
  }
}

/** A seed course's Chinese fields and terms, as a course document holds them. */
export function courseFields(course: CourseSeed, index: number, today: Date) {
  return {
    slug: course.slug,
    title: course.title.zh,
    summary: course.summary.zh,
    topics: course.topics,
    audiences: course.audiences,
    mode: course.mode,
    provider: course.provider,
    teachers: course.teachers,
    creditHours: course.creditHours,
    ...courseTerms(course, index, today),
  }
}

export async function seedCourseContent(
  payload: Payload,
  today: Date = new Date(),
): Promise<{ added: number; existing: number }> {
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
  for (const [index, course] of courses.entries()) {
    if (existing.has(course.slug)) continue
    const created = await payload.create({
      collection: 'courses',
      locale: 'zh',
      overrideAccess: true,
      data: { _status: 'published', ...courseFields(course, index, today) },
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
