/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 电子档案文件。An archive document. */
export type ArchiveDocumentInput = {
  /** 文件地址或媒体编号。File URL or media id. */
  file: string;
  /** 标题。Title. */
  title: string;
};

/** 学习对象。Who a course or teacher serves. */
export type Audience =
  /** 全体居民。All residents. */
  | 'ALL_RESIDENTS'
  /** 家庭和家长。Families and parents. */
  | 'FAMILIES'
  /** 老年人。Older adults. */
  | 'OLDER_ADULTS'
  /** 青少年。Teenagers. */
  | 'TEENAGERS'
  /** 职工。Workers. */
  | 'WORKERS';

/** 变更的动作。What happened to the entity. */
export type CatalogueChangeAction =
  /** 开始公开：首次发布或登记，或撤下后重新发布。Became public: published or registered for the first time, or published again after a withdrawal. */
  | 'CREATED'
  /** 撤下、删除或许可到期：不再公开。Withdrawn, deleted or its license ended: no longer public. */
  | 'REMOVED'
  /** 公开期间的更新（含再次发布）。Changed while public (including a publish of a new version). */
  | 'UPDATED';

/** 变更涉及的对象类别。What kind of public entity a change touched. */
export type CatalogueChangeKind =
  /** 专题。A collection. */
  | 'COLLECTION'
  /** 社区。A community. */
  | 'COMMUNITY'
  /** 课程。A course. */
  | 'COURSE'
  /** 机构（登记库）。A registry institution. */
  | 'INSTITUTION'
  /** 系列讲座。A lecture series. */
  | 'SERIES'
  /** 场次。A session of a lecture series. */
  | 'SESSION'
  /** 街道。A street. */
  | 'STREET'
  /** 教师（师资库）。A registry teacher. */
  | 'TEACHER'
  /** 场地（场地库）。A registry venue. */
  | 'VENUE';

/** 政策规定的考核指标。A figure the policy fixes. */
export type ComplianceRule =
  /** 每万常住人口专职社区教育工作者 ≥ 0.5（全区）。Full-time workers per 10,000 residents, district-wide, >= 0.5. */
  | 'DISTRICT_WORKERS_PER_10K'
  /** 社区教育经费 ≥ 4 元/常住人口/年。Funding >= 4 CNY per resident per year. */
  | 'FUNDING_PER_RESIDENT'
  /** 街道分院专职教师和管理人员 ≥ 常住人口 0.01% 且 ≥ 3。Street branch full-time staff >= 0.01% of residents and >= 3. */
  | 'STREET_BRANCH_STAFF'
  /** 街道社区学校用房 ≥ 500 平方米。Street community school floor area >= 500 m². */
  | 'STREET_SCHOOL_FLOOR_AREA'
  /** 每个社区教学点 ≥ 1 名管理人员或专职教师。Each community teaching point has >= 1 manager or full-time teacher. */
  | 'TEACHING_POINT_STAFF';

/** 专题筛选条件，各条件同时满足。Collection filters; all must hold. */
export type CourseCollectionFilter = {
  /** 其中任一对象。Any of these audiences. */
  audiences?: Array<Audience> | null | undefined;
  /** 收录了这门课程。Includes this course. */
  course?: string | number | null | undefined;
  /** 标题、主题或导语包含的文字（中英文，不区分大小写）。Text in the title, theme or intro, either language, any case. */
  text?: string | null | undefined;
};

/** 课程筛选条件，各条件同时满足。Course filters; all must hold. */
export type CourseFilter = {
  /** 其中任一对象。Any of these audiences. */
  audiences?: Array<Audience> | null | undefined;
  /** true 只要免费课程，false 只要收费课程。true: free courses only; false: paid ones only. */
  free?: boolean | null | undefined;
  /** 最多学时。Maximum credit hours. */
  maxCreditHours?: number | null | undefined;
  /** 最少学时。Minimum credit hours. */
  minCreditHours?: number | null | undefined;
  /** 学习方式之一。Any of these modes. */
  modes?: Array<LearningMode> | null | undefined;
  /** 提供机构。Provider institution. */
  provider?: string | number | null | undefined;
  /** 提供机构所在街道（街道编号）。The provider institution’s street (street id). */
  street?: string | number | null | undefined;
  /** 授课教师。Taught by this teacher. */
  teacher?: string | number | null | undefined;
  /** 标题或简介包含的文字（中英文，不区分大小写）。Text in the title or summary, either language, any case. */
  text?: string | null | undefined;
  /** 其中任一主题。Any of these topics. */
  topics?: Array<Topic> | null | undefined;
};

/** 课程排序。Order of a course list. */
export type CourseSort =
  /** 学时多的在前，未定学时的在最后。Most credit hours first; courses without credit hours last. */
  | 'CREDIT_HOURS'
  /** 按标题（默认）。By title (default). */
  | 'NAME'
  /** 最新发布在前。Most recently published first. */
  | 'NEWEST';

/** 记录类别。What a credit-bank record is. */
export type CreditBankRecordKind =
  /** 已发布的课程（带学时）。A published course, with its credit hours. */
  | 'COURSE'
  /** 时间段内举行的讲座场次。A session of a lecture series held in the period. */
  | 'SESSION';

/** 数据库服务器类型。Kind of MongoDB-compatible server. */
export type DatabaseKind =
  /** FerretDB（SQLite 存储，离线嵌入式）。FerretDB on SQLite, the embedded offline server. */
  | 'FERRETDB'
  /** MongoDB 本身。MongoDB itself. */
  | 'MONGODB';

