/**
 * Cache-control for CDNs: anonymous answers built from public data may be
 * kept for a minute; anything answered for a signed-in viewer is private;
 * live figures (health, the compliance report) and mutations are not cached.
 */
import type { ApolloServerPlugin } from '@apollo/server'
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl'
import { maybeCacheControlFromInfo } from '@apollo/cache-control-types'
import type { GraphQLResolveInfo } from 'graphql'
import { limits } from '../config/limits.ts'
import type { HubContext } from './context.ts'

export function cachePlugins(): ApolloServerPlugin<HubContext>[] {
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: limits.http.publicMaxAgeSeconds }),
    {
      async requestDidStart({ contextValue }) {
        return {
          async executionDidStart({ overallCachePolicy, operation }) {
            // No operation when the requested operationName names none: execution then refuses it (400).
            if (operation?.operation !== 'query') overallCachePolicy.restrict({ maxAge: 0 })
            if (contextValue.viewer) overallCachePolicy.restrict({ scope: 'PRIVATE' })
          },
        }
      },
    },
  ]
}

/** For resolvers whose answer must never be cached. */
export function noCache(info: GraphQLResolveInfo): void {
  maybeCacheControlFromInfo(info)?.setCacheHint({ maxAge: 0 })
}
