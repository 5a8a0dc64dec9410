/** Queries over the published course catalogue, and the course's joins (registry, collections). */
import type { GraphQLResolveInfo } from 'graphql'
import type { Filter } from 'mongodb'
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql'
import { catalogueCourses, type CatalogueCourse } from '../../catalogue/courseProjection.ts'
import { limits } from '../../config/limits.ts'
import { BadInputError } from '../../errors/hubErrors.ts'
import type { HubContext } from '../../graphql/context.ts'
import { childListComplexity, listComplexity, pageComplexity } from '../../graphql/limits/queryCost.ts'
import type { Connection } from '../../graphql/pagination/connection.ts'
import { selectsField } from '../../graphql/pagination/selects.ts'
import { sortedPage } from '../../graphql/pagination/sortedPage.ts'
import { Institution, toInstitution } from '../../registry/institutions/institution.type.ts'
import type { TeacherDocument } from '../../registry/teachers/teacher.content.ts'
import { Teacher, toTeacher } from '../../registry/teachers/teacher.type.ts'
import { CourseCollection, toCourseCollection } from '../collections/collection.type.ts'
import { Locale, pick } from '../shared/locale.ts'
import { COURSE_ORDERS, CourseFilter, courseQuery, CourseSort } from './course.filter.ts'
import { Course, CourseConnection, toCourse } from './course.type.ts'
import { loadAll } from '../../graphql/loaders/loadAll.ts'

/** A page of courses remembers its query, so `facets` counts under the same filters when asked. */
export type CoursePage = Connection<Course> & { query: Filter<CatalogueCourse> }

@Resolver(() => Course)
export class CoursesResolver {
  @Query(() => CourseConnection, {
    complexity: pageComplexity,
    description: '已发布的课程，游标分页，可带分面统计。Published courses, cursor-paginated, with facet counts.',
  })
  async courses(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => CourseFilter, { nullable: true, description: '筛选条件。Filters.' })
    filter: CourseFilter | null,
    @Arg('sort', () => CourseSort, { defaultValue: CourseSort.NAME, description: '排序。Order.' }) sort: CourseSort,
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
  ): Promise<CoursePage> {
    const query = await courseQuery(ctx.read, filter)
    const page = await sortedPage(
      catalogueCourses(ctx.read),
      query,
      COURSE_ORDERS[sort],
      { first, after, withTotal: selectsField(info, 'totalCount') },
      toCourse,
    )
    return { ...page, query }
  }

  @Query(() => Course, {
    nullable: true,
    description: '按编号或网址别名取一门已发布的课程。One published course by id or slug.',
  })
  async course(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID, { nullable: true, description: '课程编号。Course id.' }) id: string | null,
    @Arg('slug', () => String, { nullable: true, description: '网址别名。URL slug.' }) slug: string | null,
  ): Promise<Course | null> {
    if (!id === !slug)
      throw new BadInputError('请给出 id 或 slug 之一。Give either id or slug.', [
        { path: id ? 'slug' : 'id', reason: 'exactly one of id and slug' },
      ])
    const entry = await catalogueCourses(ctx.read).findOne(
      { ...(id ? { _id: id } : { slug: slug! }), removed: false },
      { maxTimeMS: limits.database.maxTimeMS },
    )
    return entry ? toCourse(entry) : null
  }

  @FieldResolver(() => String, { description: '标题。Title.' })
  title(
    @Root() course: Course,
    @Arg('locale', () => Locale, { defaultValue: Locale.ZH, description: '语言。Language.' }) locale: Locale,
  ): string {
    return pick(course.entry.title, locale) ?? ''
  }

  @FieldResolver(() => String, { nullable: true, description: '简介。Summary.' })
  summary(
    @Root() course: Course,
    @Arg('locale', () => Locale, { defaultValue: Locale.ZH, description: '语言。Language.' }) locale: Locale,
  ): string | null {
    return pick(course.entry.summary, locale)
  }

  @FieldResolver(() => Institution, { nullable: true, description: '提供机构。Provider institution.' })
  async provider(@Root() course: Course, @Ctx() ctx: HubContext): Promise<Institution | null> {
    if (!course.entry.providerId) return null
    const document = await ctx.loaders.institution.load(course.entry.providerId)
    return document ? toInstitution(document) : null
  }

  @FieldResolver(() => [Teacher], { complexity: childListComplexity, description: '授课教师。Teachers.' })
  async teachers(@Root() course: Course, @Ctx() ctx: HubContext): Promise<Teacher[]> {
    const documents = await loadAll(ctx.loaders.teacher, course.entry.teacherIds ?? [])
    return documents.filter((document): document is TeacherDocument => document !== null).map(toTeacher)
  }

  @FieldResolver(() => [CourseCollection], {
    complexity: listComplexity(limits.catalogue.reverseListSize),
    description: `收录本课程的专题，按名称，最多 ${limits.catalogue.reverseListSize} 个。Collections that include this course, by name (at most ${limits.catalogue.reverseListSize}).`,
  })
  async collections(@Root() course: Course, @Ctx() ctx: HubContext): Promise<CourseCollection[]> {
    return (await ctx.loaders.collectionsByCourse.load(course.id)).map(toCourseCollection)
  }
}
