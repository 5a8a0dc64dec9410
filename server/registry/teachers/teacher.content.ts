/** A teacher's registry content. Contact details are for signed-in editors only. */
import type { Audience, Employment, PoolLevel, Topic } from '../../domain/vocabulary.ts'
import type { RegistryDocument } from '../shared/provenance.ts'

export interface TeacherContent {
  name: string
  poolLevel: PoolLevel
  institutionId: string | null
  streetId: string | null
  employment: Employment
  topics: Topic[]
  audiences: Audience[]
  bio: string | null
  languages: string[]
  contact: { phone: string | null; email: string | null }
  active: boolean
}

export type TeacherDocument = RegistryDocument<TeacherContent>
