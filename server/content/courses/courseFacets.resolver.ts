/** `facets` on a page of courses: topic, audience and provider-street counts under the page's filters. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql'
import { catalogueCourses } from '../../catalogue/courseProjection.ts'
import type { HubContext } from '../../graphql/context.ts'
import type { Audience, Topic } from '../../domain/vocabulary.ts'
import { countBy, sortedCounts, streetCounts, type Counts } from '../facets/countFacets.ts'
import { CatalogueFacets } from '../facets/facets.type.ts'
import { CourseConnection } from './course.type.ts'
import type { CoursePage } from './courses.resolver.ts'
import { loadAll } from '../../graphql/loaders/loadAll.ts'

@Resolver(() => CourseConnection)
export class CourseFacetsResolver {
  @FieldResolver(() => CatalogueFacets, {
    description: '分面统计（同样的筛选条件，不分页）。Facet counts under the same filters, over all pages.',
  })
  async facets(@Root() page: CoursePage, @Ctx() ctx: HubContext): Promise<CatalogueFacets> {
    const courses = catalogueCourses(ctx.read)
    const [topics, audiences, providers] = await Promise.all([
      countBy(courses, page.query, 'topics', true),
      countBy(courses, page.query, 'audiences', true),
      countBy(courses, page.query, 'providerId', false),
    ])
    // A course has one provider, so its street is counted once.
    const providerDocs = await loadAll(ctx.loaders.institution, [...providers.keys()])
    const byStreet: Counts = new Map()
    ;[...providers.values()].forEach((count, index) => {
      const provider = providerDocs[index]
      if (provider && provider.streetId) byStreet.set(provider.streetId, (byStreet.get(provider.streetId) ?? 0) + count)
    })
    return {
      topics: sortedCounts(topics, 'topic') as { topic: Topic; count: number }[],
      audiences: sortedCounts(audiences, 'audience') as { audience: Audience; count: number }[],
      streets: await streetCounts(byStreet, ctx.loaders),
    }
  }
}
