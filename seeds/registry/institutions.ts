/**
 * The institution network the hub starts from: the "1 + 18 + N" shape the
 * policy describes (district college -> street branches -> community citizen
 * schools, and the parallel elderly open university network) plus partner
 * institutions that push courses, teachers and venues. A few figures are
 * deliberately below the policy minimums (floor area, full-time staff, schools
 * without a full-time manager) so the evaluation desk has something to flag.
 */
import type { InstitutionInput } from '../../server/registry/institutions/institution.input.ts'
import type { InstitutionKind } from '../../server/domain/vocabulary.ts'
import type { CommunitySeed } from '../../server/registry/places/communities.repository.ts'
import type { StreetSeed } from '../../server/registry/places/streets.repository.ts'
import { GONGSHU_COMMUNITIES } from '../places/communities.ts'
import { GONGSHU_STREETS } from '../places/streets.ts'
import { requiredBranchStaff } from '../../server/domain/compliance/computeCompliance.ts'
import { createRandom } from '../random.ts'

export const DISTRICT_COLLEGE_ID = 'district-college'
export const ELDERLY_COLLEGE_ID = 'elderly-college'

/** A main road per street, so seed addresses read like real ones. */
export const STREET_ROADS: Readonly<Record<string, string>> = {
  mishixiang: '莫干山路',
  hushu: '湖墅南路',
  xiaohe: '小河路',
  hemu: '和睦路',
  gongchenqiao: '丽水路',
  daguan: '大关路',
  shangtang: '上塘路',
  xiangfu: '祥园路',
  banshan: '半山路',
  kangqiao: '康桥路',
  shiqiao: '石桥路',
  dongxin: '东新路',
  wenhui: '文晖路',
  zhaohui: '朝晖路',
  chaoming: '建国北路',
  changqing: '环城北路',
  wulin: '武林路',
  tianshui: '体育场路',
}

export function streetOf(streetId: string): StreetSeed {
  const street = GONGSHU_STREETS.find((s) => s.id === streetId)
  if (!street) throw new Error(`unknown street ${streetId}`)
  return street
}

/** '浙江省杭州市拱墅区湖墅街道湖墅南路128号', optionally with a building note. */
export function streetAddress(streetId: string, number: number, note?: string): string {
  const street = streetOf(streetId)
  const road = STREET_ROADS[streetId] ?? `${street.name}路`
  return `浙江省杭州市拱墅区${street.name}街道${road}${number}号${note ? `（${note}）` : ''}`
}

export function branchId(streetId: string): string {
  return `branch-${streetId}`
}

export function schoolId(communityId: string): string {
  return `school-${communityId}`
}

/** Branches staffed below max(3, 0.01% of residents), and by how many. */
const STAFF_SHORTFALL: Readonly<Record<string, number>> = {
  xiangfu: 2,
  kangqiao: 3,
  banshan: 1,
  changqing: 1,
  tianshui: 1,
}

/** Branches below the 500 m² floor-area minimum. */
const SMALL_BRANCH_AREA: Readonly<Record<string, number>> = {
  changqing: 380,
  tianshui: 450,
  wulin: 499.5,
}

/** Community schools that have no full-time manager or teacher yet. */
const UNSTAFFED_SCHOOL_INDEXES = new Set([5, 17, 29, 41, 53, 65])

interface PartnerRow {
  externalId: string
  name: string
  kind: InstitutionKind
  street: string | null
  number: number
  note?: string
}

