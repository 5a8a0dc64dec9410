/** Queries over published lecture series, and the series' joins (sessions, collections, facets). */
import type { GraphQLResolveInfo } from 'graphql'
import type { Filter } from 'mongodb'
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql'
import { catalogueSeries, type CatalogueSeries, type CatalogueSession } from '../../catalogue/seriesProjection.ts'
import { limits } from '../../config/limits.ts'
import { BadInputError } from '../../errors/hubErrors.ts'
import type { HubContext } from '../../graphql/context.ts'
import { listComplexity, pageComplexity } from '../../graphql/limits/queryCost.ts'
import type { Connection } from '../../graphql/pagination/connection.ts'
import { selectsField } from '../../graphql/pagination/selects.ts'
import { sortedPage } from '../../graphql/pagination/sortedPage.ts'
import { CourseCollection, toCourseCollection } from '../collections/collection.type.ts'
import { Session, toSession } from '../sessions/session.type.ts'
import { Locale, pick } from '../shared/locale.ts'
import { LectureSeriesFilter, LectureSeriesSort, SERIES_ORDERS, seriesQuery } from './series.filter.ts'
import { LectureSeries, LectureSeriesConnection, toLectureSeries } from './series.type.ts'
import { loadAll } from '../../graphql/loaders/loadAll.ts'

/** A page of series remembers its query, so `facets` counts under the same filters when asked. */
export type SeriesPage = Connection<LectureSeries> & { query: Filter<CatalogueSeries> }

@Resolver(() => LectureSeries)
export class SeriesResolver {
  @Query(() => LectureSeriesConnection, {
    complexity: pageComplexity,
    description:
      '已发布的系列讲座，游标分页，可带分面统计。Published lecture series, cursor-paginated, with facet counts.',
  })
  async lectureSeries(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => LectureSeriesFilter, { nullable: true, description: '筛选条件。Filters.' })
    filter: LectureSeriesFilter | null,
    @Arg('sort', () => LectureSeriesSort, { defaultValue: LectureSeriesSort.NAME, description: '排序。Order.' })
    sort: LectureSeriesSort,
    @Arg('first', () => Int, {
      nullable: true,
      description: `每页数量（最多 ${limits.pagination.maxPageSize}）。Page size.`,
    })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: '上一页的 endCursor（须同一排序）。The previous page’s endCursor, in the same order.',
    })
    after: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SeriesPage> {
    const query = await seriesQuery(ctx.read, filter, ctx.now)
    const page = await sortedPage(
      catalogueSeries(ctx.read),
      query,
      SERIES_ORDERS[sort],
      { first, after, withTotal: selectsField(info, 'totalCount') },
      (entry) => toLectureSeries(entry),
    )
    return { ...page, query }
  }

  @Query(() => LectureSeries, {
    nullable: true,
    description: '按编号或网址别名取一个已发布的系列讲座。One published lecture series by id or slug.',
  })
  async series(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID, { nullable: true, description: '系列编号。Series id.' }) id: string | null,
    @Arg('slug', () => String, { nullable: true, description: '网址别名。URL slug.' }) slug: string | null,
  ): Promise<LectureSeries | null> {
    if (!id === !slug)
      throw new BadInputError('请给出 id 或 slug 之一。Give either id or slug.', [
        { path: id ? 'slug' : 'id', reason: 'exactly one of id and slug' },
      ])
    const entry = await catalogueSeries(ctx.read).findOne(
      { ...(id ? { _id: id } : { slug: slug! }), removed: false },
      { maxTimeMS: limits.database.maxTimeMS },
    )
    return entry ? toLectureSeries(entry) : null
  }

  @FieldResolver(() => String, { description: '标题。Title.' })
  title(
    @Root() series: LectureSeries,
    @Arg('locale', () => Locale, { defaultValue: Locale.ZH, description: '语言。Language.' }) locale: Locale,
  ): string {
    return pick(series.entry.title, locale) ?? ''
  }

  @FieldResolver(() => String, { nullable: true, description: '简介。Summary.' })
  summary(
    @Root() series: LectureSeries,
    @Arg('locale', () => Locale, { defaultValue: Locale.ZH, description: '语言。Language.' }) locale: Locale,
  ): string | null {
    return pick(series.entry.summary, locale)
  }

  @FieldResolver(() => [Session], {
    complexity: listComplexity(limits.editorial.maxSessionsPerSeries),
    description: `全部场次（含已取消的），按开始时间，最多 ${limits.editorial.maxSessionsPerSeries} 场。All sessions, cancelled ones too, by start time (at most ${limits.editorial.maxSessionsPerSeries}).`,
  })
  async sessions(@Root() series: LectureSeries, @Ctx() ctx: HubContext): Promise<Session[]> {
    if (series.previewSessions)
      return series.previewSessions.slice(0, limits.editorial.maxSessionsPerSeries).map(toSession)
    const ids = (series.entry.sessionIds ?? []).slice(0, limits.editorial.maxSessionsPerSeries)
    const entries = await loadAll(ctx.loaders.session, ids)
    return entries.filter((entry): entry is CatalogueSession => entry !== null).map(toSession)
  }

  @FieldResolver(() => [CourseCollection], {
    complexity: listComplexity(limits.catalogue.reverseListSize),
    description: `收录本系列的专题，按名称，最多 ${limits.catalogue.reverseListSize} 个。Collections that include this series, by name (at most ${limits.catalogue.reverseListSize}).`,
  })
  async collections(@Root() series: LectureSeries, @Ctx() ctx: HubContext): Promise<CourseCollection[]> {
    return (await ctx.loaders.collectionsBySeries.load(series.id)).map(toCourseCollection)
  }
}
