/** Queries over the district's streets, and their communities. */
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql'
import type { HubContext } from '../../graphql/context.ts'
import { childListComplexity } from '../../graphql/limits/queryCost.ts'
import { Community } from './community.type.ts'
import { toCommunity } from './placeNodes.ts'
import { Street } from './street.type.ts'
import { listStreets } from './streets.repository.ts'

@Resolver(() => Street)
export class StreetsResolver {
  @Query(() => [Street], { complexity: childListComplexity, description: '拱墅区的十八个街道，按区里公布的顺序。The 18 streets, in the district’s order.' })
  streets(@Ctx() ctx: HubContext): Promise<Street[]> {
    return listStreets(ctx.db)
  }

  @FieldResolver(() => [Community], { complexity: childListComplexity, description: '街道下的社区，按名称排序。The street’s communities, by name.' })
  async communities(@Root() street: Street, @Ctx() ctx: HubContext): Promise<Community[]> {
    return (await ctx.loaders.communitiesByStreet.load(street.id)).map(toCommunity)
  }
}
