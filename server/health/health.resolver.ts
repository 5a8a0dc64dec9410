/** The `health` query: answers even when the database does not. */
import { Ctx, Query, Resolver } from 'type-graphql'
import { noCache } from '../graphql/cachePolicy.ts'
import { detectServer } from '../database/flavor.ts'
import type { HubContext } from '../graphql/context.ts'
import { databaseKindOf, Health } from './health.type.ts'

@Resolver(() => Health)
export class HealthResolver {
  @Query(() => Health, { description: '服务与数据库的健康状况。Whether the hub and its database are up.' })
  async health(@Ctx() ctx: HubContext): Promise<Health> {
    noCache(ctx)
    try {
      await ctx.db.command({ ping: 1 })
      const server = await detectServer(ctx.db)
      return {
        status: 'ok',
        version: ctx.hubVersion,
        database: { reachable: true, kind: databaseKindOf(server.flavor), version: server.version },
      }
    } catch {
      return { status: 'degraded', version: ctx.hubVersion, database: { reachable: false, kind: null, version: null } }
    }
  }
}
