/** Maps stored streets and communities to their graph types. */
import type { CommunityDocument } from './communities.repository.ts'
import type { Community } from './community.type.ts'
import type { Street } from './street.type.ts'
import type { StreetDocument } from './streets.repository.ts'

export function toStreet({ _id, name, nameEn, residentPopulation }: StreetDocument): Street {
  return { id: _id, name, nameEn, residentPopulation }
}

export function toCommunity({ _id, name, residentPopulation, streetId }: CommunityDocument): Community {
  return { id: _id, name, residentPopulation, streetId }
}
