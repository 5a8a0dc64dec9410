/** Queries over the published course catalogue, joined with the registry. */
import type { GraphQLResolveInfo } from 'graphql'
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql'
import { catalogueCourses, type CatalogueCourse } from '../../catalogue/courseProjection.ts'
import { limits } from '../../config/limits.ts'
import { BadInputError } from '../../errors/hubErrors.ts'
import type { HubContext } from '../../graphql/context.ts'
import { childListComplexity, pageComplexity } from '../../graphql/limits/queryCost.ts'
import { keysetPage } from '../../graphql/pagination/keyset.ts'
import { selectsField } from '../../graphql/pagination/selects.ts'
import { Institution, toInstitution } from '../../registry/institutions/institution.type.ts'
import type { TeacherDocument } from '../../registry/teachers/teacher.content.ts'
import { Teacher, toTeacher } from '../../registry/teachers/teacher.type.ts'
import { CourseFilter, courseQuery } from './course.filter.ts'
import { Course, CourseConnection, Locale, toCourse } from './course.type.ts'

const pick = (text: { zh: string | null; en: string | null } | undefined, locale: Locale): string | null =>
  (locale === Locale.EN ? (text?.en ?? text?.zh) : (text?.zh ?? text?.en)) ?? null

@Resolver(() => Course)
export class CoursesResolver {
  @Query(() => CourseConnection, { complexity: pageComplexity, description: '已发布的课程，按标题排序，游标分页。Published courses by title, cursor-paginated.' })
  courses(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => CourseFilter, { nullable: true }) filter: CourseFilter | null,
    @Arg('first', () => Int, { nullable: true, description: `每页数量（最多 ${limits.pagination.maxPageSize}）。Page size.` }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: '上一页的 endCursor。The previous page’s endCursor.' }) after: string | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    return keysetPage(
      catalogueCourses(ctx.db) as never,
      courseQuery(filter) as never,
      { first, after, withTotal: selectsField(info, 'totalCount') },
      (document) => toCourse(document as unknown as CatalogueCourse),
      limits.database.maxTimeMS,
    )
  }

  @Query(() => Course, { nullable: true, description: '按编号或网址别名取一门已发布的课程。One published course by id or slug.' })
  async course(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('slug', () => String, { nullable: true }) slug: string | null,
  ): Promise<Course | null> {
    if (!id === !slug) throw new BadInputError('请给出 id 或 slug 之一。Give either id or slug.', [{ path: id ? 'slug' : 'id', reason: 'exactly one of id and slug' }])
    const entry = await catalogueCourses(ctx.db).findOne({ ...(id ? { _id: id } : { slug: slug! }), removed: false }, { maxTimeMS: limits.database.maxTimeMS })
    return entry ? toCourse(entry) : null
  }

  @FieldResolver(() => String, { description: '标题。Title.' })
  title(@Root() course: Course, @Arg('locale', () => Locale, { defaultValue: Locale.ZH }) locale: Locale): string {
    return pick(course.entry.title, locale) ?? ''
  }

  @FieldResolver(() => String, { nullable: true, description: '简介。Summary.' })
  summary(@Root() course: Course, @Arg('locale', () => Locale, { defaultValue: Locale.ZH }) locale: Locale): string | null {
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
    const documents = await ctx.loaders.teacher.loadMany(course.entry.teacherIds ?? [])
    return documents.filter((document): document is TeacherDocument => document !== null && !(document instanceof Error)).map(toTeacher)
  }
}