/** Partners (合作机构); `street` null when they sit outside Gongshu or serve it city-wide. */
export const PARTNERS: readonly PartnerRow[] = [
  {
    externalId: 'partner-zjut',
    name: '浙江工业大学',
    kind: 'UNIVERSITY',
    street: 'zhaohui',
    number: 18,
    note: '朝晖校区',
  },
  { externalId: 'partner-zjsru', name: '浙江树人学院', kind: 'UNIVERSITY', street: 'changqing', number: 36 },
  { externalId: 'partner-zjcz', name: '浙江长征职业技术学院', kind: 'UNIVERSITY', street: 'xiangfu', number: 525 },
  { externalId: 'partner-hzou', name: '杭州开放大学', kind: 'UNIVERSITY', street: null, number: 0 },
  {
    externalId: 'partner-canal-research',
    name: '杭州市拱墅区运河文化研究院',
    kind: 'RESEARCH_INSTITUTE',
    street: 'gongchenqiao',
    number: 1,
  },
  {
    externalId: 'partner-zjisti',
    name: '浙江省科技信息研究院',
    kind: 'RESEARCH_INSTITUTE',
    street: 'wulin',
    number: 33,
  },
  { externalId: 'partner-hzaas', name: '杭州市农业科学研究院', kind: 'RESEARCH_INSTITUTE', street: null, number: 0 },
  {
    externalId: 'partner-skills-centre',
    name: '拱墅区职业技能培训中心',
    kind: 'TRAINING_ORGANISATION',
    street: 'daguan',
    number: 106,
  },
  {
    externalId: 'partner-canal-vocational',
    name: '杭州运河职业技能培训学校',
    kind: 'TRAINING_ORGANISATION',
    street: 'hushu',
    number: 288,
  },
  {
    externalId: 'partner-leling',
    name: '杭州拱墅乐龄智慧助老培训中心',
    kind: 'TRAINING_ORGANISATION',
    street: 'shiqiao',
    number: 66,
  },
  {
    externalId: 'partner-family-edu',
    name: '杭州拱墅家庭教育指导服务中心',
    kind: 'TRAINING_ORGANISATION',
    street: 'wenhui',
    number: 152,
  },
  { externalId: 'partner-gs-library', name: '杭州市拱墅区图书馆', kind: 'LIBRARY', street: 'shangtang', number: 201 },
  {
    externalId: 'partner-gs-children-library',
    name: '杭州市拱墅区少年儿童图书馆',
    kind: 'LIBRARY',
    street: 'chaoming',
    number: 87,
  },
  {
    externalId: 'partner-canal-library',
    name: '杭州市拱墅区图书馆运河分馆',
    kind: 'LIBRARY',
    street: 'xiaohe',
    number: 45,
  },
  {
    externalId: 'partner-canal-museum',
    name: '中国京杭大运河博物馆',
    kind: 'CULTURAL_CENTRE',
    street: 'gongchenqiao',
    number: 1,
    note: '运河文化广场',
  },
  {
    externalId: 'partner-gs-culture',
    name: '杭州市拱墅区文化馆',
    kind: 'CULTURAL_CENTRE',
    street: 'mishixiang',
    number: 350,
  },
  {
    externalId: 'partner-craft-museum',
    name: '杭州工艺美术博物馆',
    kind: 'CULTURAL_CENTRE',
    street: 'gongchenqiao',
    number: 334,
    note: '桥西历史文化街区',
  },
  {
    externalId: 'partner-wulin-culture',
    name: '拱墅区武林文化活动中心',
    kind: 'CULTURAL_CENTRE',
    street: 'wulin',
    number: 120,
  },
  {
    externalId: 'partner-zjstm',
    name: '浙江省科技馆',
    kind: 'SCIENCE_MUSEUM',
    street: 'wulin',
    number: 2,
    note: '西湖文化广场',
  },
  {
    externalId: 'partner-youth-science',
    name: '杭州市拱墅区青少年科技活动中心',
    kind: 'SCIENCE_MUSEUM',
    street: 'dongxin',
    number: 99,
  },
  {
    externalId: 'partner-steel-science',
    name: '杭钢工业科普馆',
    kind: 'SCIENCE_MUSEUM',
    street: 'banshan',
    number: 88,
  },
  {
    externalId: 'partner-hz-third-hospital',
    name: '杭州市第三人民医院',
    kind: 'HOSPITAL',
    street: 'tianshui',
    number: 38,
  },
  {
    externalId: 'partner-zjph',
    name: '浙江省人民医院',
    kind: 'HOSPITAL',
    street: 'zhaohui',
    number: 158,
    note: '朝晖院区',
  },
  { externalId: 'partner-gs-tcm', name: '杭州市拱墅区中医院', kind: 'HOSPITAL', street: 'hemu', number: 216 },
  {
    externalId: 'partner-gs-hospital',
    name: '杭州市拱墅区人民医院',
    kind: 'HOSPITAL',
    street: 'kangqiao',
    number: 119,
  },
  { externalId: 'partner-hangsteel', name: '杭州钢铁集团有限公司', kind: 'ENTERPRISE', street: 'banshan', number: 178 },
  {
    externalId: 'partner-canal-group',
    name: '杭州市运河综合保护开发建设集团',
    kind: 'ENTERPRISE',
    street: 'hushu',
    number: 520,
  },
  { externalId: 'partner-hz-tower', name: '杭州大厦有限公司', kind: 'ENTERPRISE', street: 'wulin', number: 1 },
  {
    externalId: 'partner-gs-capital',
    name: '杭州市拱墅区国有资本控股集团',
    kind: 'ENTERPRISE',
    street: null,
    number: 0,
  },
  {
    externalId: 'partner-volunteers',
    name: '拱墅区志愿者协会',
    kind: 'SOCIAL_ORGANISATION',
    street: 'daguan',
    number: 58,
  },
  {
    externalId: 'partner-calligraphy',
    name: '拱墅区书法家协会',
    kind: 'SOCIAL_ORGANISATION',
    street: 'chaoming',
    number: 12,
  },
  {
    externalId: 'partner-elderly-sports',
    name: '拱墅区老年人体育协会',
    kind: 'SOCIAL_ORGANISATION',
    street: 'shangtang',
    number: 77,
  },
]

/** Partners without a street still have a Gongshu address. */
const CITYWIDE_PARTNER_ADDRESSES: Readonly<Record<string, string>> = {
  'partner-hzou': '浙江省杭州市拱墅区凤起路546号',
  'partner-hzaas': '浙江省杭州市拱墅区莫干山路1369号',
  'partner-gs-capital': '浙江省杭州市拱墅区储鑫路19号',
}

function phone(random: ReturnType<typeof createRandom>): string {
  return `0571-8${String(random.int(0, 9_999_999)).padStart(7, '0')}`
}