/** 任职方式。How a teacher works with the network. */
export type Employment =
  /** 专职。Full-time. */
  | 'FULL_TIME'
  /** 兼职。Part-time. */
  | 'PART_TIME'
  /** 志愿者。Volunteer. */
  | 'VOLUNTEER';

/** 场地设施。A venue facility. */
export type Facility =
  /** 电脑。Computers. */
  | 'COMPUTERS'
  /** 舞蹈室。Dance floor. */
  | 'DANCE_FLOOR'
  /** 助听环路。Hearing loop. */
  | 'HEARING_LOOP'
  /** 厨房。Kitchen. */
  | 'KITCHEN'
  /** 图书角。Reading corner. */
  | 'LIBRARY_CORNER'
  /** 户外场地。Outdoor space. */
  | 'OUTDOOR_SPACE'
  /** 钢琴。Piano. */
  | 'PIANO'
  /** 投影仪。Projector. */
  | 'PROJECTOR'
  /** 音响。Sound system. */
  | 'SOUND_SYSTEM'
  /** 舞台。Stage. */
  | 'STAGE'
  /** 无障碍通道。Step-free access. */
  | 'STEP_FREE_ACCESS'
  /** 无线网络。Wi-Fi. */
  | 'WIFI';

/** 机构筛选条件，各条件同时满足。Institution filters; all must hold. */
export type InstitutionFilter = {
  /** 社区编号。Community id. */
  community?: string | number | null | undefined;
  /** 是否合作机构。Partners only, or none. */
  isPartner?: boolean | null | undefined;
  /** 类型之一。Any of these kinds. */
  kinds?: Array<InstitutionKind> | null | undefined;
  /** 层级之一。Any of these levels. */
  levels?: Array<NetworkLevel> | null | undefined;
  /** 街道编号。Street id. */
  street?: string | number | null | undefined;
  /** 名称或地址包含的文字（支持中文）。Text in the name or address. */
  text?: string | null | undefined;
};

/** 推送的一条机构记录。One institution record as pushed. */
export type InstitutionInput = {
  /** 地址。Address. */
  address?: string | null | undefined;
  /** 所属社区（编号或名称）。Community, by id or name. */
  community?: string | null | undefined;
  /** 对外联系邮箱。Public email. */
  contactEmail?: string | null | undefined;
  /** 对外联系电话。Public phone. */
  contactPhone?: string | null | undefined;
  /** 来源系统内的编号（与来源一起作为更新键）。Id in the source system; with the source, the upsert key. */
  externalId: string;
  /** 办学面积（平方米）。Floor area of a school, in m². */
  floorAreaM2?: number | null | undefined;
  /** 专职社区教育人员数。Full-time community-education staff. */
  fullTimeStaff?: number | null | undefined;
  /** 是否为可提交课程的合作机构。Whether it may submit courses. */
  isPartner?: boolean | null | undefined;
  /** 机构类型。Kind. */
  kind: InstitutionKind;
  /** 层级。Level in the network. */
  level: NetworkLevel;
  /** 机构名称。Name. */
  name: string;
  /** 上级机构（登记编号，或同一来源的编号）。Parent institution. */
  parent?: string | null | undefined;
  /** 兼职社区教育人员数。Part-time community-education staff. */
  partTimeStaff?: number | null | undefined;
  /** 所属街道（编号或名称，如“湖墅”）。Street, by id or Chinese name. */
  street?: string | null | undefined;
};

/** 机构类型。Kind of institution. */
export type InstitutionKind =
  /** 社区市民学校。Community citizen school. */
  | 'COMMUNITY_SCHOOL'
  /** 文化馆。Cultural centre. */
  | 'CULTURAL_CENTRE'
  /** 区社区学院。District community college. */
  | 'DISTRICT_COLLEGE'
  /** 老年开放大学分院。Elderly open university branch. */
  | 'ELDERLY_BRANCH'
  /** 老年开放大学学院。Elderly open university college. */
  | 'ELDERLY_COLLEGE'
  /** 老年教学点。Elderly teaching point. */
  | 'ELDERLY_TEACHING_POINT'
  /** 企业。Enterprise. */
  | 'ENTERPRISE'
  /** 医院。Hospital. */
  | 'HOSPITAL'
  /** 图书馆。Library. */
  | 'LIBRARY'
  /** 其他。Other. */
  | 'OTHER'
  /** 科研院所。Research institute. */
  | 'RESEARCH_INSTITUTE'
  /** 科技馆。Science museum. */
  | 'SCIENCE_MUSEUM'
  /** 社会团体。Social organisation. */
  | 'SOCIAL_ORGANISATION'
  /** 街道分院（街道社区学校）。Street branch. */
  | 'STREET_BRANCH'
  /** 培训机构。Training organisation. */
  | 'TRAINING_ORGANISATION'
  /** 高等院校。University. */
  | 'UNIVERSITY';

/** 学习方式。How a course is taught. */
export type LearningMode =
  /** 线上线下结合。Blended. */
  | 'BLENDED'
  /** 线上。Online. */
  | 'ONLINE'
  /** 线下。On site. */
  | 'ON_SITE';

