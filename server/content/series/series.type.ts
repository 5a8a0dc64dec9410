/** The LectureSeries type: a published lecture series (系列讲座) and its sessions. */
import { Field, ID, ObjectType } from 'type-graphql'
import type { CatalogueSeries, CatalogueSession } from '../../catalogue/seriesProjection.ts'
import type { Audience, Topic } from '../../domain/vocabulary.ts'
import { ConnectionType } from '../../graphql/pagination/connection.ts'
import { AudienceEnum, TopicEnum } from '../../registry/shared/registryEnums.ts'
import { tagged } from '../shared/nodeKind.ts'

@ObjectType({
  description:
    '系列讲座：已发布的系列讲座，如市民大课堂、社区老年学堂。A published lecture series, e.g. the citizens’ lecture hall.',
})
export class LectureSeries {
  @Field(() => ID, { description: '系列编号。Series id.' })
  id!: string

  @Field(() => String, { description: '网址别名。URL slug.' })
  slug!: string

  @Field(() => String, { nullable: true, description: '活动品牌，如“市民大课堂”。Programme brand, e.g. 市民大课堂.' })
  brand!: string | null

  @Field(() => [TopicEnum], { description: '主题。Topics.' })
  topics!: Topic[]

  @Field(() => [AudienceEnum], { description: '学习对象。Audiences.' })
  audiences!: Audience[]

  @Field(() => String, { nullable: true, description: '封面图片地址。Public URL of the cover image.' })
  coverUrl!: string | null

  @Field(() => Date, { nullable: true, description: '第一场开始时间。When the first session starts.' })
  firstSessionAt!: Date | null

  @Field(() => Date, { nullable: true, description: '最后一场开始时间。When the last session starts.' })
  lastSessionAt!: Date | null

  @Field(() => Date, { description: '发布时间。When this version was published.' })
  publishedAt!: Date

  entry!: CatalogueSeries
  /** A draft's own sessions (editor preview): they are not in the catalogue. */
  previewSessions?: CatalogueSession[]
}

export function toLectureSeries(entry: CatalogueSeries, previewSessions?: CatalogueSession[]): LectureSeries {
  return tagged('LectureSeries', {
    id: entry._id,
    slug: entry.slug ?? entry._id,
    brand: entry.brand ?? null,
    topics: (entry.topics ?? []) as Topic[],
    audiences: (entry.audiences ?? []) as Audience[],
    coverUrl: entry.coverUrl ?? null,
    firstSessionAt: entry.firstSessionAt ?? null,
    lastSessionAt: entry.lastSessionAt ?? null,
    publishedAt: entry.publishedAt ?? new Date(entry.version),
    entry,
    ...(previewSessions ? { previewSessions } : {}),
  })
}

export const LectureSeriesConnection = ConnectionType(
  LectureSeries,
  'LectureSeries',
  '系列讲座列表。A page of lecture series.',
)
