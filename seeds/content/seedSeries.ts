/**
 * Publishes the seed lecture series that are missing (matched by slug), with
 * their sessions scheduled from the next Monday, through the CMS so the
 * publish checks (venue capacity and hours, teachers' other sessions) and the
 * catalogue projection run exactly as for an editor. Running it again adds
 * nothing.
 */
import type { Payload } from 'payload'
import { seedTeachers } from '../registry/teachers.ts'
import { seedVenues } from '../registry/venues.ts'
import { firstTeachingDay, scheduleSeries } from './scheduleSeries.ts'
import { SERIES } from './series.ts'

export interface SeriesSeedReport {
  added: number
  existing: number
  sessions: number
}

export async function seedSeriesContent(payload: Payload, today: Date = new Date()): Promise<SeriesSeedReport> {
  const present = await payload.find({
    collection: 'lecture-series',
    where: { slug: { in: SERIES.map((series) => series.slug) } },
    limit: SERIES.length,
    depth: 0,
    overrideAccess: true,
  })
  const existing = new Set(present.docs.map((doc) => doc.slug))
  const schedules = scheduleSeries(SERIES, seedVenues(), seedTeachers(), firstTeachingDay(today))
  const report: SeriesSeedReport = { added: 0, existing: existing.size, sessions: 0 }

  for (const [index, series] of SERIES.entries()) {
    if (existing.has(series.slug)) continue
    const sessions = schedules[index]!
    const created = await payload.create({
      collection: 'lecture-series',
      locale: 'zh',
      overrideAccess: true,
      data: {
        _status: 'published',
        slug: series.slug,
        brand: series.brand,
        title: series.title.zh,
        summary: series.summary.zh,
        topics: series.topics,
        audiences: series.audiences,
        sessions,
      },
    })
    await payload.update({
      collection: 'lecture-series',
      id: created.id,
      locale: 'en',
      overrideAccess: true,
      data: { _status: 'published', title: series.title.en, summary: series.summary.en },
    })
    report.added++
    report.sessions += sessions.length
  }
  return report
}
