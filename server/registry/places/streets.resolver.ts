/** Queries over the district's streets, and what is on a street: communities, institutions, venues. */
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql'
import { limits } from '../../config/limits.ts'
import type { HubContext } from '../../graphql/context.ts'
import { childListComplexity, listComplexity } from '../../graphql/limits/queryCost.ts'
import { Institution, toInstitution } from '../institutions/institution.type.ts'
import { toVenue, Venue } from '../venues/venue.type.ts'
import { Community } from './community.type.ts'
import { toCommunity } from './placeNodes.ts'
import { Street } from './street.type.ts'
import { listStreets } from './streets.repository.ts'

@Resolver(() => Street)
export class StreetsResolver {
  @Query(() => [Street], {
    complexity: childListComplexity,
    description: '拱墅区的十八个街道，按区里公布的顺序。The 18 streets, in the district’s order.',
  })
  streets(@Ctx() ctx: HubContext): Promise<Street[]> {
    return listStreets(ctx.read)
  }

  @FieldResolver(() => [Community], {
    complexity: childListComplexity,
    description: '街道下的社区，按名称排序。The street’s communities, by name.',
  })
  async communities(@Root() street: Street, @Ctx() ctx: HubContext): Promise<Community[]> {
    return (await ctx.loaders.communitiesByStreet.load(street.id)).map(toCommunity)
  }

  @FieldResolver(() => [Institution], {
    complexity: listComplexity(limits.catalogue.reverseListSize),
    description: `街道上的机构，按名称，最多 ${limits.catalogue.reverseListSize} 个。Institutions on the street, by name (at most ${limits.catalogue.reverseListSize}).`,
  })
  async institutions(@Root() street: Street, @Ctx() ctx: HubContext): Promise<Institution[]> {
    return (await ctx.loaders.institutionsByStreet.load(street.id))
      .slice(0, limits.catalogue.reverseListSize)
      .map(toInstitution)
  }

  @FieldResolver(() => [Venue], {
    complexity: listComplexity(limits.catalogue.reverseListSize),
    description: `街道上开放的场地，按名称，最多 ${limits.catalogue.reverseListSize} 个。Active venues on the street, by name (at most ${limits.catalogue.reverseListSize}).`,
  })
  async venues(@Root() street: Street, @Ctx() ctx: HubContext): Promise<Venue[]> {
    const venues = await ctx.loaders.venuesByStreet.load(street.id)
    return venues
      .filter((venue) => venue.status === 'ACTIVE')
      .slice(0, limits.catalogue.reverseListSize)
      .map(toVenue)
  }
}
