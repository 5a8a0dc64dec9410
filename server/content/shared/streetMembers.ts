/**
 * What "on a street" means for catalogue filters: a course is on the street
 * of its provider institution, a session on the street of its venue. Each is
 * one registry query for the ids, then `$in` on the catalogue.
 */
import { limits } from '../../config/limits.ts'
import { REGISTRY_COLLECTIONS } from '../../registry/shared/collections.ts'
import type { ReadDb } from '../../database/readStore.ts'

async function idsOnStreet(db: ReadDb, collection: string, streetId: string): Promise<string[]> {
  const docs = await db
    .collection<{ _id: string }>(collection)
    .find(
      { streetId },
      { projection: { _id: 1 }, maxTimeMS: limits.database.maxTimeMS, batchSize: limits.database.findBatchSize },
    )
    .limit(limits.registry.maxInQuery)
    .toArray()
  return docs.map((doc) => doc._id)
}

export const streetInstitutionIds = (db: ReadDb, streetId: string) =>
  idsOnStreet(db, REGISTRY_COLLECTIONS.institutions, streetId)

export const streetVenueIds = (db: ReadDb, streetId: string) => idsOnStreet(db, REGISTRY_COLLECTIONS.venues, streetId)
