/**
 * The district's streets and communities in memory (a hundred or so rows),
 * for resolving what pushers write: an id ('hushu'), a name ('湖墅') or a
 * name with its suffix ('湖墅街道').
 */
import type { Db } from 'mongodb'
import { communitiesCollection, type CommunityDocument } from './communities.repository.ts'
import { streetsCollection, type StreetDocument } from './streets.repository.ts'

export class PlacesDirectory {
  private constructor(
    readonly streets: StreetDocument[],
    readonly communities: CommunityDocument[],
  ) {}

  static async load(db: Db): Promise<PlacesDirectory> {
    const [streets, communities] = await Promise.all([
      streetsCollection(db).find({}).sort({ order: 1 }).toArray(),
      communitiesCollection(db).find({}).toArray(),
    ])
    return new PlacesDirectory(streets, communities)
  }

  findStreet(reference: string): StreetDocument | undefined {
    const wanted = reference.trim()
    const bare = wanted.replace(/街道$/, '')
    return this.streets.find((street) => street._id === wanted || street.name === bare || street.nameEn.toLowerCase() === wanted.toLowerCase())
  }

  findCommunity(reference: string, streetId?: string): CommunityDocument | undefined {
    const wanted = reference.trim()
    const candidates = streetId ? this.communities.filter((community) => community.streetId === streetId) : this.communities
    return candidates.find((community) => community._id === wanted || community.name === wanted || community.name === `${wanted}社区`)
  }

  streetName(streetId: string | null): string {
    return (streetId && this.streets.find((street) => street._id === streetId)?.name) || '（无街道）'
  }
}
