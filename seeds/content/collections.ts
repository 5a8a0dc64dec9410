/**
 * The curated collections (专题) the hub starts with: eight themes an editor
 * would put on the front page, each an ordered mix of seed courses (chosen by
 * topic and audience) and seed lecture series (named by slug).
 */
import type { Audience, Topic } from '../../server/domain/vocabulary.ts'

export interface CollectionSeed {
  slug: string
  title: { zh: string; en: string }
  theme: { zh: string; en: string }
  intro: { zh: string; en: string }
  audiences: Audience[]
  /** Seed courses with any of these topics (and, if given, one of these audiences) come first. */
  courseTopics: Topic[]
  courseAudiences?: Audience[]
  /** How many courses at most. */
  maxCourses: number
  series: string[]
}

export const COLLECTIONS: CollectionSeed[] = [
  {
    slug: 'zhi-hui-zhu-lao',
    title: { zh: '智慧助老', en: 'Digital Skills for Older Adults' },
    theme: { zh: '跨越数字鸿沟', en: 'Crossing the digital divide' },
    intro: {
      zh: '从扫码就医到识别诈骗，帮助老年朋友用好智能手机。',
      en: 'From booking a doctor to spotting scams: helping older residents make the most of smartphones.',
    },
    audiences: ['OLDER_ADULTS'],
    courseTopics: ['DIGITAL_SKILLS'],
    maxCourses: 8,
    series: ['shou-ji-bu-qiu-ren-lao-nian-xue-tang'],
  },
  {
    slug: 'da-yun-he-wen-hua',
    title: { zh: '大运河文化', en: 'Grand Canal Culture' },
    theme: { zh: '读懂家门口的世界遗产', en: 'The World Heritage site on our doorstep' },
    intro: {
      zh: '运河历史、街区故事与非遗技艺，一站式学习。',
      en: 'Canal history, neighbourhood stories and heritage crafts in one place.',
    },
    audiences: ['ALL_RESIDENTS'],
    courseTopics: ['HISTORY_CULTURE'],
    maxCourses: 8,
    series: ['yun-he-wen-hua-shi-min-da-ke-tang', 'fei-yi-shou-zuo-shi-min-da-ke-tang'],
  },
  {
    slug: 'jia-ting-jiao-yu',
    title: { zh: '家庭教育', en: 'Family Education' },
    theme: { zh: '做孩子的第一任老师', en: 'Parents as first teachers' },
    intro: {
      zh: '亲子沟通、隔代教养与青春期陪伴。',
      en: 'Talking with children, grandparenting and the teenage years.',
    },
    audiences: ['FAMILIES'],
    courseTopics: ['FAMILY_EDUCATION', 'INTERGENERATIONAL'],
    maxCourses: 8,
    series: ['jia-ting-jiao-yu-shi-min-da-ke-tang'],
  },
  {
    slug: 'jian-kang-sheng-huo',
    title: { zh: '健康生活', en: 'Healthy Living' },
    theme: { zh: '身心都健康', en: 'Healthy in body and mind' },
    intro: { zh: '营养、养生与心理健康课程精选。', en: 'A selection on nutrition, wellness and mental health.' },
    audiences: ['ALL_RESIDENTS', 'OLDER_ADULTS'],
    courseTopics: ['NUTRITION_HEALTH', 'WELLNESS', 'MENTAL_HEALTH'],
    maxCourses: 8,
    series: ['yang-sheng-bao-jian-lao-nian-xue-tang', 'xin-li-jian-kang-shi-min-da-ke-tang'],
  },
  {
    slug: 'zhi-gong-chong-dian',
    title: { zh: '职工充电站', en: 'Learning for Working People' },
    theme: { zh: '下班后的成长', en: 'Growing after work' },
    intro: { zh: '职业技能、学历提升与职场心理。', en: 'Job skills, academic upgrading and wellbeing at work.' },
    audiences: ['WORKERS'],
    courseTopics: ['VOCATIONAL_SKILLS', 'ACADEMIC_UPGRADING'],
    courseAudiences: ['WORKERS', 'ALL_RESIDENTS'],
    maxCourses: 8,
    series: ['zhi-gong-chong-dian-ye-jian-ke-tang'],
  },
  {
    slug: 'fa-zhi-yu-an-quan',
    title: { zh: '法治与安全', en: 'Law and Safety' },
    theme: { zh: '学法用法，守护平安', en: 'Knowing the law, staying safe' },
    intro: { zh: '民法典、消费维权与防诈骗。', en: 'The Civil Code, consumer rights and avoiding fraud.' },
    audiences: ['ALL_RESIDENTS', 'OLDER_ADULTS'],
    courseTopics: ['LEGAL_KNOWLEDGE', 'LAWS_REGULATIONS', 'FAMILY_FINANCE'],
    maxCourses: 8,
    series: ['fa-zhi-an-quan-lao-nian-xue-tang', 'jia-ting-li-cai-lao-nian-xue-tang'],
  },
  {
    slug: 'ke-xue-yu-ren-wen',
    title: { zh: '科学与人文', en: 'Science and Humanities' },
    theme: { zh: '好奇心不退休', en: 'Curiosity never retires' },
    intro: { zh: '科普、科学文化与思想道德课程。', en: 'Popular science, science culture and ethics.' },
    audiences: ['ALL_RESIDENTS', 'TEENAGERS'],
    courseTopics: ['POPULAR_SCIENCE', 'SCIENCE_CULTURE', 'IDEOLOGY_ETHICS', 'LIFE_DIGNITY'],
    maxCourses: 8,
    series: ['ke-pu-zhi-shi-lao-nian-xue-tang'],
  },
  {
    slug: 'xian-xia-sheng-huo',
    title: { zh: '乐享闲暇', en: 'Enjoying Free Time' },
    theme: { zh: '学习让生活更有味道', en: 'Learning makes life richer' },
    intro: { zh: '书画、茶艺、手作与学习周活动。', en: 'Calligraphy, tea, crafts and the learning week.' },
    audiences: ['ALL_RESIDENTS', 'OLDER_ADULTS'],
    courseTopics: ['LEISURE', 'LEISURE_LIFE', 'HANDICRAFT'],
    maxCourses: 8,
    series: ['xian-xia-sheng-huo-shi-min-da-ke-tang', 'quan-min-zhong-shen-xue-xi-huo-dong-zhou'],
  },
]
