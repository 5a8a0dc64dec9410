/** A venue's registry content: its electronic archive (场地电子档案). */
import type { Facility, VenueStatus, Weekday } from '../../domain/vocabulary.ts'
import type { RegistryDocument } from '../shared/provenance.ts'

export interface OpeningHours {
  weekday: Weekday
  /** HH:MM, 24-hour; strings compare in time order. */
  opens: string
  closes: string
}

export interface VenueContent {
  name: string
  ownerId: string
  streetId: string
  communityId: string | null
  address: string
  location: { latitude: number; longitude: number } | null
  floorAreaM2: number
  capacity: number
  facilities: Facility[]
  openingHours: OpeningHours[]
  /**
   * The same hours keyed `<WEEKDAY>_<n>` (n < MAX_RANGES_PER_DAY), so "open at
   * this moment" is a plain query on every server: FerretDB 1.x cannot
   * `$elemMatch` fields of objects in an array.
   */
  openIndex: Record<string, { opens: string; closes: string }>
  freeForPublicBenefit: boolean
  archiveDocuments: { title: string; file: string }[]
  status: VenueStatus
}

export type VenueDocument = RegistryDocument<VenueContent>