/** 系列讲座筛选条件，各条件同时满足。Lecture series filters; all must hold. */
export type LectureSeriesFilter = {
  /** 其中任一对象。Any of these audiences. */
  audiences?: Array<Audience> | null | undefined;
  /** 活动品牌，如“市民大课堂”（完全一致）。Programme brand, exactly, e.g. 市民大课堂. */
  brand?: string | null | undefined;
  /** 有场次在此街道的场地举行（街道编号）。Has a session at a venue on this street (street id). */
  street?: string | number | null | undefined;
  /** 标题或简介包含的文字（中英文，不区分大小写）。Text in the title or summary, either language, any case. */
  text?: string | null | undefined;
  /** 其中任一主题。Any of these topics. */
  topics?: Array<Topic> | null | undefined;
  /** true 只要还有场次未开始的系列；不填或 false 不限。true: only series with a session still to start; unset or false: any. */
  upcoming?: boolean | null | undefined;
};

/** 系列讲座排序。Order of a lecture series list. */
export type LectureSeriesSort =
  /** 按标题（默认）。By title (default). */
  | 'NAME'
  /** 最新发布在前。Most recently published first. */
  | 'NEWEST';

/** 内容语言。Content language. */
export type Locale =
  /** 英文；缺少时回退中文。English, falling back to Chinese. */
  | 'EN'
  /** 中文（默认）。Chinese (default). */
  | 'ZH';

/** 三级网络中的层级，或合作机构。Level in the three-level network, or partner. */
export type NetworkLevel =
  /** 社区级。Community. */
  | 'COMMUNITY'
  /** 区级。District. */
  | 'DISTRICT'
  /** 合作机构。Partner. */
  | 'PARTNER'
  /** 街道级。Street. */
  | 'STREET';

/** 某一天的开放时间。Opening hours on one weekday. */
export type OpeningHoursInput = {
  /** 关门时间，HH:MM。Closes at, HH:MM. */
  closes: string;
  /** 开门时间，HH:MM。Opens at, HH:MM. */
  opens: string;
  /** 星期。Weekday. */
  weekday: Weekday;
};

/** 师资库层级。Level of the teacher pool. */
export type PoolLevel =
  /** 社区级师资库。Community pool. */
  | 'COMMUNITY'
  /** 区级师资库。District pool. */
  | 'DISTRICT'
  /** 街道级师资库。Street pool. */
  | 'STREET';

/** 一条记录的推送结果。What a push did with one record. */
export type PushStatus =
  /** 新建。Added to the registry. */
  | 'CREATED'
  /** 被拒绝，未写入任何内容。Refused; nothing of it was written. */
  | 'REJECTED'
  /** 无变化，未写入。Identical to what was there; nothing written. */
  | 'UNCHANGED'
  /** 已更新。Changed. */
  | 'UPDATED';

/** 课次安排中的一次课。One session of the proposed plan. */
export type SessionPlanInput = {
  /** 时长（分钟，15–480）。Minutes (15–480). */
  minutes?: number | null | undefined;
  /** 课次主题。What the session covers. */
  title: string;
};

/** 场次状态。Whether a session takes place. */
export type SessionStatus =
  /** 已取消。Cancelled. */
  | 'CANCELLED'
  /** 照常举行。Takes place as planned. */
  | 'SCHEDULED';

/** 申报的状态。Where a submission stands. */
export type SubmissionState =
  /** 已录用。Accepted. */
  | 'ACCEPTED'
  /** 待修改。Changes requested. */
  | 'CHANGES_REQUESTED'
  /** 草稿。Draft. */
  | 'DRAFT'
  /** 评审中。In review. */
  | 'IN_REVIEW'
  /** 未录用。Rejected. */
  | 'REJECTED'
  /** 已提交。Submitted. */
  | 'SUBMITTED'
  /** 拟购买。To purchase. */
  | 'TO_PURCHASE'
  /** 已撤回。Withdrawn. */
  | 'WITHDRAWN';

/** 合作机构申报的课程。A course a partner proposes. */
export type SubmitCourseInput = {
  /** 学习对象。Audiences. */
  audiences?: Array<Audience> | null | undefined;
  /** 应征的征集编号；不填则为自荐。The call answered; leave out for an unsolicited proposal. */
  callId?: string | number | null | undefined;
  /** 学时。Credit hours. */
  creditHours?: number | null | undefined;
  /** 授权期限（月）。License length in months. */
  licenseMonths?: number | null | undefined;
  /** 授权条款。License terms. */
  licenseTerms?: string | null | undefined;
  /** 学习方式。Mode. */
  mode?: LearningMode | null | undefined;
  /** 是否有偿提供。Offered for sale. */
  offeredForSale?: boolean | null | undefined;
  /** 报价（元）。Price in CNY. */
  priceCny?: number | null | undefined;
  /** 拟任教师的登记编号。Registry ids of the proposed teachers. */
  proposedTeachers?: Array<string> | null | undefined;
  /** 拟用场地的登记编号。Registry ids of the proposed venues. */
  proposedVenues?: Array<string> | null | undefined;
  /** 课次安排。The plan of sessions. */
  sessionPlan?: Array<SessionPlanInput> | null | undefined;
  /** 立即提交（默认）；false 则只保存为草稿。Submit now (default); false keeps it as a draft. */
  submit?: boolean;
  /** 简介。Summary. */
  summary?: string | null | undefined;
  /** 课程名称。Course title. */
  title: string;
  /** 主题。Topics. */
  topics?: Array<Topic> | null | undefined;
};