/** Community schools of a street, in street order. */
export function communitiesOf(streetId: string): CommunitySeed[] {
  return GONGSHU_COMMUNITIES.filter((c) => c.streetId === streetId)
}

export function seedInstitutions(): InstitutionInput[] {
  const random = createRandom(20260101)
  const result: InstitutionInput[] = []

  result.push({
    externalId: DISTRICT_COLLEGE_ID,
    name: '拱墅区社区学院',
    kind: 'DISTRICT_COLLEGE',
    level: 'DISTRICT',
    address: '浙江省杭州市拱墅区登云路639号',
    contactPhone: '0571-88268120',
    contactEmail: 'college@gongshu-learning.example.org',
    isPartner: false,
    floorAreaM2: 6800,
    fullTimeStaff: 45,
    partTimeStaff: 120,
  })
  result.push({
    externalId: ELDERLY_COLLEGE_ID,
    name: '浙江老年开放大学拱墅学院',
    kind: 'ELDERLY_COLLEGE',
    level: 'DISTRICT',
    parent: DISTRICT_COLLEGE_ID,
    address: '浙江省杭州市拱墅区登云路639号（拱墅区社区学院3号楼）',
    contactPhone: '0571-88268135',
    contactEmail: 'elderly@gongshu-learning.example.org',
    isPartner: false,
    floorAreaM2: 2400,
    fullTimeStaff: 12,
    partTimeStaff: 60,
  })

  for (const street of GONGSHU_STREETS) {
    const required = requiredBranchStaff(street.residentPopulation)
    const shortfall = STAFF_SHORTFALL[street.id]
    result.push({
      externalId: branchId(street.id),
      name: `${street.name}街道社区学校`,
      kind: 'STREET_BRANCH',
      level: 'STREET',
      street: street.id,
      parent: DISTRICT_COLLEGE_ID,
      address: streetAddress(street.id, random.int(10, 400), `${street.name}街道文化中心`),
      contactPhone: phone(random),
      contactEmail: `${street.id}.school@gongshu-learning.example.org`,
      isPartner: false,
      floorAreaM2: SMALL_BRANCH_AREA[street.id] ?? random.int(52, 150) * 10,
      fullTimeStaff: shortfall !== undefined ? required - shortfall : required + random.int(0, 2),
      partTimeStaff: random.int(12, 40),
    })
  }

  for (const street of GONGSHU_STREETS) {
    result.push({
      externalId: `elderly-${street.id}`,
      name: `浙江老年开放大学拱墅学院${street.name}分院`,
      kind: 'ELDERLY_BRANCH',
      level: 'STREET',
      street: street.id,
      parent: ELDERLY_COLLEGE_ID,
      address: streetAddress(street.id, random.int(10, 400), `${street.name}街道老年活动中心`),
      contactPhone: phone(random),
      isPartner: false,
      floorAreaM2: random.int(25, 80) * 10,
      fullTimeStaff: random.int(1, 3),
      partTimeStaff: random.int(6, 20),
    })
  }

  GONGSHU_COMMUNITIES.forEach((community, index) => {
    result.push({
      externalId: schoolId(community.id),
      name: `${community.name}市民学校`,
      kind: 'COMMUNITY_SCHOOL',
      level: 'COMMUNITY',
      street: community.streetId,
      community: community.id,
      parent: branchId(community.streetId),
      address: streetAddress(community.streetId, random.int(1, 600), `${community.name}党群服务中心`),
      contactPhone: phone(random),
      isPartner: false,
      floorAreaM2: random.int(12, 45) * 10,
      fullTimeStaff: UNSTAFFED_SCHOOL_INDEXES.has(index) ? 0 : random.int(1, 3),
      partTimeStaff: random.int(2, 10),
    })
  })

  GONGSHU_STREETS.forEach((street, index) => {
    const community = communitiesOf(street.id)[index % 4]
    if (!community) throw new Error(`no community for street ${street.id}`)
    result.push({
      externalId: `elderly-point-${street.id}`,
      name: `浙江老年开放大学拱墅学院${community.name}教学点`,
      kind: 'ELDERLY_TEACHING_POINT',
      level: 'COMMUNITY',
      street: street.id,
      community: community.id,
      parent: `elderly-${street.id}`,
      address: streetAddress(street.id, random.int(1, 600), `${community.name}市民学校`),
      isPartner: false,
      fullTimeStaff: random.int(0, 1),
      partTimeStaff: random.int(2, 6),
    })
  })

  for (const partner of PARTNERS) {
    result.push({
      externalId: partner.externalId,
      name: partner.name,
      kind: partner.kind,
      level: 'PARTNER',
      street: partner.street,
      address: partner.street
        ? streetAddress(partner.street, partner.number, partner.note)
        : (CITYWIDE_PARTNER_ADDRESSES[partner.externalId] ?? '浙江省杭州市拱墅区'),
      contactPhone: phone(random),
      contactEmail: `${partner.externalId.replace(/^partner-/, '')}@partners.example.org`,
      isPartner: true,
    })
  }

  return result
}
