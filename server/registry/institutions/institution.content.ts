/** An institution's registry content (everything but its id and provenance). */
import type { InstitutionKind, NetworkLevel } from '../../domain/vocabulary.ts'
import type { RegistryDocument } from '../shared/provenance.ts'

export interface InstitutionContent {
  name: string
  kind: InstitutionKind
  level: NetworkLevel
  streetId: string | null
  communityId: string | null
  parentId: string | null
  address: string | null
  contactPhone: string | null
  contactEmail: string | null
  isPartner: boolean
  floorAreaM2: number | null
  fullTimeStaff: number
  partTimeStaff: number
}

export type InstitutionDocument = RegistryDocument<InstitutionContent>
