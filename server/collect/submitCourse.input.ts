/** What a partner's system sends to propose a course: typed, bounded, nothing else gets through. */
import { Field, Float, ID, InputType, Int } from 'type-graphql'
import type { Audience, LearningMode, Topic } from '../domain/vocabulary.ts'
import { AudienceEnum, LearningModeEnum, TopicEnum } from '../registry/shared/registryEnums.ts'
import type { Submission } from '../../cms/payload-types.ts'

/** A row of the submission's plan as the CMS stores it, less the row id Payload assigns. */
type PlannedSession = Omit<NonNullable<Submission['sessionPlan']>[number], 'id'>

/** The proposal's fields, as the CMS's submission holds them: a renamed or retyped field fails to compile here. */
type Proposal = Pick<Submission, 'title'> &
  Partial<
    Pick<
      Submission,
      | 'summary'
      | 'topics'
      | 'audiences'
      | 'mode'
      | 'proposedTeachers'
      | 'proposedVenues'
      | 'sessionPlan'
      | 'creditHours'
      | 'offeredForSale'
      | 'priceCny'
      | 'licenseMonths'
      | 'licenseTerms'
    >
  >

@InputType({ description: '课次安排中的一次课。One session of the proposed plan.' })
export class SessionPlanInput implements PlannedSession {
  @Field(() => String, { description: '课次主题。What the session covers.' })
  title!: string

  @Field(() => Int, { nullable: true, description: '时长（分钟，15–480）。Minutes (15–480).' })
  minutes?: number | null
}

@InputType({ description: '合作机构申报的课程。A course a partner proposes.' })
export class SubmitCourseInput implements Proposal {
  @Field(() => String, { description: '课程名称。Course title.' })
  title!: string

  @Field(() => ID, {
    nullable: true,
    description: '应征的征集编号；不填则为自荐。The call answered; leave out for an unsolicited proposal.',
  })
  callId?: string | null

  @Field(() => String, { nullable: true, description: '简介。Summary.' })
  summary?: string | null

  @Field(() => [TopicEnum], { nullable: true, description: '主题。Topics.' })
  topics?: Topic[] | null

  @Field(() => [AudienceEnum], { nullable: true, description: '学习对象。Audiences.' })
  audiences?: Audience[] | null

  @Field(() => LearningModeEnum, { nullable: true, description: '学习方式。Mode.' })
  mode?: LearningMode | null

  @Field(() => [String], { nullable: true, description: '拟任教师的登记编号。Registry ids of the proposed teachers.' })
  proposedTeachers?: string[] | null

  @Field(() => [String], { nullable: true, description: '拟用场地的登记编号。Registry ids of the proposed venues.' })
  proposedVenues?: string[] | null

  @Field(() => [SessionPlanInput], { nullable: true, description: '课次安排。The plan of sessions.' })
  sessionPlan?: SessionPlanInput[] | null

  @Field(() => Float, { nullable: true, description: '学时。Credit hours.' })
  creditHours?: number | null

  @Field(() => Boolean, { nullable: true, description: '是否有偿提供。Offered for sale.' })
  offeredForSale?: boolean | null

  @Field(() => Float, { nullable: true, description: '报价（元）。Price in CNY.' })
  priceCny?: number | null

  @Field(() => Int, { nullable: true, description: '授权期限（月）。License length in months.' })
  licenseMonths?: number | null

  @Field(() => String, { nullable: true, description: '授权条款。License terms.' })
  licenseTerms?: string | null

  @Field(() => Boolean, {
    defaultValue: true,
    description: '立即提交（默认）；false 则只保存为草稿。Submit now (default); false keeps it as a draft.',
  })
  submit!: boolean
}
