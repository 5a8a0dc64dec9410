/**
 * The boutique course catalogue (精品课程) the hub starts with: 80 lifelong-
 * learning courses of the kind Gongshu's network actually runs (Grand Canal
 * culture, intangible-heritage crafts, smartphone skills for older adults,
 * family education, health, law, academic upgrading ...). Every course names a
 * real provider and real, active teachers from the registry seeds, so the
 * catalogue, search facets and demo pages have believable, linked data; every
 * topic, audience and learning mode is represented and every street branch
 * offers at least two courses.
 */
import type { Audience, LearningMode, Topic } from '../../server/domain/vocabulary.ts'
import {
  DISTRICT_COLLEGE_ID,
  ELDERLY_COLLEGE_ID,
  branchId,
  schoolId,
  seedInstitutions,
} from '../registry/institutions.ts'
import { seedTeachers } from '../registry/teachers.ts'

export interface CourseSeed {
  /** Stable pinyin slug, unique, lowercase ascii words joined by '-', e.g. 'zhi-hui-zhu-lao-shou-ji-gua-hao' (at most 60 chars). */
  slug: string
  title: { zh: string; en: string }
  summary: { zh: string; en: string }
  topics: Topic[] // 1-3 keys
  audiences: Audience[] // 1-2 keys
  mode: LearningMode
  /** Registry id of the provider institution, e.g. 'seed:branch-hushu'. */
  provider: string
  /** Registry ids of 1-3 teachers, e.g. 'seed:teacher-017'. */
  teachers: string[]
  creditHours: number // 1-32, plausible for the course
}

/** Registry ids of seeded records are the seed externalId behind this prefix. */
const SEED_PREFIX = 'seed:'

type CourseRow = Omit<CourseSeed, 'provider' | 'teachers'> & {
  /** externalId of the provider institution. */
  provider: string
}

const college = DISTRICT_COLLEGE_ID
const elderly = ELDERLY_COLLEGE_ID
const branch = branchId
const school = schoolId
const partner = (name: string): string => `partner-${name}`

