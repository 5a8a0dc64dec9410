/**
 * A teacher pool (师资库) big enough to exercise search, filtering and the
 * evaluation desk: all three pool levels, full-time staff, part-time experts
 * lent by partners and volunteers, and every topic and audience taught by
 * several people so no facet comes up empty.
 */
import type { TeacherInput } from '../../server/registry/teachers/teacher.input.ts'
import {
  AUDIENCES,
  EMPLOYMENTS,
  TOPICS,
  keysOf,
  type Audience,
  type Employment,
  type InstitutionKind,
  type Topic,
} from '../../server/domain/vocabulary.ts'
import { GONGSHU_COMMUNITIES } from '../places/communities.ts'
import { GONGSHU_STREETS } from '../places/streets.ts'
import { createRandom, type Random } from '../random.ts'
import { DISTRICT_COLLEGE_ID, PARTNERS, branchId, schoolId, seedInstitutions } from './institutions.ts'

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '高',
  '罗',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '许',
  '韩',
  '冯',
  '邓',
  '曹',
  '沈',
  '蒋',
  '钱',
  '俞',
  '潘',
  '方',
  '金',
  '叶',
  '汪',
  '楼',
] as const

const GIVEN_NAMES = [
  '建国',
  '丽华',
  '晓燕',
  '志强',
  '秀英',
  '伟',
  '芳',
  '敏',
  '静',
  '磊',
  '洁',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '霞',
  '平',
  '海燕',
  '文博',
  '雅琴',
  '国强',
  '玉兰',
  '春梅',
  '立新',
  '慧敏',
  '子涵',
  '宇航',
  '思远',
  '佳怡',
  '浩然',
  '欣怡',
  '振华',
  '美玲',
  '永康',
  '桂芳',
  '晨曦',
  '一鸣',
  '若曦',
  '嘉豪',
  '雨桐',
  '俊杰',
  '婉清',
  '志远',
  '文静',
  '家乐',
  '梦琪',
  '天宇',
] as const

const LANGUAGE_EXTRAS = ['杭州话', '英语'] as const

/** Topics partners of each kind are most likely to teach. */
const PARTNER_TOPICS: Partial<Record<InstitutionKind, readonly Topic[]>> = {
  UNIVERSITY: ['ACADEMIC_UPGRADING', 'SCIENCE_CULTURE', 'VOCATIONAL_SKILLS'],
  RESEARCH_INSTITUTE: ['POPULAR_SCIENCE', 'SCIENCE_CULTURE', 'HISTORY_CULTURE'],
  TRAINING_ORGANISATION: ['VOCATIONAL_SKILLS', 'DIGITAL_SKILLS', 'FAMILY_EDUCATION'],
  LIBRARY: ['HISTORY_CULTURE', 'LEISURE_LIFE', 'FAMILY_EDUCATION'],
  CULTURAL_CENTRE: ['HISTORY_CULTURE', 'HANDICRAFT', 'LEISURE'],
  SCIENCE_MUSEUM: ['POPULAR_SCIENCE', 'SCIENCE_CULTURE'],
  HOSPITAL: ['NUTRITION_HEALTH', 'WELLNESS', 'MENTAL_HEALTH', 'LIFE_DIGNITY'],
  ENTERPRISE: ['VOCATIONAL_SKILLS', 'FAMILY_FINANCE', 'LAWS_REGULATIONS'],
  SOCIAL_ORGANISATION: ['IDEOLOGY_ETHICS', 'INTERGENERATIONAL', 'LEISURE'],
}

interface Slot {
  poolLevel: TeacherInput['poolLevel']
  institution: string
  street: string | null
  employment: Employment
  preferredTopics?: readonly Topic[]
}

function repeat(employment: Employment, count: number): Employment[] {
  return Array.from({ length: count }, () => employment)
}

