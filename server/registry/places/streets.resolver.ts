/** Queries over the district's streets. */
import { Ctx, Query, Resolver } from 'type-graphql'
import type { HubContext } from '../../graphql/context.ts'
import { Street } from './street.type.ts'
import { listStreets } from './streets.repository.ts'

@Resolver(() => Street)
export class StreetsResolver {
  @Query(() => [Street], { description: '拱墅区的十八个街道，按区里公布的顺序。The 18 streets, in the district’s order.' })
  streets(@Ctx() ctx: HubContext): Promise<Street[]> {
    return listStreets(ctx.db)
  }
}