/** 教师筛选条件，各条件同时满足。Teacher filters; all must hold. */
export type TeacherFilter = {
  /** 在库与否（默认只列在库教师）。Active or not; defaults to active only. */
  active?: boolean | null | undefined;
  /** 面向其中任一对象。Teaches any of these audiences. */
  audiences?: Array<Audience> | null | undefined;
  /** 任职方式之一。Any of these employments. */
  employments?: Array<Employment> | null | undefined;
  /** 师资库层级之一。Any of these pool levels. */
  poolLevels?: Array<PoolLevel> | null | undefined;
  /** 街道编号。Street id. */
  street?: string | number | null | undefined;
  /** 姓名或简介包含的文字。Text in the name or bio. */
  text?: string | null | undefined;
  /** 擅长其中任一主题。Teaches any of these topics. */
  topics?: Array<Topic> | null | undefined;
};

/** 推送的一条教师记录。One teacher record as pushed. */
export type TeacherInput = {
  /** 是否在库（默认是）。Active; defaults to true. */
  active?: boolean | null | undefined;
  /** 授课对象。Audiences taught. */
  audiences: Array<Audience>;
  /** 简介。Short bio. */
  bio?: string | null | undefined;
  /** 邮箱（仅编辑可见）。Email (editors only). */
  email?: string | null | undefined;
  /** 任职方式。Employment. */
  employment: Employment;
  /** 来源系统内的编号。Id in the source system. */
  externalId: string;
  /** 所在机构（登记编号或同来源编号）。Home institution. */
  institution?: string | null | undefined;
  /** 授课语言，如“普通话”“杭州话”。Teaching languages. */
  languages?: Array<string> | null | undefined;
  /** 姓名。Name. */
  name: string;
  /** 电话（仅编辑可见）。Phone (editors only). */
  phone?: string | null | undefined;
  /** 师资库层级。Pool level. */
  poolLevel: PoolLevel;
  /** 所属街道（街道级、社区级必填）。Street; required below district level. */
  street?: string | null | undefined;
  /** 擅长主题。Expertise topics. */
  topics: Array<Topic>;
};

/** 学习主题。A learning topic, from the policy’s lists. */
export type Topic =
  /** 学历提升。Academic upgrading. */
  | 'ACADEMIC_UPGRADING'
  /** 智慧助老。Digital skills for older adults. */
  | 'DIGITAL_SKILLS'
  /** 家庭教育。Family education. */
  | 'FAMILY_EDUCATION'
  /** 家庭理财。Family finance. */
  | 'FAMILY_FINANCE'
  /** 手工技艺。Handicraft. */
  | 'HANDICRAFT'
  /** 历史文化。History and culture. */
  | 'HISTORY_CULTURE'
  /** 思想道德。Ideology and ethics. */
  | 'IDEOLOGY_ETHICS'
  /** 代际沟通。Intergenerational communication. */
  | 'INTERGENERATIONAL'
  /** 法律法规。Laws and regulations. */
  | 'LAWS_REGULATIONS'
  /** 法律知识。Legal knowledge. */
  | 'LEGAL_KNOWLEDGE'
  /** 休闲娱乐。Leisure. */
  | 'LEISURE'
  /** 闲暇生活。Leisure life. */
  | 'LEISURE_LIFE'
  /** 生命尊严。Dignity of life. */
  | 'LIFE_DIGNITY'
  /** 心理健康。Mental health. */
  | 'MENTAL_HEALTH'
  /** 营养保健。Nutrition and health. */
  | 'NUTRITION_HEALTH'
  /** 科普知识。Popular science. */
  | 'POPULAR_SCIENCE'
  /** 科学文化。Science and culture. */
  | 'SCIENCE_CULTURE'
  /** 职业技能。Vocational skills. */
  | 'VOCATIONAL_SKILLS'
  /** 养生保健。Wellness. */
  | 'WELLNESS';

/** 场地筛选条件，各条件同时满足。Venue filters; all must hold. */
export type VenueFilter = {
  /** 须具备全部这些设施。Has all of these facilities. */
  facilities?: Array<Facility> | null | undefined;
  /** 最少座位数。Minimum seated capacity. */
  minCapacity?: number | null | undefined;
  /** 最小面积（平方米）。Minimum floor area, m². */
  minFloorAreaM2?: number | null | undefined;
  /** 在此时刻开放。Open at this moment. */
  openAt?: WeekTimeInput | null | undefined;
  /** 状态之一（默认只列开放的）。Any of these statuses; defaults to ACTIVE. */
  statuses?: Array<VenueStatus> | null | undefined;
  /** 街道编号。Street id. */
  street?: string | number | null | undefined;
  /** 名称或地址包含的文字。Text in the name or address. */
  text?: string | null | undefined;
};

/** 推送的一条场地记录。One venue record as pushed. */
export type VenueInput = {
  /** 地址。Address. */
  address: string;
  /** 电子档案。Archive documents. */
  archiveDocuments?: Array<ArchiveDocumentInput> | null | undefined;
  /** 座位数。Seated capacity. */
  capacity: number;
  /** 所属社区。Community. */
  community?: string | null | undefined;
  /** 来源系统内的编号。Id in the source system. */
  externalId: string;
  /** 设施。Facilities. */
  facilities: Array<Facility>;
  /** 面积（平方米）。Floor area in m². */
  floorAreaM2: number;
  /** 公益培训讲座免费使用（默认是）。Free for public-benefit use; defaults to true. */
  freeForPublicBenefit?: boolean | null | undefined;
  /** 纬度。Latitude. */
  latitude?: number | null | undefined;
  /** 经度。Longitude. */
  longitude?: number | null | undefined;
  /** 场地名称。Name. */
  name: string;
  /** 开放时间。Opening hours per weekday. */
  openingHours: Array<OpeningHoursInput>;
  /** 产权/管理机构（登记编号或同来源编号）。Owner institution. */
  owner: string;
  /** 状态（默认开放）。Status; defaults to ACTIVE. */
  status?: VenueStatus | null | undefined;
  /** 所属街道。Street. */
  street: string;
};

