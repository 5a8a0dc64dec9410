/** Venues as the push engine sees them. */
import type { PushKind } from '../push/pushKind.ts'
import { REGISTRY_COLLECTIONS } from '../shared/collections.ts'
import type { VenueContent } from './venue.content.ts'
import type { VenueInput } from './venue.input.ts'
import { validateVenue } from './validateVenue.ts'

export const venuesKind: PushKind<VenueInput, VenueContent> = {
  name: 'venues',
  changeKind: 'venue',
  collection: REGISTRY_COLLECTIONS.venues,
  validate: validateVenue,
  streetOf: (content) => content.streetId,
}
