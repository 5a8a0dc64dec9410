/** One teacher of the teacher pool (师资库) as a department pushes it. */
import { Field, InputType } from 'type-graphql'
import type { Audience, Employment, PoolLevel, Topic } from '../../domain/vocabulary.ts'
import { AudienceEnum, EmploymentEnum, PoolLevelEnum, TopicEnum } from '../shared/registryEnums.ts'

@InputType({ description: '推送的一条教师记录。One teacher record as pushed.' })
export class TeacherInput {
  @Field(() => String, { description: '来源系统内的编号。Id in the source system.' })
  externalId!: string

  @Field(() => String, { description: '姓名。Name.' })
  name!: string

  @Field(() => PoolLevelEnum, { description: '师资库层级。Pool level.' })
  poolLevel!: PoolLevel

  @Field(() => String, { nullable: true, description: '所在机构（登记编号或同来源编号）。Home institution.' })
  institution?: string | null

  @Field(() => String, {
    nullable: true,
    description: '所属街道（街道级、社区级必填）。Street; required below district level.',
  })
  street?: string | null

  @Field(() => EmploymentEnum, { description: '任职方式。Employment.' })
  employment!: Employment

  @Field(() => [TopicEnum], { description: '擅长主题。Expertise topics.' })
  topics!: Topic[]

  @Field(() => [AudienceEnum], { description: '授课对象。Audiences taught.' })
  audiences!: Audience[]

  @Field(() => String, { nullable: true, description: '简介。Short bio.' })
  bio?: string | null

  @Field(() => [String], { nullable: true, description: '授课语言，如“普通话”“杭州话”。Teaching languages.' })
  languages?: string[] | null

  @Field(() => String, { nullable: true, description: '电话（仅编辑可见）。Phone (editors only).' })
  phone?: string | null

  @Field(() => String, { nullable: true, description: '邮箱（仅编辑可见）。Email (editors only).' })
  email?: string | null

  @Field(() => Boolean, { nullable: true, description: '是否在库（默认是）。Active; defaults to true.' })
  active?: boolean | null
}