/** 场地状态。Whether a venue can be used. */
export type VenueStatus =
  /** 开放。Open. */
  | 'ACTIVE'
  /** 已关闭。Closed. */
  | 'CLOSED'
  /** 修缮中。Under renovation. */
  | 'UNDER_RENOVATION';

/** 某个时刻。A moment in the week. */
export type WeekTimeInput = {
  /** 时间，HH:MM。Time, HH:MM. */
  time: string;
  /** 星期。Weekday. */
  weekday: Weekday;
};

/** 星期。Day of the week. */
export type Weekday =
  /** 周五。Friday. */
  | 'FRIDAY'
  /** 周一。Monday. */
  | 'MONDAY'
  /** 周六。Saturday. */
  | 'SATURDAY'
  /** 周日。Sunday. */
  | 'SUNDAY'
  /** 周四。Thursday. */
  | 'THURSDAY'
  /** 周二。Tuesday. */
  | 'TUESDAY'
  /** 周三。Wednesday. */
  | 'WEDNESDAY';

export type CatalogueChangesQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
  kinds?: Array<CatalogueChangeKind> | CatalogueChangeKind | null | undefined;
  locale?: Locale | null | undefined;
}>;


export type CatalogueChangesQuery = { catalogueChanges: { headCommit: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { eventId: string, commit: number, index: number, at: string, kind: CatalogueChangeKind, entityId: string, version: number, action: CatalogueChangeAction, entity:
          | { __typename: 'Community' }
          | { __typename: 'Course', id: string, slug: string, title: string, creditHours: number | null }
          | { __typename: 'CourseCollection', id: string, slug: string }
          | { __typename: 'Institution', id: string, name: string }
          | { __typename: 'LectureSeries', id: string, slug: string, title: string }
          | { __typename: 'Session', id: string, startsAt: string, endsAt: string, status: SessionStatus }
          | { __typename: 'Street' }
          | { __typename: 'Teacher', id: string, name: string }
          | { __typename: 'Venue', id: string, name: string, address: string }
         | null } }> } };

export type CatalogueChangesCursorQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueChangesCursorQuery = { catalogueChangesCursor: string };

export type CollectionPageQueryVariables = Exact<{
  slug: string;
  locale?: Locale | null | undefined;
}>;


export type CollectionPageQuery = { collection: { id: string, slug: string, title: string, theme: string | null, intro: string | null, audiences: Array<Audience>, coverUrl: string | null, items: Array<
      | { __typename: 'Course', id: string, slug: string, title: string, creditHours: number | null, free: boolean, provider: { name: string } | null }
      | { __typename: 'LectureSeries', id: string, slug: string, brand: string | null, title: string, firstSessionAt: string | null, lastSessionAt: string | null }
    > } | null };

export type CollectionsQueryVariables = Exact<{
  filter?: CourseCollectionFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  locale?: Locale | null | undefined;
}>;


export type CollectionsQuery = { collections: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, title: string, theme: string | null, audiences: Array<Audience>, coverUrl: string | null } }> } };

export type ComplianceReportQueryVariables = Exact<{
  year: number;
}>;


export type ComplianceReportQuery = { complianceReport: { year: number, district: { scope: string, population: number, pass: boolean, street: { id: string, name: string } | null, checks: Array<{ rule: ComplianceRule, clause: string, figure: number, threshold: number, pass: boolean, records: Array<{ id: string, name: string, figure: number | null, pass: boolean }> }> } | null, streets: Array<{ scope: string, population: number, pass: boolean, street: { id: string, name: string } | null, checks: Array<{ rule: ComplianceRule, clause: string, figure: number, threshold: number, pass: boolean, records: Array<{ id: string, name: string, figure: number | null, pass: boolean }> }> }> } };

export type ComplianceSectionFieldsFragment = { scope: string, population: number, pass: boolean, street: { id: string, name: string } | null, checks: Array<{ rule: ComplianceRule, clause: string, figure: number, threshold: number, pass: boolean, records: Array<{ id: string, name: string, figure: number | null, pass: boolean }> }> };

export type CourseCatalogueQueryVariables = Exact<{
  filter?: CourseFilter | null | undefined;
  sort?: CourseSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  locale?: Locale | null | undefined;
}>;


export type CourseCatalogueQuery = { courses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, facets: { topics: Array<{ topic: Topic, count: number }>, audiences: Array<{ audience: Audience, count: number }>, streets: Array<{ count: number, street: { id: string, name: string } }> }, edges: Array<{ node: { id: string, slug: string, title: string, summary: string | null, topics: Array<Topic>, audiences: Array<Audience>, mode: LearningMode | null, creditHours: number | null, durationMinutes: number | null, coverUrl: string | null, free: boolean, priceCny: number | null, publishedAt: string, provider: { id: string, name: string } | null } }> } };

export type CourseDetailQueryVariables = Exact<{
  slug: string;
  locale?: Locale | null | undefined;
}>;


