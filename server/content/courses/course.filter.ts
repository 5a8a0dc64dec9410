/** Filters for the `courses` query over the published catalogue. */
import type { Filter } from 'mongodb'
import { Field, Float, ID, InputType } from 'type-graphql'
import type { CatalogueCourse } from '../../catalogue/courseProjection.ts'
import type { Audience, LearningMode, Topic } from '../../domain/vocabulary.ts'
import { textMatch } from '../../graphql/pagination/keyset.ts'
import { AudienceEnum, LearningModeEnum, TopicEnum } from '../../registry/shared/registryEnums.ts'

@InputType({ description: '课程筛选条件，各条件同时满足。Course filters; all must hold.' })
export class CourseFilter {
  @Field(() => [TopicEnum], { nullable: true, description: '其中任一主题。Any of these topics.' })
  topics?: Topic[] | null

  @Field(() => [AudienceEnum], { nullable: true, description: '其中任一对象。Any of these audiences.' })
  audiences?: Audience[] | null

  @Field(() => [LearningModeEnum], { nullable: true, description: '学习方式之一。Any of these modes.' })
  modes?: LearningMode[] | null

  @Field(() => ID, { nullable: true, description: '提供机构。Provider institution.' })
  provider?: string | null

  @Field(() => ID, { nullable: true, description: '授课教师。Taught by this teacher.' })
  teacher?: string | null

  @Field(() => Float, { nullable: true, description: '最少学时。Minimum credit hours.' })
  minCreditHours?: number | null

  @Field(() => String, { nullable: true, description: '标题或简介包含的文字（中英文）。Text in the title or summary.' })
  text?: string | null
}

export function courseQuery(filter: CourseFilter | null | undefined): Filter<CatalogueCourse> {
  const query: Filter<CatalogueCourse> = { removed: false }
  if (!filter) return query
  if (filter.topics?.length) query.topics = { $in: filter.topics }
  if (filter.audiences?.length) query.audiences = { $in: filter.audiences }
  if (filter.modes?.length) query.mode = { $in: filter.modes }
  if (filter.provider) query.providerId = filter.provider
  if (filter.teacher) query.teacherIds = filter.teacher
  if (filter.minCreditHours !== null && filter.minCreditHours !== undefined) query.creditHours = { $gte: filter.minCreditHours }
  if (filter.text?.trim()) {
    const match = textMatch(filter.text)
    query.$or = [{ 'title.zh': match }, { 'title.en': match }, { 'summary.zh': match }, { 'summary.en': match }]
  }
  return query
}
