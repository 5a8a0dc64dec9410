/** The CourseCollection type: a curated collection (专题) of courses and lecture series. */
import { createUnionType, Field, ID, ObjectType } from 'type-graphql'
import type { CatalogueCollection } from '../../catalogue/collectionProjection.ts'
import type { Audience } from '../../domain/vocabulary.ts'
import { ConnectionType } from '../../graphql/pagination/connection.ts'
import { AudienceEnum } from '../../registry/shared/registryEnums.ts'
import { Course } from '../courses/course.type.ts'
import { LectureSeries } from '../series/series.type.ts'
import { kindOf } from '../shared/nodeKind.ts'

export const CollectionItem = createUnionType({
  name: 'CollectionItem',
  description: '专题中的一项：课程或系列讲座。An item of a collection: a course or a lecture series.',
  types: () => [Course, LectureSeries] as const,
  resolveType: (value) => kindOf(value),
})

@ObjectType({
  description:
    '专题：编辑围绕一个主题挑选的课程和系列讲座。A curated collection of courses and lecture series around a theme.',
})
export class CourseCollection {
  @Field(() => ID, { description: '专题编号。Collection id.' })
  id!: string

  @Field(() => String, { description: '网址别名。URL slug.' })
  slug!: string

  @Field(() => [AudienceEnum], { description: '学习对象。Audiences.' })
  audiences!: Audience[]

  @Field(() => String, { nullable: true, description: '封面图片地址。Public URL of the cover image.' })
  coverUrl!: string | null

  @Field(() => Date, { description: '发布时间。When this version was published.' })
  publishedAt!: Date

  entry!: CatalogueCollection
}

export function toCourseCollection(entry: CatalogueCollection): CourseCollection {
  return {
    id: entry._id,
    slug: entry.slug ?? entry._id,
    audiences: (entry.audiences ?? []) as Audience[],
    coverUrl: entry.coverUrl ?? null,
    publishedAt: entry.publishedAt ?? new Date(entry.version),
    entry,
  }
}

export const CourseCollectionConnection = ConnectionType(
  CourseCollection,
  'CourseCollection',
  '专题列表。A page of collections.',
)