export type CourseDetailQuery = { course: { id: string, slug: string, title: string, summary: string | null, topics: Array<Topic>, audiences: Array<Audience>, mode: LearningMode | null, creditHours: number | null, durationMinutes: number | null, coverUrl: string | null, free: boolean, priceCny: number | null, publishedAt: string, provider: { id: string, name: string, kind: InstitutionKind, street: { name: string } | null } | null, teachers: Array<{ id: string, name: string, topics: Array<Topic>, institution: { name: string } | null }>, collections: Array<{ id: string, slug: string, title: string }> } | null };

export type CoursePreviewQueryVariables = Exact<{
  id: string | number;
  locale?: Locale | null | undefined;
}>;


export type CoursePreviewQuery = { coursePreview: { id: string, slug: string, title: string, summary: string | null, topics: Array<Topic>, creditHours: number | null, free: boolean, priceCny: number | null, provider: { id: string, name: string } | null, teachers: Array<{ id: string, name: string }> } | null };

export type CreditBankExportQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type CreditBankExportQuery = { creditBankExport: { from: string, to: string, generatedAt: string, summary: { courses: number, sessions: number, creditHours: number, sessionHours: number }, records: Array<{ recordType: CreditBankRecordKind, id: string, title: string, creditHours: number | null, durationMinutes: number | null, providerId: string | null, providerName: string | null, teacherIds: Array<string>, teacherNames: Array<string>, startsAt: string | null, endsAt: string | null, publishedAt: string | null, seriesId: string | null, seriesTitle: string | null, venueId: string | null, venueName: string | null, venueAddress: string | null, onlineUrl: string | null }> } };

export type HealthQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthQuery = { health: { status: string, version: string, database: { reachable: boolean, kind: DatabaseKind | null, version: string | null } } };

export type InstitutionTreeQueryVariables = Exact<{
  id: string | number;
}>;


export type InstitutionTreeQuery = { institution: { id: string, name: string, kind: InstitutionKind, level: NetworkLevel, address: string | null, contactPhone: string | null, floorAreaM2: number | null, fullTimeStaff: number, partTimeStaff: number, parent: { id: string, name: string } | null, children: Array<{ id: string, name: string, kind: InstitutionKind }>, provenance: { source: string, externalId: string, pushedAt: string, pushedBy: string | null } } | null };

export type InstitutionsQueryVariables = Exact<{
  filter?: InstitutionFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InstitutionsQuery = { institutions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, kind: InstitutionKind, level: NetworkLevel, isPartner: boolean, street: { id: string, name: string } | null, community: { id: string, name: string } | null } }> } };

export type MySubmissionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MySubmissionsQuery = { mySubmissions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, state: SubmissionState, callId: string | null, institutionId: string, topics: Array<Topic>, audiences: Array<Audience>, mode: LearningMode | null, creditHours: number | null, decisionReason: string | null, createdAt: string, updatedAt: string, history: Array<{ action: string, state: SubmissionState, by: string | null, at: string, comment: string | null }> } }> } };

export type PageJsonLdQueryVariables = Exact<{
  course: string;
  series: string;
}>;


export type PageJsonLdQuery = { course: { id: string, jsonLd: unknown } | null, series: { id: string, jsonLd: unknown, sessions: Array<{ id: string, jsonLd: unknown }> } | null };

export type PushInstitutionsMutationVariables = Exact<{
  source: string;
  records: Array<InstitutionInput> | InstitutionInput;
}>;


export type PushInstitutionsMutation = { pushInstitutions: { pushId: string, source: string, created: number, updated: number, unchanged: number, rejected: number, records: Array<{ index: number, externalId: string | null, id: string | null, status: PushStatus, problems: Array<{ path: string, reason: string }> }> } };

export type PushTeachersMutationVariables = Exact<{
  source: string;
  records: Array<TeacherInput> | TeacherInput;
}>;


export type PushTeachersMutation = { pushTeachers: { pushId: string, source: string, created: number, updated: number, unchanged: number, rejected: number, records: Array<{ index: number, externalId: string | null, id: string | null, status: PushStatus, problems: Array<{ path: string, reason: string }> }> } };

export type PushVenuesMutationVariables = Exact<{
  source: string;
  records: Array<VenueInput> | VenueInput;
}>;


export type PushVenuesMutation = { pushVenues: { pushId: string, source: string, created: number, updated: number, unchanged: number, rejected: number, records: Array<{ index: number, externalId: string | null, id: string | null, status: PushStatus, problems: Array<{ path: string, reason: string }> }> } };

export type PushReportFieldsFragment = { pushId: string, source: string, created: number, updated: number, unchanged: number, rejected: number, records: Array<{ index: number, externalId: string | null, id: string | null, status: PushStatus, problems: Array<{ path: string, reason: string }> }> };

export type SearchQueryVariables = Exact<{
  q: string;
  locale?: Locale | null | undefined;
}>;


export type SearchQuery = { search: Array<
    | { __typename: 'Course', id: string, slug: string, title: string }
    | { __typename: 'LectureSeries', id: string, slug: string, title: string }
    | { __typename: 'Teacher', id: string, name: string }
    | { __typename: 'Venue', id: string, name: string, address: string }
  > };

export type SeriesCatalogueQueryVariables = Exact<{
  filter?: LectureSeriesFilter | null | undefined;
  sort?: LectureSeriesSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  locale?: Locale | null | undefined;
}>;


export type SeriesCatalogueQuery = { lectureSeries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, facets: { topics: Array<{ topic: Topic, count: number }>, audiences: Array<{ audience: Audience, count: number }>, streets: Array<{ count: number, street: { id: string, name: string } }> }, edges: Array<{ node: { id: string, slug: string, brand: string | null, title: string, topics: Array<Topic>, audiences: Array<Audience>, firstSessionAt: string | null, lastSessionAt: string | null } }> } };

