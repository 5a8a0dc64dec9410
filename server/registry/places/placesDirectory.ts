/**
 * The district's streets and communities in memory (a hundred or so rows),
 * for resolving what pushers write: an id ('hushu'), a name ('湖墅') or a
 * name with its suffix ('湖墅街道').
 */
import type { ReadDb } from '../../database/readStore.ts'
import { REGISTRY_COLLECTIONS } from '../shared/collections.ts'
import type { CommunityDocument } from './communities.repository.ts'
import type { StreetDocument } from './streets.repository.ts'

export class PlacesDirectory {
  private constructor(
    readonly streets: StreetDocument[],
    readonly communities: CommunityDocument[],
  ) {}

  /** From the database, or from a hub's read model, which holds them too. */
  static async load(db: ReadDb): Promise<PlacesDirectory> {
    const [streets, communities] = await Promise.all([
      db.collection<StreetDocument>(REGISTRY_COLLECTIONS.streets).find({}).sort({ order: 1 }).toArray(),
      db.collection<CommunityDocument>(REGISTRY_COLLECTIONS.communities).find({}).toArray(),
    ])
    return new PlacesDirectory(streets, communities)
  }

  findStreet(reference: string): StreetDocument | undefined {
    const wanted = reference.trim()
    const bare = wanted.replace(/街道$/, '')
    return this.streets.find(
      (street) => street._id === wanted || street.name === bare || street.nameEn.toLowerCase() === wanted.toLowerCase(),
    )
  }

  findCommunity(reference: string, streetId?: string): CommunityDocument | undefined {
    const wanted = reference.trim()
    const candidates = streetId
      ? this.communities.filter((community) => community.streetId === streetId)
      : this.communities
    return candidates.find(
      (community) => community._id === wanted || community.name === wanted || community.name === `${wanted}社区`,
    )
  }

  streetName(streetId: string | null): string {
    return (streetId && this.streets.find((street) => street._id === streetId)?.name) || '（无街道）'
  }
}
