/** Filters for the `collections` query: audience and text, typed inputs only. */
import type { Filter } from 'mongodb'
import { Field, ID, InputType } from 'type-graphql'
import type { CatalogueCollection } from '../../catalogue/collectionProjection.ts'
import { limits } from '../../config/limits.ts'
import type { Audience } from '../../domain/vocabulary.ts'
import { AudienceEnum } from '../../registry/shared/registryEnums.ts'
import { textAnyOf } from '../../graphql/textFilter.ts'

@InputType({ description: '专题筛选条件，各条件同时满足。Collection filters; all must hold.' })
export class CourseCollectionFilter {
  @Field(() => [AudienceEnum], { nullable: true, description: '其中任一对象。Any of these audiences.' })
  audiences?: Audience[] | null

  @Field(() => ID, { nullable: true, description: '收录了这门课程。Includes this course.' })
  course?: string | null

  @Field(() => String, {
    nullable: true,
    description:
      '标题、主题或导语包含的文字（中英文，不区分大小写）。Text in the title, theme or intro, either language, any case.',
  })
  text?: string | null
}

export const COLLECTION_TEXT_FIELDS = ['title.zh', 'title.en', 'theme.zh', 'theme.en', 'intro.zh', 'intro.en']

export function collectionQuery(filter: CourseCollectionFilter | null | undefined): Filter<CatalogueCollection> {
  const query: Filter<CatalogueCollection> = { removed: false }
  if (!filter) return query
  if (filter.audiences?.length) query.audiences = { $in: filter.audiences }
  if (filter.course) query.courseIds = filter.course
  const text = textAnyOf(filter.text, COLLECTION_TEXT_FIELDS, {
    path: 'filter.text',
    maxLength: limits.text.maxSearchLength,
  })
  if (text) query.$or = text as Filter<CatalogueCollection>[]
  return query
}
