/** The credit-bank export in the graph: the same records as the CLI's files, typed. */
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql'
import type { CreditBankRecordType } from './creditBankRecords.ts'

export enum CreditBankRecordKind {
  COURSE = 'COURSE',
  SESSION = 'SESSION',
}

registerEnumType(CreditBankRecordKind, {
  name: 'CreditBankRecordKind',
  description: '记录类别。What a credit-bank record is.',
  valuesConfig: {
    COURSE: { description: '已发布的课程（带学时）。A published course, with its credit hours.' },
    SESSION: { description: '时间段内举行的讲座场次。A session of a lecture series held in the period.' },
  },
})

@ObjectType({ description: '学分银行记录：一门课程或一场讲座。One credit-bank record: a course or a session.' })
export class CreditBankRecordNode {
  @Field(() => CreditBankRecordKind, { description: '类别。Kind.' })
  recordType!: CreditBankRecordType

  @Field(() => ID, { description: '课程编号或场次编号。Course id or session id.' })
  id!: string

  @Field(() => String, { description: '标题（中文）。Title (Chinese).' })
  title!: string

  @Field(() => Float, {
    nullable: true,
    description: '课程学时；场次为空。A course’s credit hours; null for sessions.',
  })
  creditHours!: number | null

  @Field(() => Int, { nullable: true, description: '时长（分钟）。Length in minutes.' })
  durationMinutes!: number | null

  @Field(() => ID, { nullable: true, description: '提供机构编号。Provider institution id.' })
  providerId!: string | null

  @Field(() => String, { nullable: true, description: '提供机构名称。Provider name.' })
  providerName!: string | null

  @Field(() => [ID], { description: '教师编号。Teacher ids.' })
  teacherIds!: string[]

  @Field(() => [String], { description: '教师姓名。Teacher names.' })
  teacherNames!: string[]

  @Field(() => Date, { nullable: true, description: '场次开始时间。Session start.' })
  startsAt!: Date | null

  @Field(() => Date, { nullable: true, description: '场次结束时间。Session end.' })
  endsAt!: Date | null

  @Field(() => Date, {
    nullable: true,
    description: '（所属系列）本版本发布时间。When this version (of the course or the session’s series) was published.',
  })
  publishedAt!: Date | null

  @Field(() => ID, { nullable: true, description: '所属系列编号。Series id.' })
  seriesId!: string | null

  @Field(() => String, { nullable: true, description: '所属系列标题。Series title.' })
  seriesTitle!: string | null

  @Field(() => ID, { nullable: true, description: '场地编号。Venue id.' })
  venueId!: string | null

  @Field(() => String, { nullable: true, description: '场地名称。Venue name.' })
  venueName!: string | null

  @Field(() => String, { nullable: true, description: '场地地址。Venue address.' })
  venueAddress!: string | null

  @Field(() => String, { nullable: true, description: '线上参与地址。Online link.' })
  onlineUrl!: string | null
}

@ObjectType({ description: '导出汇总。What the export holds, added up.' })
export class CreditBankSummaryNode {
  @Field(() => Int, { description: '课程数。Courses.' })
  courses!: number

  @Field(() => Int, { description: '场次数。Sessions.' })
  sessions!: number

  @Field(() => Float, { description: '课程学时合计。Credit hours of the courses, added up.' })
  creditHours!: number

  @Field(() => Float, { description: '场次小时合计。Hours of the sessions, added up.' })
  sessionHours!: number
}

@ObjectType({
  description: '学分银行导出：时间段内的课程和场次。The credit-bank export: courses and sessions of a period.',
})
export class CreditBankExportNode {
  @Field(() => Date, { description: '时间段开始。Period start.' })
  from!: Date

  @Field(() => Date, { description: '时间段结束（不含）。Period end (excluded).' })
  to!: Date

  @Field(() => Date, { description: '生成时间。When the export was made.' })
  generatedAt!: Date

  @Field(() => CreditBankSummaryNode, { description: '汇总。Summary.' })
  summary!: CreditBankSummaryNode

  @Field(() => [CreditBankRecordNode], {
    description: '记录：先课程（按标题），后场次（按时间）。Records: courses by title, then sessions by start.',
  })
  records!: CreditBankRecordNode[]
}
