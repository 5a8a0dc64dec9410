/**
 * The lecture series the hub starts with: 12 programmes of the kinds Gongshu
 * runs (市民大课堂, 社区老年学堂, 全民终身学习活动周), 150 sessions in all.
 * Each names the streets it tours; the schedule (`scheduleSeries`) places
 * every session at a real venue of those streets, inside its opening hours,
 * with a teacher of the series' topics who is free at that time.
 */
import type { Audience, Topic } from '../../server/domain/vocabulary.ts'

export interface SeriesSeed {
  slug: string
  brand: 'citizen_lecture' | 'elderly_school' | 'learning_week'
  title: { zh: string; en: string }
  summary: { zh: string; en: string }
  topics: Topic[]
  audiences: Audience[]
  /** Session titles in order; the series has exactly this many sessions. */
  sessionTitles: string[]
  /** Preferred start times (Hangzhou, HH:MM), tried in order at each venue. */
  startTimes: string[]
  /** Minutes per session. */
  minutes: number
  /** Days between sessions: 7 weekly, 1 for a learning week. */
  everyDays: number
  /** Also streamed: sessions get an online link. */
  streamed: boolean
  /** Seats wanted; a smaller venue caps it. */
  seats: number
}

const numbered = (stem: string, topics: string[]): string[] => topics.map((topic, index) => `${stem}第${index + 1}讲：${topic}`)

