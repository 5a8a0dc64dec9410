/**
 * The DataLoaders of one request. Built fresh per request so nothing cached
 * leaks between viewers; every join in the graph goes through one of these.
 */
import type { CommunityDocument } from '../../registry/places/communities.repository.ts'
import type { StreetDocument } from '../../registry/places/streets.repository.ts'
import type { InstitutionDocument } from '../../registry/institutions/institution.content.ts'
import { REGISTRY_COLLECTIONS } from '../../registry/shared/collections.ts'
import type { TeacherDocument } from '../../registry/teachers/teacher.content.ts'
import type { VenueDocument } from '../../registry/venues/venue.content.ts'
import { byIdLoader } from './byIdLoader.ts'
import { createCatalogueLoaders } from './catalogueLoaders.ts'
import { groupLoader } from './groupLoader.ts'
import type { ReadDb } from '../../database/readStore.ts'

/** `now` is the request's moment, so every "upcoming" list of one answer agrees. */
export function createLoaders(db: ReadDb, now: Date = new Date()) {
  const institutions = db.collection<InstitutionDocument>(REGISTRY_COLLECTIONS.institutions)
  const communities = db.collection<CommunityDocument>(REGISTRY_COLLECTIONS.communities)
  const venues = db.collection<VenueDocument>(REGISTRY_COLLECTIONS.venues)
  const byName = { name: 1, _id: 1 } as const
  // All of a street's venues, whatever their status: their sessions still take place there.
  const venuesByStreet = groupLoader<VenueDocument>(venues, 'streetId', { sort: byName })
  return {
    street: byIdLoader(db.collection<StreetDocument>(REGISTRY_COLLECTIONS.streets)),
    community: byIdLoader(communities),
    communitiesByStreet: groupLoader<CommunityDocument>(communities, 'streetId', { sort: byName }),
    institution: byIdLoader(institutions),
    institutionsByParent: groupLoader<InstitutionDocument>(institutions, 'parentId', { sort: byName }),
    teacher: byIdLoader(db.collection<TeacherDocument>(REGISTRY_COLLECTIONS.teachers)),
    venue: byIdLoader(venues),
    institutionsByStreet: groupLoader<InstitutionDocument>(institutions, 'streetId', { sort: byName }),
    venuesByStreet,
    ...createCatalogueLoaders(db, now, venuesByStreet),
  }
}

export type Loaders = ReturnType<typeof createLoaders>
