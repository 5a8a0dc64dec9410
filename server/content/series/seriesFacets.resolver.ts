/**
 * `facets` on a page of lecture series. A series' streets are those of its
 * sessions' venues, so one series can count on several streets (once each).
 */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql'
import { catalogueSeries, catalogueSessions } from '../../catalogue/seriesProjection.ts'
import { limits } from '../../config/limits.ts'
import type { Audience, Topic } from '../../domain/vocabulary.ts'
import type { HubContext } from '../../graphql/context.ts'
import { countBy, sortedCounts, streetCounts, type Counts } from '../facets/countFacets.ts'
import { CatalogueFacets } from '../facets/facets.type.ts'
import { LectureSeriesConnection } from './series.type.ts'
import type { SeriesPage } from './series.resolver.ts'
import { loadAll } from '../../graphql/loaders/loadAll.ts'

@Resolver(() => LectureSeriesConnection)
export class SeriesFacetsResolver {
  @FieldResolver(() => CatalogueFacets, {
    description: '分面统计（同样的筛选条件，不分页）。Facet counts under the same filters, over all pages.',
  })
  async facets(@Root() page: SeriesPage, @Ctx() ctx: HubContext): Promise<CatalogueFacets> {
    const series = catalogueSeries(ctx.read)
    const options = { maxTimeMS: limits.database.maxTimeMS, batchSize: limits.database.findBatchSize }
    const [topics, audiences, matched] = await Promise.all([
      countBy(series, page.query, 'topics', true),
      countBy(series, page.query, 'audiences', true),
      series
        .find(page.query, { ...options, projection: { _id: 1 } })
        .limit(limits.catalogue.maxLoaderRows)
        .toArray(),
    ])
    const sessions = await catalogueSessions(ctx.read)
      .find(
        { seriesId: { $in: matched.map((entry) => entry._id) }, removed: false },
        { ...options, projection: { seriesId: 1, venueId: 1 } },
      )
      .limit(limits.catalogue.maxLoaderRows)
      .toArray()
    const venueIds = [...new Set(sessions.flatMap((session) => (session.venueId ? [session.venueId] : [])))]
    const venues = await loadAll(ctx.loaders.venue, venueIds)
    const streetOfVenue = new Map(
      venueIds.flatMap((id, index) => {
        const venue = venues[index]
        return venue ? [[id, venue.streetId] as const] : []
      }),
    )
    const seriesOnStreet = new Map<string, Set<string>>()
    for (const session of sessions) {
      const street = session.venueId ? streetOfVenue.get(session.venueId) : undefined
      if (street) seriesOnStreet.set(street, (seriesOnStreet.get(street) ?? new Set()).add(session.seriesId!))
    }
    const byStreet: Counts = new Map([...seriesOnStreet].map(([street, ids]) => [street, ids.size]))
    return {
      topics: sortedCounts(topics, 'topic') as { topic: Topic; count: number }[],
      audiences: sortedCounts(audiences, 'audience') as { audience: Audience; count: number }[],
      streets: await streetCounts(byStreet, ctx.loaders),
    }
  }
}
