/** Filters for the `teachers` query. */
import type { Filter } from 'mongodb'
import { Field, ID, InputType } from 'type-graphql'
import type { Audience, Employment, PoolLevel, Topic } from '../../domain/vocabulary.ts'
import { limits } from '../../config/limits.ts'
import { textAnyOf } from '../../graphql/textFilter.ts'
import { AudienceEnum, EmploymentEnum, PoolLevelEnum, TopicEnum } from '../shared/registryEnums.ts'
import type { TeacherDocument } from './teacher.content.ts'

@InputType({ description: '教师筛选条件，各条件同时满足。Teacher filters; all must hold.' })
export class TeacherFilter {
  @Field(() => [TopicEnum], { nullable: true, description: '擅长其中任一主题。Teaches any of these topics.' })
  topics?: Topic[] | null

  @Field(() => [AudienceEnum], { nullable: true, description: '面向其中任一对象。Teaches any of these audiences.' })
  audiences?: Audience[] | null

  @Field(() => [PoolLevelEnum], { nullable: true, description: '师资库层级之一。Any of these pool levels.' })
  poolLevels?: PoolLevel[] | null

  @Field(() => ID, { nullable: true, description: '街道编号。Street id.' })
  street?: string | null

  @Field(() => [EmploymentEnum], { nullable: true, description: '任职方式之一。Any of these employments.' })
  employments?: Employment[] | null

  @Field(() => Boolean, {
    nullable: true,
    description: '在库与否（默认只列在库教师）。Active or not; defaults to active only.',
  })
  active?: boolean | null

  @Field(() => String, { nullable: true, description: '姓名或简介包含的文字。Text in the name or bio.' })
  text?: string | null
}

export function teacherQuery(filter: TeacherFilter | null | undefined): Filter<TeacherDocument> {
  const query: Filter<TeacherDocument> = { active: filter?.active ?? true }
  if (!filter) return query
  if (filter.topics?.length) query.topics = { $in: filter.topics }
  if (filter.audiences?.length) query.audiences = { $in: filter.audiences }
  if (filter.poolLevels?.length) query.poolLevel = { $in: filter.poolLevels }
  if (filter.street) query.streetId = filter.street
  if (filter.employments?.length) query.employment = { $in: filter.employments }
  const text = textAnyOf(filter.text, ['name', 'bio'], { path: 'filter.text', maxLength: limits.text.maxSearchLength })
  if (text) query.$or = text
  return query
}
