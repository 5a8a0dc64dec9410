/**
 * The catalogue's loaders for one request: entries by id (tombstones read as
 * missing), and the reverse edges into the catalogue from courses, series,
 * the registry and the streets. "Upcoming" means starting at or after the
 * request's moment, the nearest first, scheduled before cancelled.
 */
import DataLoader from 'dataloader'
import { catalogueCollections, type CatalogueCollection } from '../../catalogue/collectionProjection.ts'
import { catalogueCourses, type CatalogueCourse } from '../../catalogue/courseProjection.ts'
import {
  catalogueSeries,
  catalogueSessions,
  type CatalogueSeries,
  type CatalogueSession,
} from '../../catalogue/seriesProjection.ts'
import { limits } from '../../config/limits.ts'
import type { VenueDocument } from '../../registry/venues/venue.content.ts'
import { byIdLoader } from './byIdLoader.ts'
import { groupLoader } from './groupLoader.ts'
import type { ReadDb } from '../../database/readStore.ts'
import { loadAll } from './loadAll.ts'

const LIVE = { removed: false }
const BY_NAME = { name: 1, _id: 1 } as const
const BY_START = { startsAt: 1, _id: 1 } as const

/** Scheduled before cancelled, then by start time: a cancelled session never pushes a real one off a capped list. */
export function upcomingOrder(a: CatalogueSession, b: CatalogueSession): number {
  const rank = (session: CatalogueSession) => (session.status === 'CANCELLED' ? 1 : 0)
  return rank(a) - rank(b) || a.startsAt!.getTime() - b.startsAt!.getTime() || a._id.localeCompare(b._id)
}

export function createCatalogueLoaders(db: ReadDb, now: Date, venuesByStreet: DataLoader<string, VenueDocument[]>) {
  const courses = catalogueCourses(db)
  const sessions = catalogueSessions(db)
  const collections = catalogueCollections(db)
  const upcoming = (field: string) =>
    groupLoader<CatalogueSession>(sessions, field, {
      where: { ...LIVE, startsAt: { $gte: now } },
      sort: BY_START,
      order: upcomingOrder,
      perKey: limits.catalogue.upcomingSessions,
    })
  const upcomingByVenue = upcoming('venueId')
  return {
    course: byIdLoader<CatalogueCourse>(courses, LIVE),
    series: byIdLoader<CatalogueSeries>(catalogueSeries(db), LIVE),
    session: byIdLoader<CatalogueSession>(sessions, LIVE),
    collection: byIdLoader<CatalogueCollection>(collections, LIVE),
    coursesByTeacher: groupLoader<CatalogueCourse>(courses, 'teacherIds', {
      where: LIVE,
      sort: BY_NAME,
      perKey: limits.catalogue.reverseListSize,
    }),
    coursesByProvider: groupLoader<CatalogueCourse>(courses, 'providerId', {
      where: LIVE,
      sort: BY_NAME,
      perKey: limits.catalogue.reverseListSize,
    }),
    collectionsByCourse: groupLoader<CatalogueCollection>(collections, 'courseIds', {
      where: LIVE,
      sort: BY_NAME,
      perKey: limits.catalogue.reverseListSize,
    }),
    collectionsBySeries: groupLoader<CatalogueCollection>(collections, 'seriesIds', {
      where: LIVE,
      sort: BY_NAME,
      perKey: limits.catalogue.reverseListSize,
    }),
    upcomingByTeacher: upcoming('teacherIds'),
    upcomingByVenue,
    /**
     * A street's upcoming sessions: those of its venues. Each venue's list is
     * already its nearest ones, so the street's nearest are among them.
     */
    upcomingByStreet: new DataLoader<string, CatalogueSession[]>(
      async (streetIds) => {
        // Per street: a street whose venues or sessions failed to load gets that error, the others their lists.
        return Promise.all(
          streetIds.map(async (streetId) => {
            try {
              const venues = await venuesByStreet.load(streetId)
              const lists = await loadAll(
                upcomingByVenue,
                venues.map((venue) => venue._id),
              )
              return lists.flat().sort(upcomingOrder).slice(0, limits.catalogue.upcomingSessions)
            } catch (error) {
              return error instanceof Error ? error : new Error(String(error))
            }
          }),
        )
      },
      { maxBatchSize: limits.loaders.maxBatchSize },
    ),
  }
}