const COURSES: readonly CourseRow[] = [
  // ── Street branches (街道社区学校), two or more per street ──────────────────
  {
    slug: 'mi-shi-xiang-lao-hang-zhou-su-yu-gu-shi-hui',
    title: { zh: '米市巷老杭州俗语故事会', en: 'Old Hangzhou Sayings Story Club at Mishixiang' },
    summary: {
      zh: '从“米市巷”的得名讲起，由老居民用杭州话讲述老俗语背后的市井故事，边听边学边交流。',
      en: 'Starting from how Mishixiang got its name, long-time residents tell the street-life stories behind old Hangzhou sayings in the local dialect, for learners to listen, pick up and share.',
    },
    topics: ['HISTORY_CULTURE', 'LEISURE'],
    audiences: ['OLDER_ADULTS', 'ALL_RESIDENTS'],
    mode: 'ON_SITE',
    provider: branch('mishixiang'),
    creditHours: 8,
  },
  {
    slug: 'zhi-hui-zhu-lao-shou-ji-yu-yue-gua-hao',
    title: { zh: '智慧助老：手机预约挂号与就医', en: 'Smart Help for Seniors: Booking Hospital Appointments by Phone' },
    summary: {
      zh: '手把手教老年人用手机预约挂号、查看检查报告和使用医保电子凭证，就医少排队、少跑腿。',
      en: 'Step-by-step practice for older adults in booking appointments, viewing test reports and using the electronic medical-insurance card on a phone, so hospital visits mean less queuing and fewer trips.',
    },
    topics: ['DIGITAL_SKILLS', 'NUTRITION_HEALTH'],
    audiences: ['OLDER_ADULTS'],
    mode: 'ON_SITE',
    provider: branch('mishixiang'),
    creditHours: 6,
  },
  {
    slug: 'hu-shu-ba-jing-yu-yun-he-wen-hua',
    title: { zh: '湖墅八景与运河文化', en: "Hushu's Eight Views and Grand Canal Culture" },
    summary: {
      zh: '结合古诗文与老照片，重温“湖墅八景”的历史变迁，理解运河如何塑造了湖墅的街巷与生活。',
      en: 'Through classical poems and old photographs, learners revisit how the Eight Views of Hushu changed over time and see how the canal shaped its lanes and daily life.',
    },
    topics: ['HISTORY_CULTURE'],
    audiences: ['ALL_RESIDENTS'],
    mode: 'BLENDED',
    provider: branch('hushu'),
    creditHours: 12,
  },
  {
    slug: 'jia-ting-li-cai-ru-men-fang-yang-lao-zha-pian',
    title: {
      zh: '家庭理财入门：识别养老诈骗与稳健储蓄',
      en: 'Family Finance Basics: Spotting Pension Scams and Saving Safely',
    },
    summary: {
      zh: '讲解家庭收支规划、银行理财产品风险等级和常见“养老投资”骗局，帮助家庭守好钱袋子。',
      en: 'Covers household budgeting, the risk ratings of bank wealth-management products and common "retirement investment" scams, helping families keep their savings safe.',
    },
    topics: ['FAMILY_FINANCE', 'LAWS_REGULATIONS'],
    audiences: ['OLDER_ADULTS', 'FAMILIES'],
    mode: 'ON_SITE',
    provider: branch('hushu'),
    creditHours: 8,
  },
  {
    slug: 'xiao-he-zhi-jie-li-shi-jie-qu-xing-zou-ke-tang',
    title: { zh: '小河直街历史街区行走课堂', en: 'Walking Classroom in the Xiaohe Straight Street Historic Quarter' },
    summary: {
      zh: '在小河直街的石板路与沿河民居间实地行走，认识清末民初运河街市的建筑和商业生活。',
      en: 'A walk along the flagstone paths and canal-side houses of Xiaohe Straight Street to learn about the architecture and trade of a late-Qing canal market street.',
    },
    topics: ['HISTORY_CULTURE', 'LEISURE_LIFE'],
    audiences: ['ALL_RESIDENTS', 'TEENAGERS'],
    mode: 'ON_SITE',
    provider: branch('xiaohe'),
    creditHours: 6,
  },
  {
    slug: 'yun-he-pan-de-cha-yi-sheng-huo',
    title: { zh: '运河畔的茶艺生活', en: 'Tea Art by the Canal' },
    summary: {
      zh: '学习西湖龙井等名茶的冲泡与品鉴，了解运河茶馆文化，在慢时光里养性怡情。',
      en: 'Learners brew and taste Longjing and other famous teas and explore canal teahouse culture, a slow-paced way to cultivate calm and good taste.',
    },
    topics: ['LEISURE_LIFE', 'WELLNESS'],
    audiences: ['ALL_RESIDENTS'],
    mode: 'ON_SITE',
    provider: branch('xiaohe'),
    creditHours: 10,
  },
  {
    slug: 'min-fa-dian-yu-lin-li-jiu-fen-hua-jie',
    title: {
      zh: '邻里和睦：民法典与邻里纠纷化解',
      en: 'Good Neighbours: The Civil Code and Resolving Neighbour Disputes',
    },
    summary: {
      zh: '以漏水、噪音、停车等真实案例解读《民法典》相邻关系条款，学习调解与依法维权的方法。',
      en: "Real cases of leaks, noise and parking explain the Civil Code's rules on neighbouring relations and teach mediation and lawful ways to protect one's rights.",
    },
    topics: ['LEGAL_KNOWLEDGE', 'LAWS_REGULATIONS', 'IDEOLOGY_ETHICS'],
    audiences: ['ALL_RESIDENTS'],
    mode: 'BLENDED',
    provider: branch('hemu'),
    creditHours: 8,
  },
  {
    slug: 'lao-nian-shu-fa-ru-men-kai-shu',
    title: { zh: '老年书法入门（楷书）', en: 'Calligraphy for Beginners in Later Life (Regular Script)' },
    summary: {
      zh: '从执笔、笔画到结构，循序渐进临写欧体楷书，在一笔一画中修身养性。',
      en: 'From holding the brush to strokes and character structure, learners copy Ouyang Xun-style regular script step by step, cultivating patience one stroke at a time.',
    },
    topics: ['LEISURE', 'HISTORY_CULTURE'],
    audiences: ['OLDER_ADULTS'],
    mode: 'ON_SITE',
    provider: branch('hemu'),
    creditHours: 24,
  },
  {
    slug: 'gong-chen-qiao-pan-hua-yun-he',
    title: { zh: '拱宸桥畔话运河：千年古桥的故事', en: 'By the Gongchen Bridge: Stories of an Ancient Canal Crossing' },
    summary: {
      zh: '讲述拱宸桥的修建、损毁与重修，以及桥边码头、商埠的兴衰，感受运河儿女的家国情怀。',
      en: "The story of how the Gongchen Bridge was built, destroyed and rebuilt, and of the rise and fall of the wharves and trading port beside it, conveying the canal community's love of home and country.",
    },
    topics: ['HISTORY_CULTURE', 'IDEOLOGY_ETHICS'],
    audiences: ['TEENAGERS', 'ALL_RESIDENTS'],
    mode: 'BLENDED',
    provider: branch('gongchenqiao'),
    creditHours: 8,
  },
  {
    slug: 'you-zhi-san-chuan-tong-zhi-zuo-ji-yi',
    title: { zh: '油纸伞传统制作技艺体验', en: 'Traditional Oil-paper Umbrella Making' },
    summary: {
      zh: '在非遗传承人指导下完成削骨、穿线、糊纸、上油等工序，亲手做一把属于自己的油纸伞。',
      en: 'Guided by an intangible-heritage craftsperson, learners shave ribs, thread, paste paper and oil it, finishing an oil-paper umbrella of their own.',
    },
    topics: ['HANDICRAFT', 'HISTORY_CULTURE'],
    audiences: ['ALL_RESIDENTS', 'FAMILIES'],
    mode: 'ON_SITE',
    provider: branch('gongchenqiao'),
    creditHours: 16,
  },
  {
    slug: 'zhi-gong-ban-gong-ruan-jian-shi-yong-ji-neng',
    title: { zh: '职工办公软件实用技能', en: 'Practical Office Software Skills for Workers' },
    summary: {
      zh: '围绕表格统计、公文排版和演示文稿制作开展实操训练，帮助职工提升日常办公效率。',
      en: 'Hands-on training in spreadsheets, document layout and presentations to help workers get everyday office tasks done faster.',
    },
    topics: ['VOCATIONAL_SKILLS'],
    audiences: ['WORKERS'],
    mode: 'BLENDED',
    provider: branch('daguan'),
    creditHours: 16,
  },
  {
    slug: 'ju-jia-yang-lao-zhao-hu-ji-neng',
    title: { zh: '居家养老照护技能', en: 'Home Care Skills for Older Relatives' },
    summary: {
      zh: '学习翻身、移位、喂食和压疮预防等照护技能，让家人在家中也能得到专业、有尊严的照料。',
      en: 'Learners practise turning, transferring, feeding and pressure-sore prevention so that older relatives receive skilled, dignified care at home.',
    },
    topics: ['WELLNESS', 'VOCATIONAL_SKILLS', 'LIFE_DIGNITY'],
    audiences: ['FAMILIES', 'WORKERS'],
    mode: 'ON_SITE',
    provider: branch('daguan'),
    creditHours: 12,
  },
  {
    slug: 'shang-tang-he-shui-sheng-tai-ke-pu',
    title: { zh: '上塘河水生态科普', en: 'Popular Science: The Water Ecology of the Shangtang River' },
    summary: {
      zh: '沿上塘河采样观察水生植物和浮游生物，学习水质检测方法，了解河道治理的科学原理。',
      en: 'Sampling along the Shangtang River, learners observe aquatic plants and plankton, try water-quality tests and learn the science behind river restoration.',
    },
    topics: ['POPULAR_SCIENCE', 'SCIENCE_CULTURE'],
    audiences: ['TEENAGERS', 'FAMILIES'],
    mode: 'BLENDED',
    provider: branch('shangtang'),
    creditHours: 8,
  },
  {
    slug: 'gao-ting-shan-jian-bu-xing',
    title: { zh: '皋亭山健步行与体能保持', en: 'Brisk Walking on Gaoting Hill and Staying Fit' },
    summary: {
      zh: '由体育指导员带领在皋亭山进行科学健步走，学习热身拉伸和心率自我监测，保持老年体能。',
      en: 'A fitness instructor leads safe brisk walks on Gaoting Hill and teaches warm-ups, stretching and heart-rate self-monitoring to help older adults stay fit.',
    },
    topics: ['WELLNESS', 'LEISURE_LIFE'],
    audiences: ['OLDER_ADULTS'],
    mode: 'ON_SITE',
    provider: branch('shangtang'),
    creditHours: 10,
  },
  {
    slug: 'qin-zi-yue-du-gong-fang',
    title: { zh: '祥符亲子阅读工坊', en: 'Xiangfu Parent-Child Reading Workshop' },
    summary: {
      zh: '教家长选书、讲书和提问的技巧，通过亲子共读培养孩子的阅读兴趣，增进亲子交流。',
      en: "Parents learn how to choose books, read aloud and ask questions, building children's love of reading and closer family conversation through shared reading.",
    },
    topics: ['FAMILY_EDUCATION', 'INTERGENERATIONAL'],
    audiences: ['FAMILIES'],
    mode: 'ON_SITE',
    provider: branch('xiangfu'),
    creditHours: 12,
  },
  {
    slug: 'dian-gong-ji-chu-ji-neng-ti-sheng-ban',
    title: { zh: '电工基础技能提升班', en: 'Electrician Basics Skills Upgrading Class' },
    summary: {
      zh: '面向新就业群体和企业职工，系统学习低压电工基础知识与安全操作，为考取职业资格打基础。',
      en: 'For new workers and company staff, a systematic course in low-voltage electrical basics and safe practice, preparing for the vocational qualification exam.',
    },
    topics: ['VOCATIONAL_SKILLS'],
    audiences: ['WORKERS'],
    mode: 'ON_SITE',
    provider: branch('xiangfu'),
    creditHours: 32,
  },
  {
    slug: 'ban-shan-ni-mao-zhi-zuo-ji-yi',
    title: { zh: '半山泥猫制作技艺', en: 'The Craft of Banshan Clay Cats' },
    summary: {
      zh: '学习省级非遗“半山泥猫”的捏塑与彩绘，了解泥猫作为护蚕镇鼠吉祥物的民俗由来。',
      en: 'Learners model and paint Banshan clay cats, a provincial intangible heritage, and learn the folk origins of the clay cat as a charm that guarded silkworms from rats.',
    },
    topics: ['HANDICRAFT', 'HISTORY_CULTURE'],
    audiences: ['ALL_RESIDENTS', 'TEENAGERS'],
    mode: 'ON_SITE',
    provider: branch('banshan'),
    creditHours: 12,
  },
  {
    slug: 'hang-gang-gong-ye-yi-cun-yu-cheng-shi-ji-yi',
    title: { zh: '杭钢工业遗存与城市记忆', en: "Hangzhou Steel's Industrial Heritage and City Memory" },
    summary: {
      zh: '走进杭钢旧址，听老钢铁工人讲述炉火岁月，探讨工业遗存如何转型为城市新空间。',
      en: 'A visit to the former Hangzhou Steel works, where veteran steelworkers recall the furnace years, and a discussion of how industrial heritage becomes new urban space.',
    },
    topics: ['HISTORY_CULTURE', 'SCIENCE_CULTURE'],
    audiences: ['WORKERS', 'ALL_RESIDENTS'],
    mode: 'BLENDED',
    provider: branch('banshan'),
    creditHours: 6,
  },
  {
    slug: 'yang-tai-zhong-cai-yu-jia-ting-yuan-yi',
    title: { zh: '阳台种菜与家庭园艺', en: 'Balcony Vegetable Growing and Home Gardening' },
    summary: {
      zh: '讲解阳台光照、盆土配制和病虫害绿色防治，教大家在小空间里种出四季蔬菜和花草。',
      en: 'Covers balcony light, potting mixes and green pest control, showing how to grow vegetables and flowers year-round in a small space.',
    },
    topics: ['LEISURE_LIFE', 'POPULAR_SCIENCE'],
    audiences: ['OLDER_ADULTS', 'FAMILIES'],
    mode: 'ON_SITE',
    provider: branch('kangqiao'),
    creditHours: 8,
  },
  {
    slug: 'qing-shao-nian-wang-luo-an-quan-yu-fang-chen-mi',
    title: { zh: '青少年网络安全与防沉迷', en: 'Online Safety and Healthy Screen Habits for Teenagers' },
    summary: {
      zh: '结合《未成年人保护法》讲解个人信息保护、网络欺凌应对和防沉迷方法，家长与孩子共同参与。',
      en: 'Drawing on the Minors Protection Law, the course covers protecting personal data, handling cyberbullying and avoiding gaming addiction, with parents and children taking part together.',
    },
    topics: ['LAWS_REGULATIONS', 'MENTAL_HEALTH'],
    audiences: ['TEENAGERS', 'FAMILIES'],
    mode: 'BLENDED',
    provider: branch('kangqiao'),
    creditHours: 6,
  },
  {
    slug: 'zhi-hui-zhu-lao-zhi-neng-shou-ji-ru-men',
    title: { zh: '智慧助老：智能手机从入门到会用', en: 'Smart Help for Seniors: Smartphones from Scratch' },
    summary: {
      zh: '从开关机、调字体到微信视频、扫码出行，小班慢教，让老年人跨越“数字鸿沟”。',
      en: 'From switching on and enlarging the font to WeChat video calls and scanning codes for transport, taught slowly in small classes to help older adults cross the digital divide.',
    },
    topics: ['DIGITAL_SKILLS'],
    audiences: ['OLDER_ADULTS'],
    mode: 'ON_SITE',
    provider: branch('shiqiao'),
    creditHours: 16,
  },
  {
    slug: 'lao-nian-ren-ying-yang-shan-shi-da-pei',
    title: { zh: '老年人营养膳食搭配', en: 'Balanced Diets for Older Adults' },
    summary: {
      zh: '依据中国居民膳食指南，讲解老年人蛋白质、钙和膳食纤维的合理摄入，并示范一周家常食谱。',
      en: "Based on China's dietary guidelines, the course explains how much protein, calcium and fibre older adults need and demonstrates a week of home-style menus.",
    },
    topics: ['NUTRITION_HEALTH'],
    audiences: ['OLDER_ADULTS', 'FAMILIES'],
    mode: 'BLENDED',
    provider: branch('shiqiao'),
    creditHours: 8,
  },
  {
    slug: 'xin-fei-fu-su-yu-ji-jiu-ji-neng',
    title: { zh: '心肺复苏与急救技能', en: 'CPR and First Aid Skills' },
    summary: {
      zh: '在模拟人上练习心肺复苏和AED使用，学习气道异物梗阻、烫伤和骨折的现场急救。',
      en: 'Learners practise CPR and AED use on manikins and learn on-the-spot first aid for choking, burns and fractures.',
    },
    topics: ['WELLNESS', 'POPULAR_SCIENCE'],
    audiences: ['ALL_RESIDENTS', 'WORKERS'],
    mode: 'ON_SITE',
    provider: branch('dongxin'),
    creditHours: 6,
  },
  {
    slug: 'qing-shao-nian-ke-ji-chuang-ke-ying',
    title: { zh: '青少年科技创客营', en: 'Teen Maker Camp' },
    summary: {
      zh: '利用开源硬件和3D打印完成小发明项目，在动手实践中培养青少年的科学思维和创新能力。',
      en: 'Teenagers build small inventions with open-source hardware and 3D printing, developing scientific thinking and creativity through hands-on work.',
    },
    topics: ['POPULAR_SCIENCE', 'SCIENCE_CULTURE'],
    audiences: ['TEENAGERS'],
    mode: 'ON_SITE',
    provider: branch('dongxin'),
    creditHours: 16,
  },
  {
    slug: 'ge-dai-jiao-yang-de-zhi-hui',
    title: { zh: '隔代教养的智慧', en: 'The Wisdom of Grandparenting' },
    summary: {
      zh: '帮助祖辈理解当代儿童成长规律，化解与子女在教养观念上的分歧，形成三代协同育人的合力。',
      en: "Helps grandparents understand how today's children grow up and resolve disagreements with their adult children over parenting, so three generations raise children together.",
    },
    topics: ['FAMILY_EDUCATION', 'INTERGENERATIONAL'],
    audiences: ['OLDER_ADULTS', 'FAMILIES'],
    mode: 'BLENDED',
    provider: branch('wenhui'),
    creditHours: 8,
  },
  {
    slug: 'zhong-guo-hua-hua-niao-ru-men',
    title: { zh: '中国画花鸟入门', en: 'Chinese Bird-and-Flower Painting for Beginners' },
    summary: {
      zh: '学习写意花鸟的用笔用墨与构图，从梅兰竹菊到小鸟草虫，逐步完成一幅完整作品。',
      en: 'Learners study brush and ink technique and composition in freehand bird-and-flower painting, moving from plum, orchid, bamboo and chrysanthemum to birds and insects, and finish a complete work.',
    },
    topics: ['LEISURE', 'LEISURE_LIFE'],
    audiences: ['OLDER_ADULTS'],
    mode: 'ON_SITE',
    provider: branch('wenhui'),
    creditHours: 24,
  },
  {
    slug: 'man-bing-zi-wo-guan-li-gao-xue-ya-yu-tang-niao-bing',
    title: { zh: '慢病自我管理：高血压与糖尿病', en: 'Managing Chronic Conditions: Hypertension and Diabetes' },
    summary: {
      zh: '由社区医生讲解血压、血糖的自我监测和用药注意事项，指导饮食运动，减少并发症风险。',
      en: 'Community doctors explain self-monitoring of blood pressure and blood sugar and safe medication use, and advise on diet and exercise to lower the risk of complications.',
    },
    topics: ['NUTRITION_HEALTH', 'WELLNESS'],
    audiences: ['OLDER_ADULTS'],
    mode: 'BLENDED',
    provider: branch('zhaohui'),
    creditHours: 8,
  },
  {
    slug: 'zhi-gong-xin-li-jian-ya-yu-qing-xu-guan-li',
    title: { zh: '职工心理减压与情绪管理', en: 'Stress Relief and Emotional Management for Workers' },
    summary: {
      zh: '通过正念练习和情绪识别训练，帮助职工缓解工作压力，平衡工作与家庭生活。',
      en: 'Mindfulness exercises and emotion-recognition practice help workers ease job stress and balance work with family life.',
    },
    topics: ['MENTAL_HEALTH'],
    audiences: ['WORKERS'],
    mode: 'ONLINE',
    provider: branch('zhaohui'),
    creditHours: 6,
  },
  {
    slug: 'jian-zhi-yi-shu-chuang-hua-yu-sheng-xiao',
    title: { zh: '剪纸艺术：窗花与生肖', en: 'Paper Cutting: Window Flowers and Zodiac Animals' },
    summary: {
      zh: '学习折剪、阴刻阳刻等基本技法，创作传统窗花和十二生肖剪纸，感受民间艺术的吉祥寓意。',
      en: 'Learners master folding and positive and negative cutting to create traditional window flowers and the twelve zodiac animals, discovering the auspicious meanings of folk art.',
    },
    topics: ['HANDICRAFT', 'LEISURE'],
    audiences: ['ALL_RESIDENTS', 'FAMILIES'],
    mode: 'ON_SITE',
    provider: branch('chaoming'),
    creditHours: 12,
  },
  {
    slug: 'gen-shan-men-wai-hua-si-chou',
    title: { zh: '艮山门外话丝绸', en: 'Silk Stories from Outside Genshan Gate' },
    summary: {
      zh: '“艮山门外丝篮儿”道出了杭州丝织业的繁盛，课程讲述丝绸生产、贸易与运河的渊源。',
      en: 'The old saying about silk baskets outside Genshan Gate recalls the heyday of Hangzhou silk weaving; the course traces how silk production and trade were bound up with the canal.',
    },
    topics: ['HISTORY_CULTURE', 'HANDICRAFT'],
    audiences: ['ALL_RESIDENTS'],
    mode: 'BLENDED',
    provider: branch('chaoming'),
    creditHours: 8,
  },
  {
    slug: 'hang-zhou-hua-ru-men',
    title: { zh: '杭州话入门：听得懂也讲得来', en: 'Hangzhou Dialect: Understand It and Speak It' },
    summary: {
      zh: '面向新杭州人和青年一代，学习杭州方言的发音特点和常用表达，体会“儿”尾音里的南宋遗韵。',
      en: 'For newcomers and young people, the course teaches the sounds and everyday phrases of the Hangzhou dialect and the Southern Song echoes in its characteristic "-er" endings.',
    },
    topics: ['HISTORY_CULTURE', 'LEISURE_LIFE'],
    audiences: ['ALL_RESIDENTS'],
    mode: 'BLENDED',
    provider: branch('changqing'),
    creditHours: 12,
  },
  {
    slug: 'sheng-ming-zun-yan-yu-an-ning-liao-hu',
    title: { zh: '生命尊严与安宁疗护', en: 'Dignity of Life and Hospice Care' },
    summary: {
      zh: '坦然谈论生死，了解安宁疗护、生前预嘱和哀伤陪伴，让生命的最后一程温暖而有尊严。',
      en: 'An open conversation about life and death covering hospice care, advance directives and grief support, so that the last stage of life is warm and dignified.',
    },
    topics: ['LIFE_DIGNITY', 'MENTAL_HEALTH'],
    audiences: ['OLDER_ADULTS', 'FAMILIES'],
    mode: 'ON_SITE',
    provider: branch('changqing'),
    creditHours: 6,
  },
  {
    slug: 'wu-lin-men-ma-tou-yu-jiang-nan-shang-mao',
    title: { zh: '武林门码头与江南商贸', en: 'Wulinmen Wharf and Jiangnan Trade' },
    summary: {
      zh: '以武林门码头为起点，讲述运河漕运和江南商帮的往来，认识杭州作为运河南端城市的地位。',
      en: "Starting from Wulinmen Wharf, the course tells of canal grain transport and Jiangnan merchant networks and of Hangzhou's place as the canal's southern terminus.",
    },
    topics: ['HISTORY_CULTURE'],
    audiences: ['ALL_RESIDENTS'],
    mode: 'ONLINE',
    provider: branch('wulin'),
    creditHours: 6,
  },
  {
    slug: 'shang-quan-zhi-gong-fu-wu-li-yi',
    title: { zh: '商圈职工服务礼仪', en: 'Service Etiquette for Shopping-district Workers' },
    summary: {
      zh: '面向武林商圈一线职工，训练仪容仪表、接待沟通与投诉处理，展现杭州城市服务形象。',
      en: "For frontline staff in the Wulin shopping district, training in appearance, customer communication and complaint handling that shows off Hangzhou's standard of service.",
    },
    topics: ['VOCATIONAL_SKILLS', 'IDEOLOGY_ETHICS'],
    audiences: ['WORKERS'],
    mode: 'BLENDED',
    provider: branch('wulin'),
    creditHours: 8,
  },
  {
    slug: 'lao-nian-ren-fang-fan-dian-xin-wang-luo-zha-pian',
    title: { zh: '老年人防范电信网络诈骗', en: 'Protecting Older Adults from Phone and Online Fraud' },
    summary: {
      zh: '由社区民警剖析冒充公检法、保健品推销等典型骗局，教老年人使用国家反诈中心App。',
      en: 'Community police officers dissect typical scams such as fake law-enforcement calls and health-product sales and show older adults how to use the National Anti-Fraud Centre app.',
    },
    topics: ['LEGAL_KNOWLEDGE', 'DIGITAL_SKILLS', 'FAMILY_FINANCE'],
    audiences: ['OLDER_ADULTS'],
    mode: 'ON_SITE',
    provider: branch('tianshui'),
    creditHours: 4,
  },
  {
    slug: 'jia-ting-jian-kang-peng-ren-shao-yan-shao-you',
    title: { zh: '家庭健康烹饪：少盐少油', en: 'Healthy Home Cooking: Less Salt, Less Oil' },
    summary: {
      zh: '现场示范杭帮家常菜的减盐减油做法，学会看食品营养标签，让全家吃得美味又健康。',
      en: 'Live demonstrations of lower-salt, lower-oil versions of Hangzhou home dishes and how to read nutrition labels, so the whole family eats well and healthily.',
    },
    topics: ['NUTRITION_HEALTH', 'LEISURE_LIFE'],
    audiences: ['FAMILIES', 'ALL_RESIDENTS'],
    mode: 'ON_SITE',
    provider: branch('tianshui'),
    creditHours: 8,
  },

  // ── District community college (区社区学院) ─────────────────────────────────
  {
    slug: 'kai-fang-da-xue-zhuan-sheng-ben-dao-xue',
    title: { zh: '开放大学专升本导学', en: 'Open University Associate-to-Bachelor Orientation' },
    summary: {
      zh: '介绍开放教育专升本的专业选择、学分要求和学习支持服务，帮助在职人员制定学历提升计划。',
      en: 'Introduces majors, credit requirements and learner support in the open-education associate-to-bachelor route, helping working adults plan their academic upgrading.',
    },
    topics: ['ACADEMIC_UPGRADING'],
    audiences: ['WORKERS'],
    mode: 'ONLINE',
    provider: college,
    creditHours: 16,
  },
  {
    slug: 'cheng-ren-gao-kao-shu-xue-fu-dao',
    title: { zh: '成人高考数学辅导', en: 'Mathematics Tutoring for the Adult College Entrance Exam' },
    summary: {
      zh: '系统梳理成人高考数学考点，配合真题讲练和线上答疑，帮助考生夯实基础、提高应试能力。',
      en: 'A systematic review of the maths syllabus for the adult college entrance exam, with past-paper practice and online Q&A to build foundations and exam skills.',
    },
    topics: ['ACADEMIC_UPGRADING'],
    audiences: ['WORKERS'],
    mode: 'BLENDED',
    provider: college,
    creditHours: 32,
  },
  {
    slug: 'da-yun-he-shi-jie-wen-hua-yi-chan-shi-jiang',
    title: { zh: '大运河世界文化遗产十讲', en: 'Ten Lectures on the Grand Canal World Heritage Site' },
    summary: {
      zh: '邀请运河研究学者系统讲授大运河的开凿、水利工程和申遗历程，了解拱墅段遗产点的价值。',
      en: "Canal scholars give a systematic account of how the Grand Canal was dug, its hydraulic engineering and its World Heritage nomination, and the value of the Gongshu section's heritage sites.",
    },
    topics: ['HISTORY_CULTURE', 'SCIENCE_CULTURE'],
    audiences: ['ALL_RESIDENTS'],
    mode: 'ONLINE',
    provider: college,
    creditHours: 20,
  },
  {
    slug: 'jia-ting-jiao-yu-cu-jin-fa-jia-zhang-ke-tang',
    title: { zh: '《家庭教育促进法》家长课堂', en: 'Parents’ Class on the Family Education Promotion Law' },
    summary: {
      zh: '解读《家庭教育促进法》中家长的责任与方法，结合案例讨论如何依法带娃、科学育人。',
      en: "Explains parents' duties and methods under the Family Education Promotion Law and discusses, through cases, how to raise children lawfully and well.",
    },
    topics: ['FAMILY_EDUCATION', 'LAWS_REGULATIONS'],
    audiences: ['FAMILIES'],
    mode: 'ONLINE',
    provider: college,
    creditHours: 6,
  },
  {
    slug: 'xin-li-jian-kang-shi-jiang',
    title: { zh: '心理健康十讲：做情绪的主人', en: 'Mental Health in Ten Talks: Mastering Your Emotions' },
    summary: {
      zh: '从焦虑、失眠到人际关系，心理咨询师用通俗案例讲解常见心理困扰的识别与自助方法。',
      en: 'From anxiety and insomnia to relationships, counsellors use everyday cases to explain how to recognise common psychological difficulties and help yourself.',
    },
    topics: ['MENTAL_HEALTH'],
    audiences: ['ALL_RESIDENTS'],
    mode: 'ONLINE',
    provider: college,
    creditHours: 10,
  },
  {
    slug: 'ren-gong-zhi-neng-ru-men',
    title: { zh: '人工智能入门：市民也能用好AI', en: 'AI for Everyone: Getting Started' },
    summary: {
      zh: '通俗讲解人工智能的基本原理，演示用AI助手写通知、查资料，并提醒辨别虚假信息。',
      en: 'A plain-language introduction to how artificial intelligence works, with demonstrations of using AI assistants to draft notices and look things up, and advice on spotting false information.',
    },
    topics: ['SCIENCE_CULTURE', 'POPULAR_SCIENCE'],
    audiences: ['ALL_RESIDENTS', 'WORKERS'],
    mode: 'ONLINE',
    provider: college,
    creditHours: 8,
  },
  {
    slug: 'lao-dong-he-tong-yu-zhi-gong-quan-yi-bao-hu',
    title: { zh: '劳动合同与职工权益保护', en: "Employment Contracts and Workers' Rights" },
    summary: {
      zh: '讲解劳动合同签订、工时工资和社会保险等法律规定，教职工通过仲裁等途径依法维权。',
      en: 'Explains the law on signing employment contracts, working hours, pay and social insurance, and how workers can defend their rights through arbitration and other lawful channels.',
    },
    topics: ['LAWS_REGULATIONS', 'LEGAL_KNOWLEDGE'],
    audiences: ['WORKERS'],
    mode: 'ONLINE',
    provider: college,
    creditHours: 6,
  },
  {
    slug: 'jia-ting-li-cai-yu-yang-lao-gui-hua',
    title: { zh: '家庭理财与养老规划', en: 'Family Finance and Retirement Planning' },
    summary: {
      zh: '介绍家庭资产配置、商业保险和个人养老金制度，帮助中青年家庭及早规划养老财务。',
      en: 'Introduces household asset allocation, commercial insurance and the private pension scheme, helping young and middle-aged families plan retirement finances early.',
    },
    topics: ['FAMILY_FINANCE'],
    audiences: ['WORKERS', 'FAMILIES'],
    mode: 'ONLINE',
    provider: college,
    creditHours: 8,
  },
  {
    slug: 'qing-chun-qi-qin-zi-gou-tong',
    title: { zh: '青春期亲子沟通', en: 'Talking with Your Teenager' },
    summary: {
      zh: '家长与青少年同堂参与情景演练，学习倾听与表达，化解青春期常见的亲子冲突。',
      en: 'Parents and teenagers role-play together, learning to listen and to speak up, and defuse the conflicts common in adolescence.',
    },
    topics: ['INTERGENERATIONAL', 'FAMILY_EDUCATION', 'MENTAL_HEALTH'],
    audiences: ['FAMILIES', 'TEENAGERS'],
    mode: 'BLENDED',
    provider: college,
    creditHours: 8,
  },

  // ── Elderly open university college (老年开放大学拱墅学院) ──────────────────
  {
    slug: 'shou-ji-she-ying-yu-duan-shi-pin-jian-ji',
    title: { zh: '手机摄影与短视频剪辑', en: 'Smartphone Photography and Short-video Editing' },
    summary: {
      zh: '学习构图、用光和手机修图，用剪辑App把运河边的生活片段做成短视频，与家人朋友分享。',
      en: 'Learners study composition, light and phone photo editing, then use an editing app to turn scenes of canal-side life into short videos to share with family and friends.',
    },
    topics: ['DIGITAL_SKILLS', 'LEISURE'],
    audiences: ['OLDER_ADULTS'],
    mode: 'BLENDED',
    provider: elderly,
    creditHours: 16,
  },
  {
    slug: 'hu-lu-si-yan-zou-ru-men',
    title: { zh: '葫芦丝演奏入门', en: 'Hulusi Playing for Beginners' },
    summary: {
      zh: '从气息、指法学起，学会《月光下的凤尾竹》等经典曲目，结业时参加班级汇报演出。',
      en: 'Starting with breathing and fingering, learners master classics such as "Phoenix-tail Bamboo in the Moonlight" and perform in a class concert at the end of term.',
    },
    topics: ['LEISURE', 'LEISURE_LIFE'],
    audiences: ['OLDER_ADULTS'],
    mode: 'ON_SITE',
    provider: elderly,
    creditHours: 24,
  },
  {
    slug: 'ba-duan-jin-yu-tai-ji-quan',
    title: { zh: '八段锦与太极拳', en: 'Baduanjin and Tai Chi' },
    summary: {
      zh: '系统学习八段锦和二十四式太极拳，强调动作规范与呼吸配合，增强平衡能力和柔韧性。',
      en: 'A systematic course in Baduanjin and 24-form Tai Chi that stresses correct movement and breathing to improve balance and flexibility.',
    },
    topics: ['WELLNESS'],
    audiences: ['OLDER_ADULTS'],
    mode: 'ON_SITE',
    provider: elderly,
    creditHours: 24,
  },
  {
    slug: 'zhong-yi-si-ji-yang-sheng',
    title: { zh: '中医四季养生', en: 'Seasonal Wellness in Traditional Chinese Medicine' },
    summary: {
      zh: '按照春生夏长、秋收冬藏的规律，讲解节气饮食、穴位保健和起居调养。',
      en: 'Following the traditional rhythm of spring growth, summer flourishing, autumn harvest and winter storage, the course covers seasonal eating, acupoint self-care and daily routines.',
    },
    topics: ['WELLNESS', 'NUTRITION_HEALTH'],
    audiences: ['OLDER_ADULTS'],
    mode: 'ONLINE',
    provider: elderly,
    creditHours: 12,
  },
  {
    slug: 'lao-nian-xin-li-tiao-shi-yu-xing-fu-wan-nian',
    title: { zh: '老年心理调适与幸福晚年', en: 'Emotional Adjustment for a Happy Later Life' },
    summary: {
      zh: '探讨空巢、丧偶和身体衰老带来的心理变化，学习积极应对的方法，活出有尊严、有意义的晚年。',
      en: 'Explores the emotional changes brought by an empty nest, bereavement and physical ageing, and practises positive coping for a dignified and meaningful later life.',
    },
    topics: ['MENTAL_HEALTH', 'LIFE_DIGNITY'],
    audiences: ['OLDER_ADULTS'],
    mode: 'BLENDED',
    provider: elderly,
    creditHours: 8,
  },
  {
    slug: 'yi-zhu-yi-ding-jian-hu-yu-lao-nian-ren-quan-yi',
    title: { zh: '遗嘱、意定监护与老年人权益', en: "Wills, Chosen Guardianship and Older People's Rights" },
    summary: {
      zh: '律师讲解遗嘱的订立形式、意定监护制度和赡养纠纷处理，帮助老年人提前安排、保障权益。',
      en: 'Lawyers explain how to make a valid will, the system of chosen guardianship and how support disputes are settled, helping older adults plan ahead and protect their rights.',
    },
    topics: ['LEGAL_KNOWLEDGE', 'LAWS_REGULATIONS', 'LIFE_DIGNITY'],
    audiences: ['OLDER_ADULTS', 'FAMILIES'],
    mode: 'ONLINE',
    provider: elderly,
    creditHours: 6,
  },
  {
    slug: 'zhi-hui-zhu-lao-zhe-li-ban-wang-shang-ban-shi',
    title: { zh: '智慧助老：“浙里办”网上办事', en: 'Smart Help for Seniors: Handling Public Services on Zheliban' },
    summary: {
      zh: '教老年人用“浙里办”办理养老金认证、社保查询和公交卡年审等常用事项，足不出户办成事。',
      en: 'Shows older adults how to use the Zheliban app for pension verification, social-insurance enquiries and annual renewal of their bus pass without leaving home.',
    },
    topics: ['DIGITAL_SKILLS'],
    audiences: ['OLDER_ADULTS'],
    mode: 'BLENDED',
    provider: elderly,
    creditHours: 8,
  },
  {
    slug: 'lao-nian-shi-yong-ying-yu-kou-yu',
    title: { zh: '老年实用英语口语', en: 'Everyday English for Older Learners' },
    summary: {
      zh: '围绕出境旅行、问路购物和接待外国友人等场景练习英语口语，活到老、学到老。',
      en: 'Learners practise spoken English for travelling abroad, asking the way, shopping and welcoming foreign visitors, because learning never stops.',
    },
    topics: ['SCIENCE_CULTURE', 'LEISURE_LIFE'],
    audiences: ['OLDER_ADULTS'],
    mode: 'ONLINE',
    provider: elderly,
    creditHours: 20,
  },

  // ── Community citizen schools (社区市民学校) ─────────────────────────────────
  {
    slug: 'qiao-xi-li-shi-jie-qu-zhi-yuan-jiang-jie-yuan',
    title: { zh: '桥西历史街区志愿讲解员培训', en: 'Volunteer Guide Training for the Qiaoxi Historic Quarter' },
    summary: {
      zh: '培训青少年和退休居民担任桥西历史街区志愿讲解员，学习街区史话与讲解技巧，传承运河文化。',
      en: 'Trains teenagers and retired residents as volunteer guides for the Qiaoxi historic quarter, teaching its history and guiding skills to pass on canal culture.',
    },
    topics: ['HISTORY_CULTURE', 'IDEOLOGY_ETHICS'],
    audiences: ['TEENAGERS', 'OLDER_ADULTS'],
    mode: 'ON_SITE',
    provider: school('gongchenqiao-qiaoxi'),
    creditHours: 12,
  },
  {
    slug: 'jie-ling-shou-gong-xiang-nang-yu-deng-long',
    title: {
      zh: '传统节令手工：端午香囊与中秋灯笼',
      en: 'Festival Crafts: Dragon Boat Sachets and Mid-Autumn Lanterns',
    },
    summary: {
      zh: '亲子一起缝制端午香囊、扎中秋灯笼，在手工中了解传统节日的由来与习俗。',
      en: 'Parents and children sew Dragon Boat Festival sachets and build Mid-Autumn lanterns together, learning the origins and customs of traditional festivals as they craft.',
    },
    topics: ['HANDICRAFT', 'FAMILY_EDUCATION'],
    audiences: ['FAMILIES', 'TEENAGERS'],
    mode: 'ON_SITE',
    provider: school('hushu-xinyifang'),
    creditHours: 8,
  },
  {
    slug: 'zhu-bian-shou-gong-ru-men',
    title: { zh: '竹编手工入门', en: 'Bamboo Weaving for Beginners' },
    summary: {
      zh: '学习破篾、起底、编织和收口等竹编基本技法，完成果篮、杯垫等实用小件。',
      en: 'Learners practise the basics of bamboo weaving, splitting strips, starting the base, weaving and finishing the rim, and make useful pieces such as fruit baskets and coasters.',
    },
    topics: ['HANDICRAFT'],
    audiences: ['OLDER_ADULTS', 'ALL_RESIDENTS'],
    mode: 'ON_SITE',
    provider: school('xiaohe-changzhengqiao'),
    creditHours: 16,
  },
  {
    slug: 'zu-sun-gong-xue-san-dai-tong-tang',
    title: { zh: '祖孙共学：三代同堂的沟通课', en: 'Grandparents and Grandchildren Learning Together' },
    summary: {
      zh: '祖孙结对完成游戏、访谈和家庭故事记录，促进代际理解，让家风在交流中传承。',
      en: 'Grandparents and grandchildren pair up for games, interviews and recording family stories, building understanding between generations and passing on family traditions.',
    },
    topics: ['INTERGENERATIONAL', 'FAMILY_EDUCATION'],
    audiences: ['FAMILIES', 'OLDER_ADULTS'],
    mode: 'ON_SITE',
    provider: school('daguan-deshengxincun'),
    creditHours: 6,
  },
  {
    slug: 'la-ji-fen-lei-yu-di-tan-sheng-huo',
    title: { zh: '垃圾分类与低碳生活', en: 'Waste Sorting and Low-carbon Living' },
    summary: {
      zh: '讲解杭州生活垃圾分类标准和资源回收知识，倡导节能减排的绿色生活方式。',
      en: "Explains Hangzhou's household waste-sorting rules and recycling, and promotes an energy-saving, low-emission green lifestyle.",
    },
    topics: ['POPULAR_SCIENCE', 'IDEOLOGY_ETHICS'],
    audiences: ['ALL_RESIDENTS'],
    mode: 'ON_SITE',
    provider: school('zhaohui-zhaohuiwuqu'),
    creditHours: 4,
  },
  {
    slug: 'tui-xiu-sheng-huo-shi-ying',
    title: { zh: '退休生活适应：从岗位到社区', en: 'Adjusting to Retirement: From the Workplace to the Community' },
    summary: {
      zh: '帮助即将退休和新退休的职工调整心态、规划时间，找到社区志愿和兴趣学习的新角色。',
      en: 'Helps workers about to retire or newly retired adjust their outlook, plan their time and find new roles in community volunteering and hobby learning.',
    },
    topics: ['MENTAL_HEALTH', 'LEISURE_LIFE'],
    audiences: ['OLDER_ADULTS', 'WORKERS'],
    mode: 'ON_SITE',
    provider: school('banshan-hanggangbeiyuan'),
    creditHours: 6,
  },

  // ── Partner institutions (合作机构) ──────────────────────────────────────────
  {
    slug: 'gen-zhe-wen-wu-du-yun-he',
    title: { zh: '跟着文物读运河：博物馆研学', en: 'Reading the Canal Through Its Relics: A Museum Study Tour' },
    summary: {
      zh: '在中国京杭大运河博物馆中完成研学任务单，通过船模、碑刻和漕运文物读懂运河历史。',
      en: 'At the China Grand Canal Museum, learners work through a study sheet and read canal history in ship models, stone inscriptions and grain-transport relics.',
    },
    topics: ['HISTORY_CULTURE'],
    audiences: ['TEENAGERS', 'FAMILIES'],
    mode: 'ON_SITE',
    provider: partner('canal-museum'),
    creditHours: 8,
  },
  {
    slug: 'dao-jian-jian-shan-san-fei-yi-ji-yi-shang-xi',
    title: {
      zh: '刀剪剑扇伞：杭州非遗技艺赏析',
      en: "Knives, Scissors, Swords, Fans and Umbrellas: Hangzhou's Intangible Heritage",
    },
    summary: {
      zh: '走进工艺美术博物馆，欣赏张小泉剪刀、王星记扇子、西湖绸伞等技艺，并体验扇面绘制。',
      en: 'In the Arts and Crafts Museum, learners admire Zhang Xiaoquan scissors, Wang Xingji fans and West Lake silk umbrellas, and try painting a fan.',
    },
    topics: ['HANDICRAFT', 'HISTORY_CULTURE'],
    audiences: ['ALL_RESIDENTS'],
    mode: 'BLENDED',
    provider: partner('craft-museum'),
    creditHours: 8,
  },
  {
    slug: 'gong-shu-di-ming-li-de-yun-he-ji-yi',
    title: { zh: '拱墅地名里的运河记忆', en: 'Canal Memories in Gongshu Place Names' },
    summary: {
      zh: '从卖鱼桥、大关、德胜坝等地名考证入手，还原运河沿线的码头、关卡与市井生活。',
      en: 'Tracing the origins of place names such as Maiyuqiao, Daguan and Deshengba, the course reconstructs the wharves, toll gates and street life along the canal.',
    },
    topics: ['HISTORY_CULTURE', 'SCIENCE_CULTURE'],
    audiences: ['ALL_RESIDENTS'],
    mode: 'ONLINE',
    provider: partner('canal-research'),
    creditHours: 6,
  },
  {
    slug: 'gong-cheng-guan-li-xue-li-ji-xu-jiao-yu',
    title: {
      zh: '工程管理专业学历继续教育导学',
      en: 'Continuing Degree Education in Engineering Management: Orientation',
    },
    summary: {
      zh: '介绍高校继续教育工程管理专业的课程体系和学位要求，帮助建筑、物业行业职工提升学历。',
      en: 'Introduces the curriculum and degree requirements of a university continuing-education programme in engineering management, for construction and property-management workers seeking a degree.',
    },
    topics: ['ACADEMIC_UPGRADING', 'VOCATIONAL_SKILLS'],
    audiences: ['WORKERS'],
    mode: 'ONLINE',
    provider: partner('zjut'),
    creditHours: 24,
  },
  {
    slug: 'kai-fang-da-xue-xue-xi-fang-fa',
    title: {
      zh: '开放大学学习方法与网上学习平台',
      en: 'How to Study at the Open University and Use Its Online Platform',
    },
    summary: {
      zh: '指导新生使用网上学习平台完成选课、看课、作业和考试，掌握成人在职学习的时间管理方法。',
      en: 'Shows new students how to choose courses, watch lectures, submit assignments and sit exams on the online platform, and how to manage time while studying alongside work.',
    },
    topics: ['ACADEMIC_UPGRADING', 'SCIENCE_CULTURE'],
    audiences: ['WORKERS', 'OLDER_ADULTS'],
    mode: 'ONLINE',
    provider: partner('hzou'),
    creditHours: 4,
  },
  {
    slug: 'zhong-shi-mian-dian-shi-zhi-ye-ji-neng',
    title: { zh: '中式面点师职业技能培训', en: 'Chinese Pastry Chef Vocational Training' },
    summary: {
      zh: '学习包子、烧卖、定胜糕等杭式面点的制作工艺与食品安全规范，可参加面点师职业技能等级认定。',
      en: 'Learners master Hangzhou-style buns, shaomai and Dingsheng cakes along with food-safety rules, and may sit the pastry-chef skill-level assessment.',
    },
    topics: ['VOCATIONAL_SKILLS', 'NUTRITION_HEALTH'],
    audiences: ['WORKERS'],
    mode: 'ON_SITE',
    provider: partner('zjcz'),
    creditHours: 32,
  },
  {
    slug: 'xing-kong-li-de-ke-xue-tian-wen-ke-pu',
    title: { zh: '星空里的科学：天文科普讲堂', en: 'Science in the Stars: Astronomy Talks' },
    summary: {
      zh: '在科技馆球幕影院和观测台认识星座、行星与航天发展，亲子一起动手做简易星图。',
      en: "In the science museum's dome theatre and observatory, learners meet the constellations, the planets and China's space programme, and parents and children make a simple star chart together.",
    },
    topics: ['POPULAR_SCIENCE', 'SCIENCE_CULTURE'],
    audiences: ['TEENAGERS', 'FAMILIES'],
    mode: 'BLENDED',
    provider: partner('zjstm'),
    creditHours: 8,
  },
  {
    slug: 'gang-tie-shi-zen-yang-lian-cheng-de',
    title: { zh: '钢铁是怎样炼成的：工业科普课', en: 'How Steel Is Made: An Industrial Science Class' },
    summary: {
      zh: '借助高炉模型和互动展项，讲解从铁矿石到钢材的冶炼过程，以及钢铁工业的绿色转型。',
      en: 'With blast-furnace models and interactive exhibits, the class explains how iron ore becomes steel and how the steel industry is going green.',
    },
    topics: ['POPULAR_SCIENCE'],
    audiences: ['TEENAGERS'],
    mode: 'ON_SITE',
    provider: partner('steel-science'),
    creditHours: 4,
  },
  {
    slug: 'pi-fu-jian-kang-yu-ke-xue-hu-fu',
    title: { zh: '皮肤健康与科学护肤', en: 'Healthy Skin and Science-based Skincare' },
    summary: {
      zh: '皮肤科医生讲解湿疹、带状疱疹等常见皮肤病的预防，以及防晒和护肤品选择的科学常识。',
      en: 'Dermatologists explain how to prevent common skin conditions such as eczema and shingles, and give science-based advice on sun protection and choosing skincare products.',
    },
    topics: ['NUTRITION_HEALTH', 'POPULAR_SCIENCE'],
    audiences: ['ALL_RESIDENTS'],
    mode: 'ONLINE',
    provider: partner('hz-third-hospital'),
    creditHours: 4,
  },
  {
    slug: 'lao-nian-ren-fang-die-dao-yu-ju-jia-an-quan',
    title: { zh: '老年人防跌倒与居家安全', en: 'Fall Prevention and Home Safety for Older Adults' },
    summary: {
      zh: '康复医师评估跌倒风险，示范平衡训练和居家适老化改造要点，减少意外伤害。',
      en: 'Rehabilitation doctors assess fall risk and demonstrate balance exercises and key home adaptations for ageing in place, reducing accidental injuries.',
    },
    topics: ['WELLNESS', 'LIFE_DIGNITY'],
    audiences: ['OLDER_ADULTS', 'FAMILIES'],
    mode: 'BLENDED',
    provider: partner('zjph'),
    creditHours: 4,
  },
  {
    slug: 'zhong-yi-yao-shan-yu-ti-zhi-tiao-li',
    title: { zh: '中医药膳与体质调理', en: 'Medicinal Cuisine and Body-constitution Care in Chinese Medicine' },
    summary: {
      zh: '中医师讲解九种体质的辨识方法，现场示范四季药膳汤羹的配伍与烹制。',
      en: 'Chinese-medicine doctors explain how to identify the nine body constitutions and demonstrate seasonal medicinal soups, their ingredients and cooking.',
    },
    topics: ['NUTRITION_HEALTH', 'WELLNESS'],
    audiences: ['ALL_RESIDENTS'],
    mode: 'ON_SITE',
    provider: partner('gs-tcm'),
    creditHours: 8,
  },
  {
    slug: 'yun-chan-yu-ying-you-er-zhao-hu',
    title: { zh: '孕产与婴幼儿照护', en: 'Pregnancy and Infant Care' },
    summary: {
      zh: '产科和儿科医护人员讲解孕期保健、母乳喂养和婴幼儿常见病护理，帮助新手父母科学育儿。',
      en: 'Obstetric and paediatric staff cover prenatal care, breastfeeding and caring for common infant illnesses, helping new parents raise children with confidence.',
    },
    topics: ['FAMILY_EDUCATION', 'NUTRITION_HEALTH'],
    audiences: ['FAMILIES'],
    mode: 'BLENDED',
    provider: partner('gs-hospital'),
    creditHours: 8,
  },
  {
    slug: 'yun-he-bian-de-du-shu-hui',
    title: { zh: '运河边的读书会：经典名著共读', en: 'Canal-side Book Club: Reading the Classics Together' },
    summary: {
      zh: '每月共读一部中外经典，由馆员导读并组织线上线下分享，营造书香拱墅的阅读氛围。',
      en: 'Each month the club reads a Chinese or world classic, introduced by a librarian, with sharing sessions online and in person to grow a reading culture in Gongshu.',
    },
    topics: ['LEISURE_LIFE', 'HISTORY_CULTURE'],
    audiences: ['ALL_RESIDENTS'],
    mode: 'BLENDED',
    provider: partner('gs-library'),
    creditHours: 12,
  },
  {
    slug: 'hui-ben-li-de-cheng-zhang-ke',
    title: { zh: '绘本里的成长课', en: 'Growing Up with Picture Books' },
    summary: {
      zh: '借助精选绘本与家长探讨情绪管理、规则意识和生命教育，学习亲子共读的引导方法。',
      en: 'Using selected picture books, parents explore emotions, rules and life education with their children and learn how to guide shared reading.',
    },
    topics: ['FAMILY_EDUCATION'],
    audiences: ['FAMILIES'],
    mode: 'ON_SITE',
    provider: partner('gs-children-library'),
    creditHours: 6,
  },
  {
    slug: 'zhi-hui-zhu-lao-yi-dong-zhi-fu-yu-wang-gou-an-quan',
    title: {
      zh: '智慧助老进阶：移动支付与网购安全',
      en: 'Smart Help for Seniors, Advanced: Mobile Payment and Safe Online Shopping',
    },
    summary: {
      zh: '教老年人设置支付密码和限额、网上买菜与退换货，识别虚假链接，安全享受数字生活。',
      en: 'Teaches older adults to set payment passwords and limits, buy groceries online and return goods, and spot fake links, so they can enjoy digital life safely.',
    },
    topics: ['DIGITAL_SKILLS', 'FAMILY_FINANCE'],
    audiences: ['OLDER_ADULTS'],
    mode: 'BLENDED',
    provider: partner('leling'),
    creditHours: 12,
  },
  {
    slug: 'xiao-xue-sheng-xue-xi-xi-guan-pei-yang',
    title: { zh: '家长学堂：小学生学习习惯培养', en: "Parents' School: Building Good Study Habits in Primary Pupils" },
    summary: {
      zh: '家庭教育指导师讲解专注力、时间管理和作业陪伴的方法，帮助家长减少焦虑、科学陪学。',
      en: 'Family-education counsellors explain how to build focus, manage time and support homework, helping parents worry less and support learning well.',
    },
    topics: ['FAMILY_EDUCATION', 'MENTAL_HEALTH'],
    audiences: ['FAMILIES'],
    mode: 'ONLINE',
    provider: partner('family-edu'),
    creditHours: 8,
  },
  {
    slug: 'jia-zheng-fu-wu-yuan-zhi-ye-ji-neng',
    title: { zh: '家政服务员职业技能培训', en: 'Domestic Service Worker Vocational Training' },
    summary: {
      zh: '系统培训家居保洁、膳食制作和母婴、老人照护技能，结业可参加家政服务员职业技能等级认定。',
      en: 'Systematic training in housekeeping, cooking and caring for mothers, babies and older people; graduates may sit the domestic-service skill-level assessment.',
    },
    topics: ['VOCATIONAL_SKILLS'],
    audiences: ['WORKERS'],
    mode: 'ON_SITE',
    provider: partner('skills-centre'),
    creditHours: 32,
  },
  {
    slug: 'yue-ju-chang-qiang-xin-shang-yu-yan-chang',
    title: { zh: '越剧唱腔欣赏与演唱', en: 'Yue Opera: Appreciation and Singing' },
    summary: {
      zh: '赏析袁派、尹派等越剧流派的经典唱段，学唱《梁祝》《红楼梦》选段，感受江南戏曲之美。',
      en: 'Learners appreciate classic arias of the Yuan and Yin schools of Yue opera and learn excerpts from "The Butterfly Lovers" and "Dream of the Red Chamber", discovering the beauty of Jiangnan opera.',
    },
    topics: ['LEISURE', 'HISTORY_CULTURE'],
    audiences: ['OLDER_ADULTS'],
    mode: 'ON_SITE',
    provider: partner('gs-culture'),
    creditHours: 16,
  },
  {
    slug: 'xing-shu-lin-tie-lan-ting-xu',
    title: { zh: '行书临帖进阶：《兰亭序》', en: 'Running Script, Advanced: Copying the Orchid Pavilion Preface' },
    summary: {
      zh: '书法家协会会员逐字讲解《兰亭序》的笔法与章法，指导学员完成整篇临摹。',
      en: "Members of the calligraphers' association explain the brushwork and layout of the Orchid Pavilion Preface character by character and guide learners through copying the whole text.",
    },
    topics: ['LEISURE', 'HISTORY_CULTURE'],
    audiences: ['ALL_RESIDENTS', 'OLDER_ADULTS'],
    mode: 'ON_SITE',
    provider: partner('calligraphy'),
    creditHours: 24,
  },
  {
    slug: 'men-qiu-yun-dong-ru-men',
    title: { zh: '门球运动入门', en: 'Gateball for Beginners' },
    summary: {
      zh: '学习门球的规则、击球技术和团队战术，在户外运动中强身健体、结交球友。',
      en: 'Learners pick up the rules, striking technique and team tactics of gateball, keeping fit outdoors and making new friends.',
    },
    topics: ['LEISURE', 'WELLNESS'],
    audiences: ['OLDER_ADULTS'],
    mode: 'ON_SITE',
    provider: partner('elderly-sports'),
    creditHours: 12,
  },
  {
    slug: 'zhi-yuan-fu-wu-yu-gong-min-dao-de',
    title: { zh: '新时代文明实践：志愿服务与公民道德', en: 'Civic Virtue in Practice: Volunteering and Public Ethics' },
    summary: {
      zh: '结合拱墅“运河志愿者”的真实故事，讲解公民道德规范和志愿服务的组织方法，鼓励居民参与社区治理。',
      en: "Through real stories of Gongshu's canal volunteers, the course covers civic ethics and how volunteer work is organised, and encourages residents to take part in running their communities.",
    },
    topics: ['IDEOLOGY_ETHICS'],
    audiences: ['ALL_RESIDENTS', 'WORKERS'],
    mode: 'BLENDED',
    provider: partner('volunteers'),
    creditHours: 6,
  },
]

