/**
 * Benchmarks need registries many times the real size that still hang
 * together: every copy is a self-contained network (its own branches, schools,
 * teachers and venues) attached to the one district college and elderly
 * college, because a second top level would break the three-level network.
 */
import type { InstitutionInput } from '../../server/registry/institutions/institution.input.ts'
import type { TeacherInput } from '../../server/registry/teachers/teacher.input.ts'
import type { VenueInput } from '../../server/registry/venues/venue.input.ts'
import { DISTRICT_COLLEGE_ID, ELDERLY_COLLEGE_ID, seedInstitutions } from './institutions.ts'
import { seedTeachers } from './teachers.ts'
import { seedVenues } from './venues.ts'

export interface ScaledRegistry {
  institutions: InstitutionInput[]
  teachers: TeacherInput[]
  venues: VenueInput[]
}

const SHARED_TOP = new Set([DISTRICT_COLLEGE_ID, ELDERLY_COLLEGE_ID])

export function scaleRegistry(factor: number): ScaledRegistry {
  if (!Number.isInteger(factor) || factor < 1)
    throw new Error(`scaleRegistry: factor must be a positive integer, got ${factor}`)
  const institutions = seedInstitutions()
  const teachers = seedTeachers()
  const venues = seedVenues()
  const result: ScaledRegistry = { institutions: [...institutions], teachers: [...teachers], venues: [...venues] }

  for (let k = 2; k <= factor; k++) {
    const id = (externalId: string) => `${externalId}-x${k}`
    const ref = (externalId: string | null | undefined) =>
      externalId == null || SHARED_TOP.has(externalId) ? externalId : id(externalId)
    const name = (value: string) => `${value}（${k}）`

    for (const institution of institutions) {
      if (SHARED_TOP.has(institution.externalId)) continue
      result.institutions.push({
        ...institution,
        externalId: id(institution.externalId),
        name: name(institution.name),
        parent: ref(institution.parent),
      })
    }
    for (const teacher of teachers) {
      result.teachers.push({
        ...teacher,
        externalId: id(teacher.externalId),
        name: name(teacher.name),
        institution: ref(teacher.institution),
        topics: [...teacher.topics],
        audiences: [...teacher.audiences],
        languages: teacher.languages ? [...teacher.languages] : teacher.languages,
      })
    }
    for (const venue of venues) {
      result.venues.push({
        ...venue,
        externalId: id(venue.externalId),
        name: name(venue.name),
        owner: SHARED_TOP.has(venue.owner) ? venue.owner : id(venue.owner),
        facilities: [...venue.facilities],
        openingHours: venue.openingHours.map((h) => ({ ...h })),
        archiveDocuments: venue.archiveDocuments?.map((d) => ({ ...d })) ?? venue.archiveDocuments,
      })
    }
  }
  return result
}