export type SeriesDetailQueryVariables = Exact<{
  slug: string;
  locale?: Locale | null | undefined;
}>;


export type SeriesDetailQuery = { series: { id: string, slug: string, brand: string | null, title: string, summary: string | null, topics: Array<Topic>, audiences: Array<Audience>, coverUrl: string | null, firstSessionAt: string | null, lastSessionAt: string | null, sessions: Array<{ id: string, title: string, startsAt: string, endsAt: string, status: SessionStatus, capacity: number | null, onlineUrl: string | null, venue: { id: string, name: string, address: string, street: { name: string } } | null, teachers: Array<{ id: string, name: string }> }>, collections: Array<{ id: string, slug: string, title: string }> } | null };

export type StreetCalendarQueryVariables = Exact<{
  street: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  audiences?: Array<Audience> | Audience | null | undefined;
  topics?: Array<Topic> | Topic | null | undefined;
  statuses?: Array<SessionStatus> | SessionStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  locale?: Locale | null | undefined;
}>;


export type StreetCalendarQuery = { sessions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, startsAt: string, endsAt: string, status: SessionStatus, capacity: number | null, onlineUrl: string | null, audiences: Array<Audience>, series: { id: string, slug: string, brand: string | null, title: string } | null, venue: { id: string, name: string, address: string } | null, teachers: Array<{ id: string, name: string }> } }> } };

export type StreetOverviewQueryVariables = Exact<{
  locale?: Locale | null | undefined;
}>;


export type StreetOverviewQuery = { streets: Array<{ id: string, name: string, institutions: Array<{ id: string, name: string }>, venues: Array<{ id: string, name: string }>, upcomingSessions: Array<{ id: string, title: string, startsAt: string, status: SessionStatus, venue: { name: string } | null }> }> };

export type StreetsQueryVariables = Exact<{ [key: string]: never; }>;


export type StreetsQuery = { streets: Array<{ id: string, name: string, nameEn: string, residentPopulation: number }> };

export type SubmitCourseMutationVariables = Exact<{
  input: SubmitCourseInput;
}>;


export type SubmitCourseMutation = { submitCourse: { id: string, title: string, state: SubmissionState, callId: string | null, institutionId: string, topics: Array<Topic>, audiences: Array<Audience>, mode: LearningMode | null, creditHours: number | null, decisionReason: string | null, createdAt: string, updatedAt: string, history: Array<{ action: string, state: SubmissionState, by: string | null, at: string, comment: string | null }> } };

export type SubmissionFieldsFragment = { id: string, title: string, state: SubmissionState, callId: string | null, institutionId: string, topics: Array<Topic>, audiences: Array<Audience>, mode: LearningMode | null, creditHours: number | null, decisionReason: string | null, createdAt: string, updatedAt: string, history: Array<{ action: string, state: SubmissionState, by: string | null, at: string, comment: string | null }> };

export type TeacherPageQueryVariables = Exact<{
  id: string | number;
  locale?: Locale | null | undefined;
}>;


export type TeacherPageQuery = { teacher: { id: string, name: string, topics: Array<Topic>, bio: string | null, institution: { name: string } | null, courses: Array<{ id: string, slug: string, title: string }>, upcomingSessions: Array<{ id: string, title: string, startsAt: string, status: SessionStatus, venue: { name: string } | null }> } | null };

export type TeachersQueryVariables = Exact<{
  filter?: TeacherFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TeachersQuery = { teachers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, poolLevel: PoolLevel, employment: Employment, topics: Array<Topic>, audiences: Array<Audience>, languages: Array<string>, institution: { id: string, name: string } | null, street: { id: string, name: string } | null, contact: { phone: string | null, email: string | null } | null } }> } };

export type VenuesQueryVariables = Exact<{
  filter?: VenueFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type VenuesQuery = { venues: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, address: string, capacity: number, floorAreaM2: number, facilities: Array<Facility>, status: VenueStatus, freeForPublicBenefit: boolean, openingHours: Array<{ weekday: Weekday, opens: string, closes: string }>, owner: { id: string, name: string } | null, street: { id: string, name: string } } }> } };

