/**
 * Filters and orders for the `lectureSeries` query. Typed inputs only: values
 * become equality, `$in` or range conditions and text is escaped.
 */
import type { Filter } from 'mongodb'
import { Field, ID, InputType, registerEnumType } from 'type-graphql'
import { catalogueSessions, type CatalogueSeries } from '../../catalogue/seriesProjection.ts'
import { limits } from '../../config/limits.ts'
import type { Audience, Topic } from '../../domain/vocabulary.ts'
import type { SortOrder } from '../../graphql/pagination/sortedPage.ts'
import { AudienceEnum, TopicEnum } from '../../registry/shared/registryEnums.ts'
import { streetVenueIds } from '../shared/streetMembers.ts'
import { textAnyOf } from '../../graphql/textFilter.ts'
import type { ReadDb } from '../../database/readStore.ts'

@InputType({ description: '系列讲座筛选条件，各条件同时满足。Lecture series filters; all must hold.' })
export class LectureSeriesFilter {
  @Field(() => [TopicEnum], { nullable: true, description: '其中任一主题。Any of these topics.' })
  topics?: Topic[] | null

  @Field(() => [AudienceEnum], { nullable: true, description: '其中任一对象。Any of these audiences.' })
  audiences?: Audience[] | null

  @Field(() => String, {
    nullable: true,
    description: '活动品牌，如“市民大课堂”（完全一致）。Programme brand, exactly, e.g. 市民大课堂.',
  })
  brand?: string | null

  @Field(() => ID, {
    nullable: true,
    description: '有场次在此街道的场地举行（街道编号）。Has a session at a venue on this street (street id).',
  })
  street?: string | null

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true 只要还有场次未开始的系列；不填或 false 不限。true: only series with a session still to start; unset or false: any.',
  })
  upcoming?: boolean | null

  @Field(() => String, {
    nullable: true,
    description:
      '标题或简介包含的文字（中英文，不区分大小写）。Text in the title or summary, either language, any case.',
  })
  text?: string | null
}

export enum LectureSeriesSort {
  NAME = 'NAME',
  NEWEST = 'NEWEST',
}

registerEnumType(LectureSeriesSort, {
  name: 'LectureSeriesSort',
  description: '系列讲座排序。Order of a lecture series list.',
  valuesConfig: {
    NAME: { description: '按标题（默认）。By title (default).' },
    NEWEST: { description: '最新发布在前。Most recently published first.' },
  },
})

export const SERIES_ORDERS: Record<LectureSeriesSort, SortOrder> = {
  NAME: { key: 'NAME', fields: [{ path: 'name', direction: 1, type: 'string' }] },
  NEWEST: { key: 'NEWEST', fields: [{ path: 'publishedAt', direction: -1, type: 'date' }] },
}

export const SERIES_TEXT_FIELDS = ['title.zh', 'title.en', 'summary.zh', 'summary.en']

/** The catalogue query for a filter; a street becomes the series with a live session at one of its venues. */
export async function seriesQuery(
  db: ReadDb,
  filter: LectureSeriesFilter | null | undefined,
  now: Date,
): Promise<Filter<CatalogueSeries>> {
  const query: Filter<CatalogueSeries> = { removed: false }
  if (!filter) return query
  if (filter.topics?.length) query.topics = { $in: filter.topics }
  if (filter.audiences?.length) query.audiences = { $in: filter.audiences }
  if (filter.brand) query.brand = filter.brand
  if (filter.upcoming === true) query.lastSessionAt = { $gte: now }
  if (filter.street) {
    const venueIds = await streetVenueIds(db, filter.street)
    // A find, not `distinct`: FerretDB 1.24's distinct refuses maxTimeMS.
    const sessions = await catalogueSessions(db)
      .find(
        { venueId: { $in: venueIds }, removed: false },
        { projection: { seriesId: 1 }, maxTimeMS: limits.database.maxTimeMS, batchSize: limits.database.findBatchSize },
      )
      .limit(limits.catalogue.maxLoaderRows)
      .toArray()
    query._id = { $in: [...new Set(sessions.flatMap((session) => (session.seriesId ? [session.seriesId] : [])))] }
  }
  const text = textAnyOf(filter.text, SERIES_TEXT_FIELDS, {
    path: 'filter.text',
    maxLength: limits.text.maxSearchLength,
  })
  if (text) query.$or = text as Filter<CatalogueSeries>[]
  return query
}
