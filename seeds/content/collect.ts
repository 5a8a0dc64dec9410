/**
 * The collect-and-purchase pipeline the hub starts with: three calls (one
 * open, one closed with its decisions, one still a draft), 25 submissions
 * from ten partner institutions across every state, and six purchases at
 * every stage. Dates are relative to the seeding day.
 */
import type { SubmissionState } from '../../server/domain/collect/submissionRules.ts'
import type { PurchaseState } from '../../server/domain/collect/purchaseRules.ts'
import type { Audience, LearningMode, Topic } from '../../server/domain/vocabulary.ts'

export interface CallSeed {
  key: 'open' | 'closed' | 'draft'
  title: { zh: string; en: string }
  theme: string
  topics: Topic[]
  audiences: Audience[]
  description: string
  eligibility: string
  /** Days from the seeding day (negative: already passed). */
  deadlineInDays: number
  budgetCny: number
  seeks: number
  status: 'open' | 'closed' | 'draft'
}

export interface SubmissionSeed {
  call: CallSeed['key'] | null
  institution: string
  title: string
  summary: string
  topics: Topic[]
  audiences: Audience[]
  mode: LearningMode
  teachers: string[]
  creditHours: number
  state: SubmissionState
  /** For decisions and requests for changes: the reason the partner is told. */
  reason?: string
  /** Offered for sale: price and license length. */
  sale?: { priceCny: number; licenseMonths: number }
  /** For `to_purchase`: how far the purchase has got. */
  purchase?: PurchaseState
  /** Reviewers' marks per criterion of the default rubric, in rubric order. */
  marks?: [number, number, number, number]
}

export const CALLS: CallSeed[] = [
  {
    key: 'open',
    title: { zh: '2027 年智慧助老精品课程征集', en: '2027 call: digital skills for older adults' },
    theme: '跨越数字鸿沟',
    topics: ['DIGITAL_SKILLS', 'LEGAL_KNOWLEDGE'],
    audiences: ['OLDER_ADULTS'],
    description: '面向社区老年学堂征集手机使用、网上办事与防范诈骗课程，每门 8–16 学时，可线下或线上线下结合。',
    eligibility: '在拱墅区登记的高校、培训机构、社会组织与企业；授课教师须已入区教师库。',
    deadlineInDays: 45,
    budgetCny: 200_000,
    seeks: 8,
    status: 'open',
  },
  {
    key: 'closed',
    title: { zh: '2026 年家庭教育与健康生活课程征集', en: '2026 call: family education and healthy living' },
    theme: '家庭幸福，身心健康',
    topics: ['FAMILY_EDUCATION', 'NUTRITION_HEALTH', 'MENTAL_HEALTH'],
    audiences: ['FAMILIES', 'ALL_RESIDENTS'],
    description: '征集家庭教育指导、营养保健与心理健康课程，用于各街道市民大课堂。',
    eligibility: '具备相应资质的医疗机构、高校与专业社会组织。',
    deadlineInDays: -40,
    budgetCny: 300_000,
    seeks: 10,
    status: 'closed',
  },
  {
    key: 'draft',
    title: { zh: '2027 年大运河文化研学课程征集', en: '2027 call: Grand Canal study courses' },
    theme: '读懂运河',
    topics: ['HISTORY_CULTURE', 'HANDICRAFT'],
    audiences: ['TEENAGERS', 'ALL_RESIDENTS'],
    description: '（草稿）拟征集运河文化研学与非遗体验课程。',
    eligibility: '文博单位、研究机构与非遗传承人工作室。',
    deadlineInDays: 90,
    budgetCny: 150_000,
    seeks: 6,
    status: 'draft',
  },
]

const t = (n: number) => `seed:teacher-${String(n).padStart(3, '0')}`
const p = (id: string) => `seed:partner-${id}`

