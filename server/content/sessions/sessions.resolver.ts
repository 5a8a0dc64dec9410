/** The calendar (`sessions`) and a session's joins: its series, venue and teachers. */
import type { GraphQLResolveInfo } from 'graphql'
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql'
import { catalogueSessions } from '../../catalogue/seriesProjection.ts'
import { limits } from '../../config/limits.ts'
import type { HubContext } from '../../graphql/context.ts'
import { childListComplexity, pageComplexity } from '../../graphql/limits/queryCost.ts'
import { selectsField } from '../../graphql/pagination/selects.ts'
import { sortedPage } from '../../graphql/pagination/sortedPage.ts'
import type { TeacherDocument } from '../../registry/teachers/teacher.content.ts'
import { Teacher, toTeacher } from '../../registry/teachers/teacher.type.ts'
import { toVenue, Venue } from '../../registry/venues/venue.type.ts'
import { LectureSeries, toLectureSeries } from '../series/series.type.ts'
import { Locale, pick } from '../shared/locale.ts'
import { CALENDAR_ORDER, SessionFilter, sessionQuery } from './session.filter.ts'
import { Session, SessionConnection, toSession } from './session.type.ts'
import { loadAll } from '../../graphql/loaders/loadAll.ts'

@Resolver(() => Session)
export class SessionsResolver {
  @Query(() => SessionConnection, {
    complexity: pageComplexity,
    description: `日历：某段时间内的场次，按开始时间，游标分页（默认从现在起 ${limits.catalogue.calendarDefaultDays} 天）。The calendar: sessions in a date range by start time, cursor-paginated (default: the next ${limits.catalogue.calendarDefaultDays} days).`,
  })
  async sessions(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => SessionFilter, {
      nullable: true,
      description: '筛选条件（含日期范围）。Filters, including the date range.',
    })
    filter: SessionFilter | null,
    @Arg('first', () => Int, {
      nullable: true,
      description: `每页数量（最多 ${limits.pagination.maxPageSize}）。Page size.`,
    })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: '上一页的 endCursor。The previous page’s endCursor.' })
    after: string | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    const query = await sessionQuery(ctx.read, filter, ctx.now)
    return sortedPage(
      catalogueSessions(ctx.read),
      query,
      CALENDAR_ORDER,
      { first, after, withTotal: selectsField(info, 'totalCount') },
      toSession,
    )
  }

  @FieldResolver(() => String, {
    description: '标题（未单独命名时为系列标题）。Title (the series’ title unless the session has its own).',
  })
  title(
    @Root() session: Session,
    @Arg('locale', () => Locale, { defaultValue: Locale.ZH, description: '语言。Language.' }) locale: Locale,
  ): string {
    return pick(session.entry.title, locale) ?? ''
  }

  @FieldResolver(() => LectureSeries, { nullable: true, description: '所属系列讲座。The lecture series.' })
  async series(@Root() session: Session, @Ctx() ctx: HubContext): Promise<LectureSeries | null> {
    if (!session.entry.seriesId) return null
    const entry = await ctx.loaders.series.load(session.entry.seriesId)
    return entry ? toLectureSeries(entry) : null
  }

  @FieldResolver(() => Venue, { nullable: true, description: '场地（线上场次为空）。Venue; null when online only.' })
  async venue(@Root() session: Session, @Ctx() ctx: HubContext): Promise<Venue | null> {
    if (!session.entry.venueId) return null
    const document = await ctx.loaders.venue.load(session.entry.venueId)
    return document ? toVenue(document) : null
  }

  @FieldResolver(() => [Teacher], { complexity: childListComplexity, description: '主讲教师。Teachers.' })
  async teachers(@Root() session: Session, @Ctx() ctx: HubContext): Promise<Teacher[]> {
    const documents = await loadAll(ctx.loaders.teacher, session.entry.teacherIds ?? [])
    return documents.filter((document): document is TeacherDocument => document !== null).map(toTeacher)
  }
}
