/**
 * The domain's fixed vocabularies (topics, audiences, modes, institution
 * kinds, facilities ...), each value with the Chinese term users type and read
 * and an English label. The graph's enums, the CMS's select options, the CSV
 * importer and the seeds all read them from here.
 */
export interface Term {
  zh: string
  en: string
}

export type Vocabulary<K extends string> = Readonly<Record<K, Term>>

function vocabulary<K extends string>(terms: Record<K, Term>): Vocabulary<K> {
  return Object.freeze(terms)
}

/** Topics for everyone and for older adults (the policy's two lists). */
export const TOPICS = vocabulary({
  HANDICRAFT: { zh: '手工技艺', en: 'Handicraft' },
  LEISURE: { zh: '休闲娱乐', en: 'Leisure' },
  HISTORY_CULTURE: { zh: '历史文化', en: 'History and culture' },
  FAMILY_EDUCATION: { zh: '家庭教育', en: 'Family education' },
  POPULAR_SCIENCE: { zh: '科普知识', en: 'Popular science' },
  NUTRITION_HEALTH: { zh: '营养保健', en: 'Nutrition and health' },
  ACADEMIC_UPGRADING: { zh: '学历提升', en: 'Academic upgrading' },
  LEGAL_KNOWLEDGE: { zh: '法律知识', en: 'Legal knowledge' },
  IDEOLOGY_ETHICS: { zh: '思想道德', en: 'Ideology and ethics' },
  DIGITAL_SKILLS: { zh: '智慧助老', en: 'Digital skills for older adults' },
  SCIENCE_CULTURE: { zh: '科学文化', en: 'Science and culture' },
  WELLNESS: { zh: '养生保健', en: 'Wellness' },
  MENTAL_HEALTH: { zh: '心理健康', en: 'Mental health' },
  VOCATIONAL_SKILLS: { zh: '职业技能', en: 'Vocational skills' },
  LAWS_REGULATIONS: { zh: '法律法规', en: 'Laws and regulations' },
  FAMILY_FINANCE: { zh: '家庭理财', en: 'Family finance' },
  LEISURE_LIFE: { zh: '闲暇生活', en: 'Leisure life' },
  INTERGENERATIONAL: { zh: '代际沟通', en: 'Intergenerational communication' },
  LIFE_DIGNITY: { zh: '生命尊严', en: 'Dignity of life' },
})
export type Topic = keyof typeof TOPICS

export const AUDIENCES = vocabulary({
  OLDER_ADULTS: { zh: '老年人', en: 'Older adults' },
  FAMILIES: { zh: '家庭和家长', en: 'Families and parents' },
  TEENAGERS: { zh: '青少年', en: 'Teenagers' },
  WORKERS: { zh: '职工', en: 'Workers' },
  ALL_RESIDENTS: { zh: '全体居民', en: 'All residents' },
})
export type Audience = keyof typeof AUDIENCES

export const LEARNING_MODES = vocabulary({
  ON_SITE: { zh: '线下', en: 'On site' },
  ONLINE: { zh: '线上', en: 'Online' },
  BLENDED: { zh: '线上线下结合', en: 'Blended' },
})
export type LearningMode = keyof typeof LEARNING_MODES

export const INSTITUTION_KINDS = vocabulary({
  DISTRICT_COLLEGE: { zh: '区社区学院', en: 'District community college' },
  STREET_BRANCH: { zh: '街道分院（街道社区学校）', en: 'Street branch' },
  COMMUNITY_SCHOOL: { zh: '社区市民学校', en: 'Community citizen school' },
  ELDERLY_COLLEGE: { zh: '老年开放大学学院', en: 'Elderly open university college' },
  ELDERLY_BRANCH: { zh: '老年开放大学分院', en: 'Elderly open university branch' },
  ELDERLY_TEACHING_POINT: { zh: '老年教学点', en: 'Elderly teaching point' },
  UNIVERSITY: { zh: '高等院校', en: 'University' },
  RESEARCH_INSTITUTE: { zh: '科研院所', en: 'Research institute' },
  TRAINING_ORGANISATION: { zh: '培训机构', en: 'Training organisation' },
  LIBRARY: { zh: '图书馆', en: 'Library' },
  CULTURAL_CENTRE: { zh: '文化馆', en: 'Cultural centre' },
  SCIENCE_MUSEUM: { zh: '科技馆', en: 'Science museum' },
  HOSPITAL: { zh: '医院', en: 'Hospital' },
  ENTERPRISE: { zh: '企业', en: 'Enterprise' },
  SOCIAL_ORGANISATION: { zh: '社会团体', en: 'Social organisation' },
  OTHER: { zh: '其他', en: 'Other' },
})
export type InstitutionKind = keyof typeof INSTITUTION_KINDS