export const SUBMISSIONS: SubmissionSeed[] = [
  // The open call: still coming in.
  { call: 'open', institution: p('leling'), title: '手机挂号与网上问诊', summary: '一步步学会预约挂号、线上问诊与电子医保。', topics: ['DIGITAL_SKILLS'], audiences: ['OLDER_ADULTS'], mode: 'ON_SITE', teachers: [t(11)], creditHours: 8, state: 'draft' },
  { call: 'open', institution: p('zjut'), title: '老年人网络安全十讲', summary: '识别网络诈骗、保护个人信息。', topics: ['DIGITAL_SKILLS', 'LEGAL_KNOWLEDGE'], audiences: ['OLDER_ADULTS'], mode: 'BLENDED', teachers: [t(3)], creditHours: 16, state: 'draft', sale: { priceCny: 24_000, licenseMonths: 24 } },
  { call: 'open', institution: p('volunteers'), title: '志愿者陪学：智能手机入门', summary: '志愿者一对一陪伴老人学手机。', topics: ['DIGITAL_SKILLS'], audiences: ['OLDER_ADULTS'], mode: 'ON_SITE', teachers: [], creditHours: 8, state: 'draft' },
  { call: 'open', institution: p('hzou'), title: '移动支付与生活缴费', summary: '扫码支付、水电燃气缴费与防盗刷。', topics: ['DIGITAL_SKILLS', 'FAMILY_FINANCE'], audiences: ['OLDER_ADULTS'], mode: 'ONLINE', teachers: [t(20)], creditHours: 8, state: 'submitted', sale: { priceCny: 18_000, licenseMonths: 12 } },
  { call: 'open', institution: p('skills-centre'), title: '短视频拍摄与分享', summary: '用手机记录生活、剪辑与安全分享。', topics: ['DIGITAL_SKILLS', 'LEISURE_LIFE'], audiences: ['OLDER_ADULTS'], mode: 'ON_SITE', teachers: [t(31)], creditHours: 12, state: 'submitted' },
  { call: 'open', institution: p('gs-library'), title: '数字阅读：在手机上读书听书', summary: '电子书、听书与图书馆线上服务。', topics: ['DIGITAL_SKILLS', 'LEISURE_LIFE'], audiences: ['OLDER_ADULTS'], mode: 'BLENDED', teachers: [t(44)], creditHours: 8, state: 'submitted' },
  { call: 'open', institution: p('zjsru'), title: '政务服务网上办', summary: '浙里办常用事项一网通办。', topics: ['DIGITAL_SKILLS', 'LAWS_REGULATIONS'], audiences: ['OLDER_ADULTS'], mode: 'ON_SITE', teachers: [t(52)], creditHours: 8, state: 'submitted' },
  { call: 'open', institution: p('canal-vocational'), title: '防范养老诈骗实训', summary: '情景演练识别保健品、投资与冒充公检法诈骗。', topics: ['LEGAL_KNOWLEDGE', 'DIGITAL_SKILLS'], audiences: ['OLDER_ADULTS'], mode: 'ON_SITE', teachers: [t(61)], creditHours: 12, state: 'in_review', marks: [85, 90, 80, 75] },
  { call: 'open', institution: p('leling'), title: '视频通话与家庭群聊', summary: '和子女视频、用好家庭群。', topics: ['DIGITAL_SKILLS', 'INTERGENERATIONAL'], audiences: ['OLDER_ADULTS'], mode: 'ON_SITE', teachers: [t(11)], creditHours: 6, state: 'in_review', marks: [78, 82, 70, 90] },
  { call: 'open', institution: p('zjut'), title: '智能家居与居家安全', summary: '智能门锁、烟感报警与紧急呼叫。', topics: ['DIGITAL_SKILLS', 'POPULAR_SCIENCE'], audiences: ['OLDER_ADULTS'], mode: 'BLENDED', teachers: [t(3)], creditHours: 8, state: 'changes_requested', reason: '请补充每次课的实操环节与所需设备清单。' },

  // The closed call: every decision taken.
  { call: 'closed', institution: p('family-edu'), title: '读懂青春期孩子', summary: '青春期心理与亲子沟通。', topics: ['FAMILY_EDUCATION', 'MENTAL_HEALTH'], audiences: ['FAMILIES'], mode: 'ON_SITE', teachers: [t(4)], creditHours: 12, state: 'accepted', reason: '内容扎实，契合主题，录用。', marks: [92, 95, 88, 90] },
  { call: 'closed', institution: p('gs-tcm'), title: '四季中医养生', summary: '节气饮食与中医体质调养。', topics: ['NUTRITION_HEALTH', 'WELLNESS'], audiences: ['ALL_RESIDENTS'], mode: 'ON_SITE', teachers: [t(6)], creditHours: 12, state: 'accepted', reason: '师资专业，录用。', marks: [88, 85, 95, 92] },
  { call: 'closed', institution: p('hz-third-hospital'), title: '睡眠与情绪健康', summary: '失眠、焦虑的自我调适。', topics: ['MENTAL_HEALTH'], audiences: ['ALL_RESIDENTS'], mode: 'BLENDED', teachers: [t(13)], creditHours: 8, state: 'accepted', reason: '录用，建议增加线上答疑。', marks: [86, 88, 90, 85] },
  { call: 'closed', institution: p('zjph'), title: '家庭急救技能', summary: '心肺复苏、海姆立克与常见意外处理。', topics: ['NUTRITION_HEALTH', 'POPULAR_SCIENCE'], audiences: ['FAMILIES', 'ALL_RESIDENTS'], mode: 'ON_SITE', teachers: [t(25)], creditHours: 6, state: 'accepted', reason: '实用性强，录用。', marks: [90, 92, 94, 96] },
  { call: 'closed', institution: p('zjcz'), title: '家长的情绪管理', summary: '不吼不叫的家庭教育。', topics: ['FAMILY_EDUCATION', 'MENTAL_HEALTH'], audiences: ['FAMILIES'], mode: 'ONLINE', teachers: [t(34)], creditHours: 10, state: 'to_purchase', reason: '拟购买线上课程版权。', sale: { priceCny: 48_000, licenseMonths: 24 }, purchase: 'paid', marks: [87, 90, 85, 80] },
  { call: 'closed', institution: p('gs-hospital'), title: '慢病管理与合理用药', summary: '高血压、糖尿病的家庭管理。', topics: ['NUTRITION_HEALTH', 'WELLNESS'], audiences: ['ALL_RESIDENTS'], mode: 'BLENDED', teachers: [t(42)], creditHours: 12, state: 'to_purchase', reason: '拟购买，授权三年。', sale: { priceCny: 60_000, licenseMonths: 36 }, purchase: 'contracted', marks: [89, 84, 92, 78] },
  { call: 'closed', institution: p('hzou'), title: '隔代教养的智慧', summary: '祖辈如何与孙辈和子女相处。', topics: ['FAMILY_EDUCATION', 'INTERGENERATIONAL'], audiences: ['FAMILIES', 'OLDER_ADULTS'], mode: 'ONLINE', teachers: [t(50)], creditHours: 8, state: 'to_purchase', reason: '拟购买。', sale: { priceCny: 32_000, licenseMonths: 24 }, purchase: 'approved', marks: [84, 88, 80, 86] },
  { call: 'closed', institution: p('zjsru'), title: '营养配餐实践', summary: '一周营养食谱与厨房实操。', topics: ['NUTRITION_HEALTH'], audiences: ['FAMILIES'], mode: 'ON_SITE', teachers: [t(58)], creditHours: 10, state: 'to_purchase', reason: '拟购买。', sale: { priceCny: 36_000, licenseMonths: 12 }, purchase: 'proposed', marks: [80, 82, 78, 85] },
  { call: 'closed', institution: p('skills-centre'), title: '职场减压', summary: '职场压力识别与放松训练。', topics: ['MENTAL_HEALTH'], audiences: ['WORKERS'], mode: 'ONLINE', teachers: [t(31)], creditHours: 6, state: 'rejected', reason: '学习对象与本次征集不符。', marks: [70, 40, 75, 80] },
  { call: 'closed', institution: p('canal-vocational'), title: '家庭理财入门', summary: '储蓄、保险与防范非法集资。', topics: ['FAMILY_FINANCE'], audiences: ['FAMILIES'], mode: 'ON_SITE', teachers: [t(61)], creditHours: 8, state: 'rejected', reason: '主题不在本次征集范围内。', marks: [72, 35, 70, 78] },
  { call: 'closed', institution: p('volunteers'), title: '社区亲子阅读会', summary: '志愿者带领亲子共读。', topics: ['FAMILY_EDUCATION'], audiences: ['FAMILIES'], mode: 'ON_SITE', teachers: [], creditHours: 6, state: 'rejected', reason: '缺少入库教师，请完善师资后再次申报。', marks: [65, 80, 40, 90] },
  { call: 'closed', institution: p('zjut'), title: '青少年心理韧性', summary: '挫折教育与心理韧性训练。', topics: ['MENTAL_HEALTH', 'FAMILY_EDUCATION'], audiences: ['TEENAGERS'], mode: 'BLENDED', teachers: [t(3)], creditHours: 8, state: 'withdrawn' },

  // Unsolicited proposals.
  { call: null, institution: p('canal-museum'), title: '运河上的漕运故事', summary: '博物馆研究员讲运河漕运史。', topics: ['HISTORY_CULTURE'], audiences: ['ALL_RESIDENTS', 'TEENAGERS'], mode: 'ON_SITE', teachers: [t(7)], creditHours: 6, state: 'submitted' },
  { call: null, institution: p('craft-museum'), title: '杭扇与油纸伞制作', summary: '非遗传承人带做杭扇和油纸伞。', topics: ['HANDICRAFT', 'HISTORY_CULTURE'], audiences: ['ALL_RESIDENTS'], mode: 'ON_SITE', teachers: [t(15)], creditHours: 8, state: 'to_purchase', reason: '拟购买课程及教具包授权。', sale: { priceCny: 28_000, licenseMonths: 24 }, purchase: 'paid', marks: [93, 90, 88, 84] },
  { call: null, institution: p('zjstm'), title: '身边的科学小实验', summary: '科技馆老师带来的家庭科学实验。', topics: ['POPULAR_SCIENCE', 'SCIENCE_CULTURE'], audiences: ['TEENAGERS', 'FAMILIES'], mode: 'BLENDED', teachers: [t(22)], creditHours: 8, state: 'to_purchase', reason: '拟购买。', sale: { priceCny: 22_000, licenseMonths: 12 }, purchase: 'proposed', marks: [88, 86, 90, 82] },
]
