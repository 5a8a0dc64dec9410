/**
 * The domain's vocabularies as GraphQL enums (registry and content alike), each value described in
 * Chinese and English from server/domain/vocabulary.ts.
 */
import { registerEnumType } from 'type-graphql'
import {
  AUDIENCES,
  EMPLOYMENTS,
  FACILITIES,
  INSTITUTION_KINDS,
  LEARNING_MODES,
  NETWORK_LEVELS,
  POOL_LEVELS,
  TOPICS,
  VENUE_STATUSES,
  WEEKDAYS,
  type Vocabulary,
} from '../../domain/vocabulary.ts'

/** A TypeScript string enum object ({ KEY: 'KEY' }) for type-graphql, built from a vocabulary. */
function enumOf<K extends string>(terms: Vocabulary<K>): { [P in K]: P } {
  return Object.fromEntries(Object.keys(terms).map((key) => [key, key])) as { [P in K]: P }
}

function register<K extends string>(
  enumObject: { [P in K]: P },
  terms: Vocabulary<K>,
  name: string,
  description: string,
) {
  const valuesConfig: Partial<Record<K, { description: string }>> = {}
  for (const key of Object.keys(enumObject) as K[])
    valuesConfig[key] = { description: `${terms[key].zh}。${terms[key].en}.` }
  registerEnumType(enumObject, { name, description, valuesConfig })
}

export const TopicEnum = enumOf(TOPICS)
register(TopicEnum, TOPICS, 'Topic', '学习主题。A learning topic, from the policy’s lists.')

export const AudienceEnum = enumOf(AUDIENCES)
register(AudienceEnum, AUDIENCES, 'Audience', '学习对象。Who a course or teacher serves.')

export const InstitutionKindEnum = enumOf(INSTITUTION_KINDS)
register(InstitutionKindEnum, INSTITUTION_KINDS, 'InstitutionKind', '机构类型。Kind of institution.')

export const NetworkLevelEnum = enumOf(NETWORK_LEVELS)
register(
  NetworkLevelEnum,
  NETWORK_LEVELS,
  'NetworkLevel',
  '三级网络中的层级，或合作机构。Level in the three-level network, or partner.',
)

export const PoolLevelEnum = enumOf(POOL_LEVELS)
register(PoolLevelEnum, POOL_LEVELS, 'PoolLevel', '师资库层级。Level of the teacher pool.')

export const EmploymentEnum = enumOf(EMPLOYMENTS)
register(EmploymentEnum, EMPLOYMENTS, 'Employment', '任职方式。How a teacher works with the network.')

export const FacilityEnum = enumOf(FACILITIES)
register(FacilityEnum, FACILITIES, 'Facility', '场地设施。A venue facility.')

export const VenueStatusEnum = enumOf(VENUE_STATUSES)
register(VenueStatusEnum, VENUE_STATUSES, 'VenueStatus', '场地状态。Whether a venue can be used.')

export const WeekdayEnum = enumOf(WEEKDAYS)
register(WeekdayEnum, WEEKDAYS, 'Weekday', '星期。Day of the week.')

export const LearningModeEnum = enumOf(LEARNING_MODES)
register(LearningModeEnum, LEARNING_MODES, 'LearningMode', '学习方式。How a course is taught.')
