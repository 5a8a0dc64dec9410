/** Queries over published collections (专题), and their items in the editor's order. */
import type { GraphQLResolveInfo } from 'graphql'
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql'
import { catalogueCollections } from '../../catalogue/collectionProjection.ts'
import { limits } from '../../config/limits.ts'
import { BadInputError } from '../../errors/hubErrors.ts'
import type { HubContext } from '../../graphql/context.ts'
import { listComplexity, pageComplexity } from '../../graphql/limits/queryCost.ts'
import { selectsField } from '../../graphql/pagination/selects.ts'
import { sortedPage, type SortOrder } from '../../graphql/pagination/sortedPage.ts'
import { Course, toCourse } from '../courses/course.type.ts'
import { LectureSeries, toLectureSeries } from '../series/series.type.ts'
import { Locale, pick } from '../shared/locale.ts'
import { CourseCollectionFilter, collectionQuery } from './collection.filter.ts'
import { CollectionItem, CourseCollection, CourseCollectionConnection, toCourseCollection } from './collection.type.ts'

const BY_NAME: SortOrder = { key: 'NAME', fields: [{ path: 'name', direction: 1, type: 'string' }] }

@Resolver(() => CourseCollection)
export class CollectionsResolver {
  @Query(() => CourseCollectionConnection, {
    complexity: pageComplexity,
    description: '已发布的专题，按标题排序，游标分页。Published collections by title, cursor-paginated.',
  })
  collections(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => CourseCollectionFilter, { nullable: true, description: '筛选条件。Filters.' })
    filter: CourseCollectionFilter | null,
    @Arg('first', () => Int, {
      nullable: true,
      description: `每页数量（最多 ${limits.pagination.maxPageSize}）。Page size.`,
    })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: '上一页的 endCursor。The previous page’s endCursor.' })
    after: string | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    return sortedPage(
      catalogueCollections(ctx.read),
      collectionQuery(filter),
      BY_NAME,
      { first, after, withTotal: selectsField(info, 'totalCount') },
      toCourseCollection,
    )
  }

  @Query(() => CourseCollection, {
    nullable: true,
    description: '按编号或网址别名取一个已发布的专题。One published collection by id or slug.',
  })
  async collection(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID, { nullable: true, description: '专题编号。Collection id.' }) id: string | null,
    @Arg('slug', () => String, { nullable: true, description: '网址别名。URL slug.' }) slug: string | null,
  ): Promise<CourseCollection | null> {
    if (!id === !slug)
      throw new BadInputError('请给出 id 或 slug 之一。Give either id or slug.', [
        { path: id ? 'slug' : 'id', reason: 'exactly one of id and slug' },
      ])
    const entry = await catalogueCollections(ctx.read).findOne(
      { ...(id ? { _id: id } : { slug: slug! }), removed: false },
      { maxTimeMS: limits.database.maxTimeMS },
    )
    return entry ? toCourseCollection(entry) : null
  }

  @FieldResolver(() => String, { description: '标题。Title.' })
  title(
    @Root() collection: CourseCollection,
    @Arg('locale', () => Locale, { defaultValue: Locale.ZH, description: '语言。Language.' }) locale: Locale,
  ): string {
    return pick(collection.entry.title, locale) ?? ''
  }

  @FieldResolver(() => String, { nullable: true, description: '主题语。Theme line.' })
  theme(
    @Root() collection: CourseCollection,
    @Arg('locale', () => Locale, { defaultValue: Locale.ZH, description: '语言。Language.' }) locale: Locale,
  ): string | null {
    return pick(collection.entry.theme, locale)
  }

  @FieldResolver(() => String, { nullable: true, description: '导语。Introduction.' })
  intro(
    @Root() collection: CourseCollection,
    @Arg('locale', () => Locale, { defaultValue: Locale.ZH, description: '语言。Language.' }) locale: Locale,
  ): string | null {
    return pick(collection.entry.intro, locale)
  }

  @FieldResolver(() => [CollectionItem], {
    complexity: listComplexity(limits.editorial.maxCollectionItems),
    description: `课程和系列讲座，按编辑排定的顺序；已下架的不列出；最多 ${limits.editorial.maxCollectionItems} 项。Courses and series in the editor’s order; those no longer published are left out (at most ${limits.editorial.maxCollectionItems}).`,
  })
  async items(@Root() collection: CourseCollection, @Ctx() ctx: HubContext): Promise<Array<Course | LectureSeries>> {
    const items = (collection.entry.items ?? []).slice(0, limits.editorial.maxCollectionItems)
    const nodes = await Promise.all(
      items.map(async (item) => {
        if (item.kind === 'SERIES') {
          const entry = await ctx.loaders.series.load(item.id)
          return entry ? toLectureSeries(entry) : null
        }
        const entry = await ctx.loaders.course.load(item.id)
        return entry ? toCourse(entry) : null
      }),
    )
    return nodes.filter((node): node is Course | LectureSeries => node !== null)
  }
}
