/**
 * What the in-memory read model holds: every collection a public query reads
 * (the registry's places, institutions, teachers and venues, and the
 * published catalogue), the change-log kind that names each one's entities,
 * and the fields its loaders and filters look documents up by.
 */
import { CATALOGUE_COLLECTIONS } from '../catalogue/catalogueCollections.ts'
import type { ChangeKind } from './changeLog.ts'
import { REGISTRY_COLLECTIONS } from '../registry/shared/collections.ts'

export interface PublicCollection {
  name: string
  indexedFields: readonly string[]
}

export const PUBLIC_COLLECTIONS: Record<ChangeKind, PublicCollection> = {
  street: { name: REGISTRY_COLLECTIONS.streets, indexedFields: [] },
  community: { name: REGISTRY_COLLECTIONS.communities, indexedFields: ['streetId'] },
  institution: { name: REGISTRY_COLLECTIONS.institutions, indexedFields: ['streetId', 'parentId'] },
  teacher: { name: REGISTRY_COLLECTIONS.teachers, indexedFields: [] },
  venue: { name: REGISTRY_COLLECTIONS.venues, indexedFields: ['streetId'] },
  course: { name: CATALOGUE_COLLECTIONS.courses, indexedFields: ['slug', 'providerId', 'teacherIds'] },
  series: { name: CATALOGUE_COLLECTIONS.series, indexedFields: ['slug'] },
  session: { name: CATALOGUE_COLLECTIONS.sessions, indexedFields: ['seriesId', 'venueId', 'teacherIds'] },
  collection: { name: CATALOGUE_COLLECTIONS.collections, indexedFields: ['slug', 'courseIds', 'seriesIds'] },
}