export const SERIES: SeriesSeed[] = [
  {
    slug: 'yun-he-wen-hua-shi-min-da-ke-tang',
    brand: 'citizen_lecture',
    title: { zh: '大运河文化市民大课堂', en: 'Grand Canal Culture: Citizens’ Lecture Hall' },
    summary: { zh: '从拱宸桥到富义仓，名师带您读懂家门口的世界文化遗产。', en: 'From Gongchen Bridge to Fuyi Granary: reading the World Heritage site on your doorstep.' },
    topics: ['HISTORY_CULTURE'],
    audiences: ['ALL_RESIDENTS'],
    sessionTitles: numbered('运河', ['拱宸桥的前世今生', '富义仓与漕运', '小河直街的老字号', '运河上的船民生活', '桥西历史街区', '运河诗词', '运河非遗', '运河与杭州城', '申遗十年', '运河博物馆导览', '运河上的茶', '运河民俗', '运河地名故事', '运河的未来', '运河摄影', '运河文化总结']),
    startTimes: ['14:30', '09:30', '19:00'],
    minutes: 90,
    everyDays: 7,
    streamed: true,
    seats: 120,
  },
  {
    slug: 'shou-ji-bu-qiu-ren-lao-nian-xue-tang',
    brand: 'elderly_school',
    title: { zh: '社区老年学堂·手机不求人', en: 'Community School for Older Adults: Smartphone Confidence' },
    summary: { zh: '一步步学会扫码就医、网上缴费、识别诈骗电话。', en: 'Step by step: booking a doctor, paying bills online and spotting scam calls.' },
    topics: ['DIGITAL_SKILLS'],
    audiences: ['OLDER_ADULTS'],
    sessionTitles: numbered('手机', ['开机与设置', '微信聊天', '视频通话', '扫码付款', '健康码与就医', '网上挂号', '识别诈骗', '打车与出行', '拍照与相册', '网上缴费', '政务服务', '学习总结与答疑', '出行导航', '在线购物']),
    startTimes: ['09:00', '14:00'],
    minutes: 90,
    everyDays: 7,
    streamed: false,
    seats: 40,
  },
  {
    slug: 'jia-ting-jiao-yu-shi-min-da-ke-tang',
    brand: 'citizen_lecture',
    title: { zh: '家庭教育市民大课堂', en: 'Family Education: Citizens’ Lecture Hall' },
    summary: { zh: '亲子沟通、青春期陪伴与家校合作，专家与家长面对面。', en: 'Talking with children, the teenage years and working with schools, face to face with experts.' },
    topics: ['FAMILY_EDUCATION', 'INTERGENERATIONAL'],
    audiences: ['FAMILIES'],
    sessionTitles: numbered('家教', ['读懂孩子的情绪', '亲子沟通的技巧', '青春期的陪伴', '手机与孩子', '学习习惯养成', '隔代教养', '家校合作', '孩子的安全教育', '阅读的家庭', '挫折教育', '劳动教育', '家庭会议']),
    startTimes: ['19:00', '14:30', '09:30'],
    minutes: 90,
    everyDays: 7,
    streamed: true,
    seats: 80,
  },
  {
    slug: 'yang-sheng-bao-jian-lao-nian-xue-tang',
    brand: 'elderly_school',
    title: { zh: '社区老年学堂·养生保健', en: 'Community School for Older Adults: Keeping Well' },
    summary: { zh: '慢病管理、合理膳食与居家康复，社区医生来讲课。', en: 'Chronic conditions, eating well and recovering at home, taught by community doctors.' },
    topics: ['WELLNESS', 'NUTRITION_HEALTH'],
    audiences: ['OLDER_ADULTS'],
    sessionTitles: numbered('养生', ['高血压的家庭管理', '糖尿病饮食', '骨质疏松预防', '睡眠与健康', '八段锦入门', '合理用药', '防跌倒', '四季养生', '中医体质', '心脑血管保健', '居家康复', '健康体检解读']),
    startTimes: ['09:00', '14:00'],
    minutes: 90,
    everyDays: 7,
    streamed: false,
    seats: 50,
  },
  {
    slug: 'fei-yi-shou-zuo-shi-min-da-ke-tang',
    brand: 'citizen_lecture',
    title: { zh: '非遗手作市民大课堂', en: 'Intangible Heritage Crafts: Citizens’ Lecture Hall' },
    summary: { zh: '伞、扇、剪纸与刺绣，跟着传承人动手做。', en: 'Umbrellas, fans, paper-cutting and embroidery, made by hand with heritage masters.' },
    topics: ['HANDICRAFT', 'HISTORY_CULTURE'],
    audiences: ['ALL_RESIDENTS', 'TEENAGERS'],
    sessionTitles: numbered('手作', ['油纸伞', '杭扇', '剪纸', '杭绣', '篆刻', '竹编', '泥塑', '拓印', '风筝', '香囊', '灯笼', '作品展']),
    startTimes: ['14:00', '09:30'],
    minutes: 120,
    everyDays: 7,
    streamed: false,
    seats: 30,
  },
  {
    slug: 'fa-zhi-an-quan-lao-nian-xue-tang',
    brand: 'elderly_school',
    title: { zh: '社区老年学堂·法治与安全', en: 'Community School for Older Adults: Law and Safety' },
    summary: { zh: '防范养老诈骗、遗嘱与继承、消费维权，律师讲给您听。', en: 'Pension scams, wills and inheritance, consumer rights, explained by lawyers.' },
    topics: ['LEGAL_KNOWLEDGE', 'LAWS_REGULATIONS'],
    audiences: ['OLDER_ADULTS'],
    sessionTitles: numbered('法治', ['养老诈骗的套路', '遗嘱与继承', '消费维权', '赡养与家庭关系', '房产与租赁', '保健品陷阱', '医疗纠纷', '个人信息保护', '法律援助', '民法典与生活', '交通安全', '案例讨论']),
    startTimes: ['09:30', '14:30'],
    minutes: 90,
    everyDays: 7,
    streamed: false,
    seats: 60,
  },
  {
    slug: 'zhi-gong-chong-dian-ye-jian-ke-tang',
    brand: 'citizen_lecture',
    title: { zh: '职工充电夜间市民大课堂', en: 'Evening Classes for Working People: Citizens’ Lecture Hall' },
    summary: { zh: '下班后的两小时：办公软件、职业素养与心理调适。', en: 'Two hours after work: office software, professional skills and coping with stress.' },
    topics: ['VOCATIONAL_SKILLS', 'MENTAL_HEALTH'],
    audiences: ['WORKERS'],
    sessionTitles: numbered('充电', ['表格高手', '演示文稿', '职场写作', '时间管理', '压力与情绪', '沟通与协作', '数据思维', '职业规划', '人工智能工具', '求职面试', '个人理财', '总结分享']),
    startTimes: ['19:00', '18:30'],
    minutes: 90,
    everyDays: 7,
    streamed: true,
    seats: 60,
  },
  {
    slug: 'ke-pu-zhi-shi-lao-nian-xue-tang',
    brand: 'elderly_school',
    title: { zh: '社区老年学堂·科普知识', en: 'Community School for Older Adults: Popular Science' },
    summary: { zh: '天文、气象、生物与新能源，用生活里的例子讲科学。', en: 'Astronomy, weather, life and new energy, told through everyday examples.' },
    topics: ['POPULAR_SCIENCE', 'SCIENCE_CULTURE'],
    audiences: ['OLDER_ADULTS', 'ALL_RESIDENTS'],
    sessionTitles: numbered('科普', ['星空与节气', '天气预报怎么来', '身边的植物', '新能源汽车', '垃圾分类的科学', '食品安全', '地震与防灾', '人工智能是什么', '水的故事', '城市的桥', '鸟类观察', '科学小实验']),
    startTimes: ['14:00', '09:00'],
    minutes: 90,
    everyDays: 7,
    streamed: false,
    seats: 50,
  },
  {
    slug: 'quan-min-zhong-shen-xue-xi-huo-dong-zhou',
    brand: 'learning_week',
    title: { zh: '全民终身学习活动周·拱墅站', en: 'Lifelong Learning Week: Gongshu' },
    summary: { zh: '一周十四场，全区街道联动，人人皆学、处处能学、时时可学。', en: 'Fourteen events in one week across the district: learning for everyone, everywhere, any time.' },
    topics: ['LEISURE_LIFE', 'HISTORY_CULTURE', 'SCIENCE_CULTURE'],
    audiences: ['ALL_RESIDENTS'],
    sessionTitles: numbered('学习周', ['开幕式', '运河读书会', '非遗市集', '科普嘉年华', '老年才艺展', '亲子手作', '健康讲座', '法律咨询', '职工技能秀', '社区合唱', '书法笔会', '摄影展', '诗歌朗诵', '闭幕式']),
    startTimes: ['09:30', '14:30', '19:00'],
    minutes: 90,
    everyDays: 1,
    streamed: true,
    seats: 150,
  },
  {
    slug: 'xin-li-jian-kang-shi-min-da-ke-tang',
    brand: 'citizen_lecture',
    title: { zh: '心理健康市民大课堂', en: 'Mental Health: Citizens’ Lecture Hall' },
    summary: { zh: '认识焦虑与抑郁，学会倾听与自我照顾。', en: 'Understanding anxiety and low mood; learning to listen and to look after yourself.' },
    topics: ['MENTAL_HEALTH', 'LIFE_DIGNITY'],
    audiences: ['ALL_RESIDENTS', 'FAMILIES'],
    sessionTitles: numbered('心理', ['情绪的来历', '焦虑与应对', '睡不好怎么办', '倾听的艺术', '家庭中的冲突', '孤独与陪伴', '哀伤与告别', '正念练习', '青少年心理', '职场心理', '老年心理', '自我关怀']),
    startTimes: ['19:00', '14:30'],
    minutes: 90,
    everyDays: 7,
    streamed: true,
    seats: 80,
  },
  {
    slug: 'jia-ting-li-cai-lao-nian-xue-tang',
    brand: 'elderly_school',
    title: { zh: '社区老年学堂·家庭理财', en: 'Community School for Older Adults: Family Finance' },
    summary: { zh: '存款、保险与养老金，守好自己的钱袋子。', en: 'Savings, insurance and pensions: keeping your money safe.' },
    topics: ['FAMILY_FINANCE'],
    audiences: ['OLDER_ADULTS'],
    sessionTitles: numbered('理财', ['家庭账本', '存款与国债', '保险怎么买', '养老金知识', '识别非法集资', '医保报销', '手机银行安全', '遗产规划', '以房养老', '理财答疑', '子女与财产', '总结']),
    startTimes: ['09:30', '14:00'],
    minutes: 90,
    everyDays: 7,
    streamed: false,
    seats: 40,
  },
  {
    slug: 'xian-xia-sheng-huo-shi-min-da-ke-tang',
    brand: 'citizen_lecture',
    title: { zh: '闲暇生活市民大课堂', en: 'Leisure Life: Citizens’ Lecture Hall' },
    summary: { zh: '书法、茶艺、摄影与花艺，让闲暇更有味道。', en: 'Calligraphy, tea, photography and flowers: making free time richer.' },
    topics: ['LEISURE_LIFE', 'LEISURE'],
    audiences: ['ALL_RESIDENTS', 'OLDER_ADULTS'],
    sessionTitles: numbered('闲暇', ['书法入门', '茶艺', '手机摄影', '插花', '太极扇', '古琴欣赏', '越剧欣赏', '园艺', '烘焙', '结业展示']),
    startTimes: ['14:30', '09:30'],
    minutes: 90,
    everyDays: 7,
    streamed: false,
    seats: 40,
  },
]