/** Longer courses get a small teaching team. */
function teamSize(creditHours: number): number {
  if (creditHours <= 8) return 1
  if (creditHours <= 20) return 2
  return 3
}

/**
 * Picks each course's teachers from the active teacher pool: teachers who
 * share the most topics with the course come first, then those of the
 * provider itself or its street, then those who teach its audiences; the
 * teachers already given the most courses drop back so the load spreads.
 * Ties break on the teacher id, so the result is the same on every run.
 */
export function seedCourses(): CourseSeed[] {
  const institutionStreets = new Map(seedInstitutions().map((i) => [i.externalId, i.street ?? null]))
  const teachers = seedTeachers().filter((t) => t.active !== false)
  const load = new Map<string, number>()

  return COURSES.map((row): CourseSeed => {
    if (!institutionStreets.has(row.provider)) throw new Error(`course ${row.slug}: unknown provider ${row.provider}`)
    const providerStreet = institutionStreets.get(row.provider) ?? null
    const ranked = teachers
      .map((teacher) => {
        const overlap = teacher.topics.filter((t) => row.topics.includes(t)).length
        const audienceOverlap = teacher.audiences.filter((a) => row.audiences.includes(a)).length
        const score =
          overlap * 10 +
          (teacher.institution === row.provider ? 5 : 0) +
          (providerStreet !== null && teacher.street === providerStreet ? 3 : 0) +
          audienceOverlap * 2 -
          (load.get(teacher.externalId) ?? 0) * 4
        return { teacher, overlap, score }
      })
      .filter((candidate) => candidate.overlap > 0)
      .sort((a, b) => b.score - a.score || a.teacher.externalId.localeCompare(b.teacher.externalId))
    const wanted = teamSize(row.creditHours)
    if (ranked.length < wanted) throw new Error(`course ${row.slug}: only ${ranked.length} teachers teach its topics`)
    const chosen = ranked.slice(0, wanted).map((candidate) => candidate.teacher.externalId)
    for (const id of chosen) load.set(id, (load.get(id) ?? 0) + 1)

    return {
      slug: row.slug,
      title: { ...row.title },
      summary: { ...row.summary },
      topics: [...row.topics],
      audiences: [...row.audiences],
      mode: row.mode,
      provider: SEED_PREFIX + row.provider,
      teachers: chosen.map((id) => SEED_PREFIX + id),
      creditHours: row.creditHours,
    }
  })
}
