/**
 * The documents whose edit pages the desk benchmark and the series browser
 * test open: a lecture series with as many sessions as a series may hold, a
 * course as the seeds write one, and a collection of many items. Drafts, so
 * nothing needs publishing first; the admin renders a draft's form as it
 * renders a published one's.
 */
import type { Payload } from 'payload'
import { limits } from '../../config/limits.ts'
import { firstTeachingDay, scheduleSeries } from '../../../seeds/content/scheduleSeries.ts'
import { SERIES } from '../../../seeds/content/series.ts'
import { seedCourses } from '../../../seeds/content/courses.ts'
import { courseFields } from '../../../seeds/content/seedCourses.ts'
import { seedTeachers } from '../../../seeds/registry/teachers.ts'
import { seedVenues } from '../../../seeds/registry/venues.ts'

export interface DeskDocuments {
  series: string
  course: string
  collection: string
}

/** The seed series' sessions, enough of them for one series at its maximum. */
export function manySessions(count: number = limits.editorial.maxSessionsPerSeries, today = new Date()) {
  const all = scheduleSeries(SERIES, seedVenues(), seedTeachers(), firstTeachingDay(today)).flat()
  if (all.length < count) throw new Error(`the seeds schedule ${all.length} sessions, fewer than ${count}`)
  return all.slice(0, count)
}

/** A draft series with `sessions` sessions (the registry must be seeded); answers its id. */
export async function createLongSeries(
  payload: Payload,
  sessions: number = limits.editorial.maxSessionsPerSeries,
): Promise<string> {
  const series = await payload.create({
    collection: 'lecture-series',
    locale: 'zh',
    draft: true,
    overrideAccess: true,
    data: {
      brand: 'citizen_lecture',
      title: '闲暇生活市民大课堂（六十场）',
      summary: '一个学年的周末讲座。',
      topics: SERIES[0]!.topics,
      audiences: SERIES[0]!.audiences,
      sessions: manySessions(sessions),
    },
  })
  return String(series.id)
}

/** Creates the three documents (the registry must be seeded) and answers their ids. */
export async function createDeskDocuments(
  payload: Payload,
  options: { sessions?: number; collectionItems?: number } = {},
): Promise<DeskDocuments> {
  const series = await createLongSeries(payload, options.sessions)
  const seeds = seedCourses()
  const itemCount = options.collectionItems ?? 30
  const courseIds: string[] = []
  for (const [index, course] of seeds.slice(0, itemCount).entries()) {
    const created = await payload.create({
      collection: 'courses',
      locale: 'zh',
      draft: true,
      overrideAccess: true,
      data: courseFields(course, index, new Date()),
    })
    courseIds.push(String(created.id))
  }
  const collection = await payload.create({
    collection: 'course-collections',
    locale: 'zh',
    draft: true,
    overrideAccess: true,
    data: {
      title: '运河边的四季课堂',
      theme: '跟着运河学生活',
      audiences: ['OLDER_ADULTS'],
      intro: '从春到冬的课程与讲座。',
      items: [
        { relationTo: 'lecture-series' as const, value: series },
        ...courseIds.map((value) => ({ relationTo: 'courses' as const, value })),
      ],
    },
  })
  return { series, course: courseIds[0]!, collection: String(collection.id) }
}