export const ComplianceSectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplianceSectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceSectionType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"pass"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"pass"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"pass"}}]}}]}}]}}]} as unknown as DocumentNode<ComplianceSectionFieldsFragment, unknown>;
export const PushReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PushReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PushReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pushId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<PushReportFieldsFragment, unknown>;
export const SubmissionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubmissionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Submission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"creditHours"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SubmissionFieldsFragment, unknown>;
export const CatalogueChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogueChangeKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}},"defaultValue":{"kind":"EnumValue","value":"ZH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogueChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headCommit"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"commit"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"creditHours"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LectureSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseCollection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Teacher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Venue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueChangesQuery, CatalogueChangesQueryVariables>;
export const CatalogueChangesCursorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueChangesCursor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogueChangesCursor"}}]}}]} as unknown as DocumentNode<CatalogueChangesCursorQuery, CatalogueChangesCursorQueryVariables>;
export const CollectionPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CollectionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}},"defaultValue":{"kind":"EnumValue","value":"ZH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"theme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"intro"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"coverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"creditHours"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LectureSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"firstSessionAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSessionAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CollectionPageQuery, CollectionPageQueryVariables>;
export const CollectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Collections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseCollectionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}},"defaultValue":{"kind":"EnumValue","value":"ZH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"theme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"coverUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CollectionsQuery, CollectionsQueryVariables>;
export const ComplianceReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplianceReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplianceSectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"streets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplianceSectionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplianceSectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceSectionType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"pass"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"pass"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"pass"}}]}}]}}]}}]} as unknown as DocumentNode<ComplianceReportQuery, ComplianceReportQueryVariables>;
export const CourseCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseSort"}},"defaultValue":{"kind":"EnumValue","value":"NAME"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}},"defaultValue":{"kind":"EnumValue","value":"ZH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"streets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"creditHours"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"coverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceCny"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CourseCatalogueQuery, CourseCatalogueQueryVariables>;
export const CourseDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}},"defaultValue":{"kind":"EnumValue","value":"ZH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"creditHours"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"coverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceCny"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teachers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"collections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]}}]} as unknown as DocumentNode<CourseDetailQuery, CourseDetailQueryVariables>;
export const CoursePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoursePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}},"defaultValue":{"kind":"EnumValue","value":"ZH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coursePreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"creditHours"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceCny"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teachers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CoursePreviewQuery, CoursePreviewQueryVariables>;
export const CreditBankExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditBankExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditBankExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courses"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"creditHours"}},{"kind":"Field","name":{"kind":"Name","value":"sessionHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"creditHours"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"teacherIds"}},{"kind":"Field","name":{"kind":"Name","value":"teacherNames"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"seriesTitle"}},{"kind":"Field","name":{"kind":"Name","value":"venueId"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}}]}}]}}]}}]} as unknown as DocumentNode<CreditBankExportQuery, CreditBankExportQueryVariables>;
export const HealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"database"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reachable"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<HealthQuery, HealthQueryVariables>;
export const InstitutionTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"floorAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"fullTimeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"partTimeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"pushedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pushedBy"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionTreeQuery, InstitutionTreeQueryVariables>;
export const InstitutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Institutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isPartner"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionsQuery, InstitutionsQueryVariables>;
export const MySubmissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySubmissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySubmissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubmissionFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubmissionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Submission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"creditHours"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MySubmissionsQuery, MySubmissionsQueryVariables>;
export const PageJsonLdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PageJsonLd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"course"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"series"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"course"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jsonLd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"series"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jsonLd"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jsonLd"}}]}}]}}]}}]} as unknown as DocumentNode<PageJsonLdQuery, PageJsonLdQueryVariables>;
export const PushInstitutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PushInstitutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"records"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pushInstitutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"records"},"value":{"kind":"Variable","name":{"kind":"Name","value":"records"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PushReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PushReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PushReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pushId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<PushInstitutionsMutation, PushInstitutionsMutationVariables>;
export const PushTeachersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PushTeachers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"records"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeacherInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pushTeachers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"records"},"value":{"kind":"Variable","name":{"kind":"Name","value":"records"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PushReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PushReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PushReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pushId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<PushTeachersMutation, PushTeachersMutationVariables>;
export const PushVenuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PushVenues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"records"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VenueInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pushVenues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"records"},"value":{"kind":"Variable","name":{"kind":"Name","value":"records"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PushReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PushReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PushReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pushId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<PushVenuesMutation, PushVenuesMutationVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}},"defaultValue":{"kind":"EnumValue","value":"ZH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"q"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LectureSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Teacher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Venue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const SeriesCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeriesCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LectureSeriesFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LectureSeriesSort"}},"defaultValue":{"kind":"EnumValue","value":"NAME"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}},"defaultValue":{"kind":"EnumValue","value":"ZH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lectureSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"streets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"firstSessionAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSessionAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SeriesCatalogueQuery, SeriesCatalogueQueryVariables>;
export const SeriesDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeriesDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}},"defaultValue":{"kind":"EnumValue","value":"ZH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"coverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"firstSessionAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSessionAt"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teachers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"collections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]}}]} as unknown as DocumentNode<SeriesDetailQuery, SeriesDetailQueryVariables>;
export const StreetCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StreetCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"street"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"audiences"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Audience"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topics"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}},"defaultValue":{"kind":"EnumValue","value":"ZH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"street"},"value":{"kind":"Variable","name":{"kind":"Name","value":"street"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"audiences"},"value":{"kind":"Variable","name":{"kind":"Name","value":"audiences"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"topics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topics"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teachers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StreetCalendarQuery, StreetCalendarQueryVariables>;
export const StreetOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StreetOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}},"defaultValue":{"kind":"EnumValue","value":"ZH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upcomingSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StreetOverviewQuery, StreetOverviewQueryVariables>;
export const StreetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Streets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"residentPopulation"}}]}}]}}]} as unknown as DocumentNode<StreetsQuery, StreetsQueryVariables>;
export const SubmitCourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitCourseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubmissionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubmissionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Submission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"creditHours"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SubmitCourseMutation, SubmitCourseMutationVariables>;
export const TeacherPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeacherPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}},"defaultValue":{"kind":"EnumValue","value":"ZH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"upcomingSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeacherPageQuery, TeacherPageQueryVariables>;
export const TeachersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Teachers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TeacherFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teachers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"poolLevel"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeachersQuery, TeachersQueryVariables>;
export const VenuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Venues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VenueFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"floorAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"facilities"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"freeForPublicBenefit"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VenuesQuery, VenuesQueryVariables>;