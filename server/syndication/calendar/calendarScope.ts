/**
 * Which sessions each calendar holds: a street's (at its venues), a venue's,
 * a teacher's, a series' (by slug), a collection's (its series, by slug) or
 * the whole district's, and the name a calendar app shows for it. An unknown
 * id or slug is null, for a 404, never an empty calendar.
 */
import type { Document, Filter } from 'mongodb'
import { catalogueCollections } from '../../catalogue/collectionProjection.ts'
import { catalogueSeries, type CatalogueSession } from '../../catalogue/seriesProjection.ts'
import type { ReadDb } from '../../database/readStore.ts'
import type { Loaders } from '../../graphql/loaders/createLoaders.ts'
import { streetVenueIds } from '../../content/shared/streetMembers.ts'
import { pick, Locale } from '../../content/shared/locale.ts'

export const CALENDAR_KINDS = ['streets', 'venues', 'teachers', 'series', 'collections'] as const
export type CalendarKind = (typeof CALENDAR_KINDS)[number] | 'district'

export interface CalendarScope {
  /** The calendar's name, e.g. 运河终身学习港 · 湖墅街道. */
  name: string
  sessions: Filter<CatalogueSession>
  /** The version of what names the calendar (its street, venue, series …), for Last-Modified. */
  versions: number[]
}

const HUB_NAME = '运河终身学习港'
const LIVE = { removed: false }
const versionOf = (doc: Document): number =>
  typeof doc.version === 'number' ? doc.version : doc.pushedAt instanceof Date ? doc.pushedAt.getTime() : 0

export async function calendarScope(
  read: ReadDb,
  loaders: Loaders,
  kind: CalendarKind,
  key: string,
): Promise<CalendarScope | null> {
  switch (kind) {
    case 'district':
      return { name: `${HUB_NAME} · 拱墅区`, sessions: {}, versions: [] }
    case 'streets': {
      const street = await loaders.street.load(key)
      return (
        street && {
          name: `${HUB_NAME} · ${street.name}街道`,
          sessions: { venueId: { $in: await streetVenueIds(read, key) } },
          versions: [versionOf(street)],
        }
      )
    }
    case 'venues': {
      const venue = await loaders.venue.load(key)
      return venue && { name: `${HUB_NAME} · ${venue.name}`, sessions: { venueId: key }, versions: [versionOf(venue)] }
    }
    case 'teachers': {
      const teacher = await loaders.teacher.load(key)
      return (
        teacher && {
          name: `${HUB_NAME} · ${teacher.name}`,
          sessions: { teacherIds: key },
          versions: [versionOf(teacher)],
        }
      )
    }
    case 'series': {
      const series = await catalogueSeries(read).findOne({ slug: key, ...LIVE })
      return (
        series && {
          name: `${HUB_NAME} · ${pick(series.title, Locale.ZH) ?? key}`,
          sessions: { seriesId: series._id },
          versions: [series.version],
        }
      )
    }
    case 'collections': {
      const collection = await catalogueCollections(read).findOne({ slug: key, ...LIVE })
      return (
        collection && {
          name: `${HUB_NAME} · ${pick(collection.title, Locale.ZH) ?? key}`,
          sessions: { seriesId: { $in: collection.seriesIds ?? [] } },
          versions: [collection.version],
        }
      )
    }
  }
}
