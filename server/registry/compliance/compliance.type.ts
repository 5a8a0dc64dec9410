/** The ComplianceReport type: the evaluation desk's (督评) figures. */
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql'
import type { ComplianceRuleId } from '../../domain/compliance/computeCompliance.ts'
import { Street } from '../places/street.type.ts'

export const ComplianceRuleEnum = {
  DISTRICT_WORKERS_PER_10K: 'DISTRICT_WORKERS_PER_10K',
  STREET_BRANCH_STAFF: 'STREET_BRANCH_STAFF',
  TEACHING_POINT_STAFF: 'TEACHING_POINT_STAFF',
  STREET_SCHOOL_FLOOR_AREA: 'STREET_SCHOOL_FLOOR_AREA',
  FUNDING_PER_RESIDENT: 'FUNDING_PER_RESIDENT',
} as const satisfies Record<ComplianceRuleId, ComplianceRuleId>

registerEnumType(ComplianceRuleEnum, {
  name: 'ComplianceRule',
  description: '政策规定的考核指标。A figure the policy fixes.',
  valuesConfig: {
    DISTRICT_WORKERS_PER_10K: {
      description:
        '每万常住人口专职社区教育工作者 ≥ 0.5（全区）。Full-time workers per 10,000 residents, district-wide, >= 0.5.',
    },
    STREET_BRANCH_STAFF: {
      description:
        '街道分院专职教师和管理人员 ≥ 常住人口 0.01% 且 ≥ 3。Street branch full-time staff >= 0.01% of residents and >= 3.',
    },
    TEACHING_POINT_STAFF: {
      description:
        '每个社区教学点 ≥ 1 名管理人员或专职教师。Each community teaching point has >= 1 manager or full-time teacher.',
    },
    STREET_SCHOOL_FLOOR_AREA: {
      description: '街道社区学校用房 ≥ 500 平方米。Street community school floor area >= 500 m².',
    },
    FUNDING_PER_RESIDENT: { description: '社区教育经费 ≥ 4 元/常住人口/年。Funding >= 4 CNY per resident per year.' },
  },
})

@ObjectType({ description: '指标背后的一条记录。A record behind a figure.' })
export class ComplianceEvidence {
  @Field(() => ID, { description: '记录编号。Record id.' })
  id!: string

  @Field(() => String, { description: '名称。Name.' })
  name!: string

  @Field(() => Float, { nullable: true, description: '该记录的数值。Its figure.' })
  figure!: number | null

  @Field(() => Boolean, { description: '该记录是否达标。Whether it meets the rule.' })
  pass!: boolean
}

@ObjectType({ description: '一项指标。One check.' })
export class ComplianceCheckType {
  @Field(() => ComplianceRuleEnum, { description: '指标。Rule.' })
  rule!: ComplianceRuleId

  @Field(() => String, { description: '政策条款。Policy clause.' })
  clause!: string

  @Field(() => Float, { description: '实际数值。The figure.' })
  figure!: number

  @Field(() => Float, { description: '要求数值。The threshold.' })
  threshold!: number

  @Field(() => Boolean, { description: '是否达标。Pass or fail.' })
  pass!: boolean

  @Field(() => [ComplianceEvidence], { description: '依据的记录。Records behind the figure.' })
  records!: ComplianceEvidence[]
}

@ObjectType({ description: '全区或一个街道的考核结果。Checks for the district or one street.' })
export class ComplianceSectionType {
  @Field(() => String, { description: '“district” 或街道编号。"district" or a street id.' })
  scope!: string

  @Field(() => Street, { nullable: true, description: '街道（全区时为空）。The street; null for the district.' })
  street!: Street | null

  @Field(() => Int, { description: '常住人口。Resident population.' })
  population!: number

  @Field(() => Boolean, { description: '是否全部达标。Whether every check passes.' })
  pass!: boolean

  @Field(() => [ComplianceCheckType], { description: '各项指标。The checks.' })
  checks!: ComplianceCheckType[]
}

@ObjectType({ description: '督评报告。The evaluation desk’s report.' })
export class ComplianceReport {
  @Field(() => Int, { description: '年度。Year.' })
  year!: number

  @Field(() => ComplianceSectionType, {
    nullable: true,
    description: '全区（街道协调员不可见）。The district; null for street coordinators.',
  })
  district!: ComplianceSectionType | null

  @Field(() => [ComplianceSectionType], {
    description: '各街道（协调员只见本街道）。Streets; a coordinator sees only theirs.',
  })
  streets!: ComplianceSectionType[]
}

@ObjectType({ description: '社区教育经费。A community-education budget.' })
export class EducationBudget {
  @Field(() => String, { description: '“district” 或街道编号。"district" or a street id.' })
  scope!: string

  @Field(() => Int, { description: '年度。Year.' })
  year!: number

  @Field(() => Float, { description: '金额（元）。Amount in CNY.' })
  amountCny!: number
}
