/**
 * Editors' preview of drafts: the latest draft of a course, lecture series or
 * collection, shaped exactly as publishing would project it into the
 * catalogue, so a frontend renders it with the same queries. Only signed-in
 * editors and administrators; never cached.
 */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql'
import { toCatalogueCollection, type PublishedCollectionSource } from '../../catalogue/collectionProjection.ts'
import { toCatalogueCourse, type PublishedCourseSource } from '../../catalogue/courseProjection.ts'
import { toCatalogueSeries, type PublishedSeriesSource } from '../../catalogue/seriesProjection.ts'
import { noCache } from '../../graphql/cachePolicy.ts'
import type { HubContext } from '../../graphql/context.ts'
import { CourseCollection, toCourseCollection } from '../collections/collection.type.ts'
import { Course, toCourse } from '../courses/course.type.ts'
import { LectureSeries, toLectureSeries } from '../series/series.type.ts'
import { findDraft } from './findDraft.ts'

const ACCESS =
  '仅编辑和管理员可用；未登录为 UNAUTHENTICATED，其他角色为 FORBIDDEN。Editors and administrators only: UNAUTHENTICATED when signed out, FORBIDDEN for other roles.'

@Resolver()
export class PreviewResolver {
  @Query(() => Course, {
    nullable: true,
    description: `预览一门课程的最新草稿。${ACCESS} The latest draft of a course.`,
  })
  async coursePreview(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID, { description: '课程编号。Course id.' }) id: string,
  ): Promise<Course | null> {
    noCache(ctx)
    const draft = await findDraft<PublishedCourseSource>(ctx, 'courses', id)
    return draft ? toCourse(toCatalogueCourse(draft)) : null
  }

  @Query(() => LectureSeries, {
    nullable: true,
    description: `预览一个系列讲座的最新草稿（含其场次）。${ACCESS} The latest draft of a lecture series, with its sessions.`,
  })
  async seriesPreview(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID, { description: '系列编号。Series id.' }) id: string,
  ): Promise<LectureSeries | null> {
    noCache(ctx)
    const draft = await findDraft<PublishedSeriesSource>(ctx, 'lecture-series', id)
    if (!draft) return null
    const { series, sessions } = toCatalogueSeries(draft)
    return toLectureSeries(series, sessions)
  }

  @Query(() => CourseCollection, {
    nullable: true,
    description: `预览一个专题的最新草稿（其中只列已发布的课程和系列）。${ACCESS} The latest draft of a collection (its items: published ones only).`,
  })
  async collectionPreview(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID, { description: '专题编号。Collection id.' }) id: string,
  ): Promise<CourseCollection | null> {
    noCache(ctx)
    const draft = await findDraft<PublishedCollectionSource>(ctx, 'course-collections', id)
    return draft ? toCourseCollection(toCatalogueCollection(draft)) : null
  }
}