/** The 240 positions: 40 district (15 college staff, 25 lent by partners), 110 street, 90 community. */
function slots(random: Random): Slot[] {
  const result: Slot[] = []

  const collegeEmployments = random.sample([...repeat('FULL_TIME', 12), ...repeat('PART_TIME', 3)], 15)
  for (const employment of collegeEmployments) {
    result.push({ poolLevel: 'DISTRICT', institution: DISTRICT_COLLEGE_ID, street: null, employment })
  }

  const partnerEmployments = random.sample([...repeat('PART_TIME', 18), ...repeat('VOLUNTEER', 7)], 25)
  partnerEmployments.forEach((employment, k) => {
    const partner = PARTNERS[(k * 9) % PARTNERS.length]
    if (!partner) throw new Error('partner index out of range')
    result.push({
      poolLevel: 'DISTRICT',
      institution: partner.externalId,
      street: null,
      employment,
      preferredTopics: PARTNER_TOPICS[partner.kind],
    })
  })

  const streetEmployments = random.sample(
    [...repeat('FULL_TIME', 40), ...repeat('PART_TIME', 50), ...repeat('VOLUNTEER', 20)],
    110,
  )
  streetEmployments.forEach((employment, k) => {
    const street = GONGSHU_STREETS[k % GONGSHU_STREETS.length]
    if (!street) throw new Error('street index out of range')
    result.push({ poolLevel: 'STREET', institution: branchId(street.id), street: street.id, employment })
  })

  const communityEmployments = random.sample(
    [...repeat('FULL_TIME', 32), ...repeat('PART_TIME', 37), ...repeat('VOLUNTEER', 21)],
    90,
  )
  communityEmployments.forEach((employment, k) => {
    // 5 is coprime with 72, so the first 72 teachers land in 72 different schools.
    const community = GONGSHU_COMMUNITIES[(k * 5) % GONGSHU_COMMUNITIES.length]
    if (!community) throw new Error('community index out of range')
    result.push({ poolLevel: 'COMMUNITY', institution: schoolId(community.id), street: community.streetId, employment })
  })

  return result
}

function uniqueNames(random: Random, count: number): string[] {
  const seen = new Set<string>()
  const names: string[] = []
  while (names.length < count) {
    const name = random.pick(SURNAMES) + random.pick(GIVEN_NAMES)
    if (seen.has(name)) continue
    seen.add(name)
    names.push(name)
  }
  return names
}

/** Adds up to `extra` distinct keys to `first`. */
function withExtras<K extends string>(random: Random, first: K, all: readonly K[], extra: number): K[] {
  const others = all.filter((key) => key !== first)
  return [first, ...random.sample(others, extra)]
}

export function seedTeachers(): TeacherInput[] {
  const random = createRandom(20260202)
  const positions = slots(random)
  const names = uniqueNames(random, positions.length)
  const institutionNames = new Map(seedInstitutions().map((i) => [i.externalId, i.name]))
  const topicKeys = keysOf(TOPICS)
  const audienceKeys = keysOf(AUDIENCES)

  return positions.map((slot, index): TeacherInput => {
    const number = String(index + 1).padStart(3, '0')
    const name = names[index] as string
    // Round-robin first topic and audience keep every key well represented.
    const firstTopic = slot.preferredTopics
      ? random.pick(slot.preferredTopics)
      : (topicKeys[index % topicKeys.length] as Topic)
    const topics = withExtras(random, firstTopic, topicKeys, random.int(0, 2))
    const audiences: Audience[] = withExtras(
      random,
      audienceKeys[index % audienceKeys.length] as Audience,
      audienceKeys,
      random.int(0, 2),
    )
    const languages = ['普通话', ...LANGUAGE_EXTRAS.filter((_, i) => random.next() < (i === 0 ? 0.4 : 0.15))]
    const institutionName = institutionNames.get(slot.institution) ?? ''
    const bio = `${institutionName}${EMPLOYMENTS[slot.employment].zh}教师，擅长${topics.map((t) => TOPICS[t].zh).join('、')}，主要为${audiences.map((a) => AUDIENCES[a].zh).join('、')}授课。`
    return {
      externalId: `teacher-${number}`,
      name,
      poolLevel: slot.poolLevel,
      institution: slot.institution,
      street: slot.street,
      employment: slot.employment,
      topics,
      audiences,
      bio,
      languages,
      phone: `139${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
      email: `teacher${number}@example.org`,
      // Eight teachers have left the pool (every 30th).
      active: (index + 1) % 30 !== 0,
    }
  })
}
