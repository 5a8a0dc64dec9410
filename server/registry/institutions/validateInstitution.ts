/**
 * Checks one pushed institution and turns it into registry content. Pure:
 * references to other institutions are only collected here.
 */
import {
  INSTITUTION_KINDS,
  NETWORK_LEVELS,
  keysOf,
  type InstitutionKind,
  type NetworkLevel,
} from '../../domain/vocabulary.ts'
import {
  areaM2,
  count,
  externalId,
  oneOf,
  optionalEmail,
  optionalPhone,
  optionalText,
  Problems,
  requiredText,
} from '../push/checks.ts'
import type { Normalized, NormalizeContext, Reference } from '../push/normalized.ts'
import { communityField, institutionReference, streetField } from '../push/placeChecks.ts'
import { registryId, resolveReference } from '../shared/registryIds.ts'
import type { InstitutionInput } from './institution.input.ts'
import type { InstitutionContent } from './institution.content.ts'

/** Kinds that belong to one level of the network. */
const LEVEL_OF_KIND: Partial<Record<InstitutionKind, NetworkLevel>> = {
  DISTRICT_COLLEGE: 'DISTRICT',
  ELDERLY_COLLEGE: 'DISTRICT',
  STREET_BRANCH: 'STREET',
  ELDERLY_BRANCH: 'STREET',
  COMMUNITY_SCHOOL: 'COMMUNITY',
  ELDERLY_TEACHING_POINT: 'COMMUNITY',
}

export const SCHOOL_AREA_RANGE_M2 = { min: 20, max: 100_000 }
export const STAFF_MAX = 2_000

export function validateInstitution(
  input: InstitutionInput,
  path: string,
  ctx: NormalizeContext,
): Normalized<InstitutionContent> {
  const problems = new Problems()
  const references: Reference[] = []
  const id = externalId(input.externalId, `${path}.externalId`, problems)
  const name = requiredText(input.name, `${path}.name`, problems)
  const kind = oneOf(input.kind, `${path}.kind`, problems, keysOf(INSTITUTION_KINDS))
  const level = oneOf(input.level, `${path}.level`, problems, keysOf(NETWORK_LEVELS))

  if (kind && level && LEVEL_OF_KIND[kind] && LEVEL_OF_KIND[kind] !== level) {
    problems.add(
      `${path}.level`,
      `${INSTITUTION_KINDS[kind].zh}应为${NETWORK_LEVELS[LEVEL_OF_KIND[kind]!].zh}。A ${INSTITUTION_KINDS[kind].en} belongs at level ${LEVEL_OF_KIND[kind]}.`,
    )
  }

  const streetId = streetField(
    input.street,
    `${path}.street`,
    ctx,
    problems,
    level === 'STREET' || level === 'COMMUNITY'
      ? '街道级、社区级机构须填写街道。A street or community institution needs a street.'
      : undefined,
  )
  const communityId = communityField(
    input.community,
    { written: input.street, id: streetId },
    `${path}.community`,
    ctx,
    problems,
    level === 'COMMUNITY' ? '社区级机构须填写社区。A community institution needs a community.' : undefined,
  )

  let parentId: string | null = null
  if (input.parent) {
    if (id && resolveReference(input.parent, ctx.source) === registryId(ctx.source, id))
      problems.add(`${path}.parent`, '上级机构不能是自己。An institution cannot be its own parent.')
    else parentId = institutionReference(input.parent, `${path}.parent`, ctx, references)
  }

  const floorAreaM2 =
    input.floorAreaM2 === null || input.floorAreaM2 === undefined
      ? null
      : areaM2(input.floorAreaM2, `${path}.floorAreaM2`, problems, SCHOOL_AREA_RANGE_M2)
  const fullTimeStaff = count(input.fullTimeStaff, `${path}.fullTimeStaff`, problems, STAFF_MAX)
  const partTimeStaff = count(input.partTimeStaff, `${path}.partTimeStaff`, problems, STAFF_MAX)
  const address = optionalText(input.address, `${path}.address`, problems)
  const contactPhone = optionalPhone(input.contactPhone, `${path}.contactPhone`, problems)
  const contactEmail = optionalEmail(input.contactEmail, `${path}.contactEmail`, problems)

  if (!problems.empty) return { externalId: id, content: undefined, problems: problems.list, references }
  return {
    externalId: id,
    problems: [],
    references,
    content: {
      name: name!,
      kind: kind!,
      level: level!,
      streetId,
      communityId,
      parentId,
      address: address ?? null,
      contactPhone: contactPhone ?? null,
      contactEmail: contactEmail ?? null,
      isPartner: input.isPartner ?? level === 'PARTNER',
      floorAreaM2: floorAreaM2 ?? null,
      fullTimeStaff: fullTimeStaff!,
      partTimeStaff: partTimeStaff!,
    },
  }
}