export const NETWORK_LEVELS = vocabulary({
  DISTRICT: { zh: '区级', en: 'District' },
  STREET: { zh: '街道级', en: 'Street' },
  COMMUNITY: { zh: '社区级', en: 'Community' },
  PARTNER: { zh: '合作机构', en: 'Partner' },
})
export type NetworkLevel = keyof typeof NETWORK_LEVELS

/** Teacher pools have three levels; partners lend teachers into one of them. */
export const POOL_LEVELS = vocabulary({
  DISTRICT: { zh: '区级师资库', en: 'District pool' },
  STREET: { zh: '街道级师资库', en: 'Street pool' },
  COMMUNITY: { zh: '社区级师资库', en: 'Community pool' },
})
export type PoolLevel = keyof typeof POOL_LEVELS

export const EMPLOYMENTS = vocabulary({
  FULL_TIME: { zh: '专职', en: 'Full-time' },
  PART_TIME: { zh: '兼职', en: 'Part-time' },
  VOLUNTEER: { zh: '志愿者', en: 'Volunteer' },
})
export type Employment = keyof typeof EMPLOYMENTS

export const FACILITIES = vocabulary({
  PROJECTOR: { zh: '投影仪', en: 'Projector' },
  COMPUTERS: { zh: '电脑', en: 'Computers' },
  KITCHEN: { zh: '厨房', en: 'Kitchen' },
  STAGE: { zh: '舞台', en: 'Stage' },
  STEP_FREE_ACCESS: { zh: '无障碍通道', en: 'Step-free access' },
  HEARING_LOOP: { zh: '助听环路', en: 'Hearing loop' },
  SOUND_SYSTEM: { zh: '音响', en: 'Sound system' },
  WIFI: { zh: '无线网络', en: 'Wi-Fi' },
  PIANO: { zh: '钢琴', en: 'Piano' },
  DANCE_FLOOR: { zh: '舞蹈室', en: 'Dance floor' },
  LIBRARY_CORNER: { zh: '图书角', en: 'Reading corner' },
  OUTDOOR_SPACE: { zh: '户外场地', en: 'Outdoor space' },
})
export type Facility = keyof typeof FACILITIES

export const VENUE_STATUSES = vocabulary({
  ACTIVE: { zh: '开放', en: 'Open' },
  UNDER_RENOVATION: { zh: '修缮中', en: 'Under renovation' },
  CLOSED: { zh: '已关闭', en: 'Closed' },
})
export type VenueStatus = keyof typeof VENUE_STATUSES

export const WEEKDAYS = vocabulary({
  MONDAY: { zh: '周一', en: 'Monday' },
  TUESDAY: { zh: '周二', en: 'Tuesday' },
  WEDNESDAY: { zh: '周三', en: 'Wednesday' },
  THURSDAY: { zh: '周四', en: 'Thursday' },
  FRIDAY: { zh: '周五', en: 'Friday' },
  SATURDAY: { zh: '周六', en: 'Saturday' },
  SUNDAY: { zh: '周日', en: 'Sunday' },
})
export type Weekday = keyof typeof WEEKDAYS

export function keysOf<K extends string>(terms: Vocabulary<K>): K[] {
  return Object.keys(terms) as K[]
}

/**
 * Reads a term as users write it: the key (DIGITAL_SKILLS), the Chinese term
 * (智慧助老) or its unambiguous start (街道级 for 街道级师资库), or the English
 * label, ignoring case and surrounding space.
 */
export function parseTerm<K extends string>(terms: Vocabulary<K>, raw: string): K | undefined {
  const wanted = raw.trim()
  if (wanted === '') return undefined
  const lower = wanted.toLowerCase()
  const keys = keysOf(terms)
  const exact = keys.find(
    (key) => key === wanted.toUpperCase() || terms[key].zh === wanted || terms[key].en.toLowerCase() === lower,
  )
  if (exact) return exact
  const prefixed = keys.filter((key) => terms[key].zh.startsWith(wanted))
  return prefixed.length === 1 ? prefixed[0] : undefined
}
