/** Queries over the venue registry. */
import type { GraphQLResolveInfo } from 'graphql'
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql'
import { limits } from '../../config/limits.ts'
import type { HubContext } from '../../graphql/context.ts'
import { pageComplexity } from '../../graphql/limits/queryCost.ts'
import { BY_NAME, sortedPage } from '../../graphql/pagination/sortedPage.ts'
import { selectsField } from '../../graphql/pagination/selects.ts'
import { Institution, toInstitution } from '../institutions/institution.type.ts'
import { Community } from '../places/community.type.ts'
import { Street } from '../places/street.type.ts'
import { toCommunity, toStreet } from '../places/placeNodes.ts'
import { REGISTRY_COLLECTIONS } from '../shared/collections.ts'
import { ProvenanceInfo } from '../provenance/provenance.type.ts'
import { provenanceFor } from '../provenance/provenance.resolve.ts'
import type { VenueDocument } from './venue.content.ts'
import { VenueFilter, venueQuery } from './venue.filter.ts'
import { toVenue, Venue, VenueConnection } from './venue.type.ts'

@Resolver(() => Venue)
export class VenuesResolver {
  @Query(() => VenueConnection, {
    complexity: pageComplexity,
    description: '场地，按名称排序，游标分页。Venues by name, cursor-paginated.',
  })
  venues(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => VenueFilter, { nullable: true }) filter: VenueFilter | null,
    @Arg('first', () => Int, {
      nullable: true,
      description: `每页数量（最多 ${limits.pagination.maxPageSize}）。Page size.`,
    })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: '上一页的 endCursor。The previous page’s endCursor.' })
    after: string | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    const collection = ctx.read.collection<VenueDocument>(REGISTRY_COLLECTIONS.venues)
    return sortedPage(
      collection,
      venueQuery(filter),
      BY_NAME,
      { first, after, withTotal: selectsField(info, 'totalCount') },
      toVenue,
    )
  }

  @Query(() => Venue, { nullable: true, description: '按登记编号取场地。One venue by registry id.' })
  async venue(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string): Promise<Venue | null> {
    const document = await ctx.loaders.venue.load(id)
    return document ? toVenue(document) : null
  }

  @FieldResolver(() => Institution, { nullable: true, description: '管理机构。Owner institution.' })
  async owner(@Root() venue: Venue, @Ctx() ctx: HubContext): Promise<Institution | null> {
    const document = await ctx.loaders.institution.load(venue.ownerId)
    return document ? toInstitution(document) : null
  }

  @FieldResolver(() => Street, { description: '所属街道。Street.' })
  async street(@Root() venue: Venue, @Ctx() ctx: HubContext): Promise<Street | null> {
    const document = await ctx.loaders.street.load(venue.streetId)
    return document ? toStreet(document) : null
  }

  @FieldResolver(() => Community, { nullable: true, description: '所属社区。Community.' })
  async community(@Root() venue: Venue, @Ctx() ctx: HubContext): Promise<Community | null> {
    if (!venue.communityId) return null
    const document = await ctx.loaders.community.load(venue.communityId)
    return document ? toCommunity(document) : null
  }

  @FieldResolver(() => ProvenanceInfo, { description: '数据来源。Where this record came from.' })
  provenance(@Root() venue: Venue, @Ctx() ctx: HubContext): ProvenanceInfo {
    return provenanceFor(venue.document, ctx.viewer)
  }
}
