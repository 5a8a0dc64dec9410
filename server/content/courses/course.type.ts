/** The Course type: a published course of the catalogue (精品课程). */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql'
import type { CatalogueCourse } from '../../catalogue/courseProjection.ts'
import type { Audience, LearningMode, Topic } from '../../domain/vocabulary.ts'
import { ConnectionType } from '../../graphql/pagination/connection.ts'
import { AudienceEnum, LearningModeEnum, TopicEnum } from '../../registry/shared/registryEnums.ts'
import { tagged } from '../shared/nodeKind.ts'

export { Locale } from '../shared/locale.ts'

@ObjectType({ description: '课程：已发布的精品课程。A published course.' })
export class Course {
  @Field(() => ID, { description: '课程编号。Course id.' })
  id!: string

  @Field(() => String, { description: '网址别名。URL slug.' })
  slug!: string

  @Field(() => [TopicEnum], { description: '主题。Topics.' })
  topics!: Topic[]

  @Field(() => [AudienceEnum], { description: '学习对象。Audiences.' })
  audiences!: Audience[]

  @Field(() => LearningModeEnum, { nullable: true, description: '学习方式。Mode.' })
  mode!: LearningMode | null

  @Field(() => Float, { nullable: true, description: '学时（可记入学分银行）。Credit hours.' })
  creditHours!: number | null

  @Field(() => Int, { nullable: true, description: '总时长（分钟）。Total length in minutes.' })
  durationMinutes!: number | null

  @Field(() => String, { nullable: true, description: '封面图片地址。Public URL of the cover image.' })
  coverUrl!: string | null

  @Field(() => Boolean, { description: '对学员免费。Free to learners.' })
  free!: boolean

  @Field(() => Float, {
    nullable: true,
    description: '收费课程的价格（元）；免费时为空。What a learner pays, in CNY; null when free.',
  })
  priceCny!: number | null

  @Field(() => Date, { description: '发布时间。When this version was published.' })
  publishedAt!: Date

  entry!: CatalogueCourse
}

export function toCourse(entry: CatalogueCourse): Course {
  const free = entry.free !== false
  return tagged('Course', {
    id: entry._id,
    slug: entry.slug ?? entry._id,
    topics: (entry.topics ?? []) as Topic[],
    audiences: (entry.audiences ?? []) as Audience[],
    mode: (entry.mode ?? null) as LearningMode | null,
    creditHours: entry.creditHours ?? null,
    durationMinutes: entry.durationMinutes ?? null,
    coverUrl: entry.coverUrl ?? null,
    free,
    priceCny: free ? null : (entry.priceCny ?? null),
    publishedAt: entry.publishedAt ?? new Date(entry.version),
    entry,
  })
}

export const CourseConnection = ConnectionType(Course, 'Course', '课程列表。A page of courses.')
