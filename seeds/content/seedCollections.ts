/**
 * Publishes the seed collections that are missing (matched by slug), each an
 * ordered list of the seed courses and series it names. Runs after the
 * courses and series are seeded; running it again adds nothing.
 */
import type { Payload } from 'payload'
import { seedCourses } from './courses.ts'
import { COLLECTIONS } from './collections.ts'

export async function seedCollectionContent(payload: Payload): Promise<{ added: number; existing: number }> {
  const present = await payload.find({
    collection: 'course-collections',
    where: { slug: { in: COLLECTIONS.map((collection) => collection.slug) } },
    limit: COLLECTIONS.length,
    depth: 0,
    overrideAccess: true,
  })
  const existing = new Set(present.docs.map((doc) => doc.slug))
  const idsBySlug = async (collection: 'courses' | 'lecture-series') => {
    const all = await payload.find({
      collection,
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { slug: true },
    })
    return new Map(all.docs.map((doc) => [doc.slug as string, String(doc.id)]))
  }
  const courseIds = await idsBySlug('courses')
  const seriesIds = await idsBySlug('lecture-series')
  const courses = seedCourses()

  let added = 0
  for (const collection of COLLECTIONS) {
    if (existing.has(collection.slug)) continue
    const chosenCourses = courses
      .filter((course) => course.topics.some((topic) => collection.courseTopics.includes(topic)))
      .filter(
        (course) =>
          !collection.courseAudiences ||
          course.audiences.some((audience) => collection.courseAudiences!.includes(audience)),
      )
      .slice(0, collection.maxCourses)
      .flatMap((course) =>
        courseIds.has(course.slug) ? [{ relationTo: 'courses' as const, value: courseIds.get(course.slug)! }] : [],
      )
    const chosenSeries = collection.series.flatMap((slug) =>
      seriesIds.has(slug) ? [{ relationTo: 'lecture-series' as const, value: seriesIds.get(slug)! }] : [],
    )
    // A series leads its theme; the courses follow.
    const items = [...chosenSeries.slice(0, 1), ...chosenCourses, ...chosenSeries.slice(1)]
    const created = await payload.create({
      collection: 'course-collections',
      locale: 'zh',
      overrideAccess: true,
      data: {
        _status: 'published',
        slug: collection.slug,
        title: collection.title.zh,
        theme: collection.theme.zh,
        intro: collection.intro.zh,
        audiences: collection.audiences,
        items,
      },
    })
    await payload.update({
      collection: 'course-collections',
      id: created.id,
      locale: 'en',
      overrideAccess: true,
      data: {
        _status: 'published',
        title: collection.title.en,
        theme: collection.theme.en,
        intro: collection.intro.en,
      },
    })
    added++
  }
  return { added, existing: existing.size }
}
