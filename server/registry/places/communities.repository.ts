/**
 * Communities (社区), the bottom of the network: read for the graph and the
 * push validators, seeded without duplicates.
 */
import type { Db } from 'mongodb'
import { appendChanges } from '../../changes/changeLog.ts'
import { REGISTRY_COLLECTIONS } from '../shared/collections.ts'

export interface CommunityDocument {
  _id: string
  streetId: string
  name: string
  residentPopulation: number
}

export function communitiesCollection(db: Db) {
  return db.collection<CommunityDocument>(REGISTRY_COLLECTIONS.communities)
}

/** A community as the seed first loads it. */
export interface CommunitySeed {
  id: string
  streetId: string
  name: string
  residentPopulation: number
}

export async function seedCommunities(db: Db, communities: readonly CommunitySeed[]): Promise<number> {
  if (communities.length === 0) return 0
  const result = await communitiesCollection(db).bulkWrite(
    communities.map((community) => ({
      updateOne: {
        filter: { _id: community.id },
        update: {
          $setOnInsert: {
            streetId: community.streetId,
            name: community.name,
            residentPopulation: community.residentPopulation,
          },
        },
        upsert: true,
      },
    })),
    { ordered: false },
  )
  await appendChanges(
    db,
    Object.values(result.upsertedIds).map((id) => ({
      kind: 'community',
      id: String(id),
      version: Date.now(),
      action: 'CREATED',
    })),
  )
  return result.upsertedCount
}
