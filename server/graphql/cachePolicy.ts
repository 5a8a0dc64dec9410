/**
 * Cache-control for CDNs: anonymous answers built from public data may be
 * kept for a minute; anything answered for a signed-in viewer is private;
 * live figures (health, the compliance report) and mutations are not cached.
 *
 * Decided once per answer, not per field. Apollo's own cache-control plugin
 * hooks the resolution of every field to read `@cacheControl` hints the
 * schema does not use: on a series page (about 400 fields) that hook and
 * the resolver wrapper it needs were a tenth of the hub's CPU per request.
 * Every field here has the same default (the public max-age); a resolver
 * whose answer must not be kept says so with `noCache`.
 */
import type { ApolloServerPlugin } from '@apollo/server'
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled'
import { limits } from '../config/limits.ts'

/** What the resolvers of one answer have said about keeping it. */
export interface AnswerCache {
  uncacheable: boolean
}

export function newAnswerCache(): AnswerCache {
  return { uncacheable: false }
}

/** The header Apollo's plugin also sends for an answer no one may keep. */
const UNCACHEABLE = 'no-store'

export function cachePlugins(): ApolloServerPlugin<{ viewer: unknown; answerCache: AnswerCache }>[] {
  return [
    // Without it Apollo installs its per-field plugin by default.
    ApolloServerPluginCacheControlDisabled(),
    {
      async requestDidStart({ contextValue }) {
        return {
          async executionDidStart({ overallCachePolicy, operation }) {
            overallCachePolicy.restrict({ maxAge: limits.http.publicMaxAgeSeconds })
            // No operation when the requested operationName names none: execution then refuses it (400).
            if (operation?.operation !== 'query') overallCachePolicy.restrict({ maxAge: 0 })
            if (contextValue.viewer) overallCachePolicy.restrict({ scope: 'PRIVATE' })
          },
          async willSendResponse({ response, overallCachePolicy }) {
            if (contextValue.answerCache.uncacheable) overallCachePolicy.restrict({ maxAge: 0 })
            const policy = overallCachePolicy.policyIfCacheable()
            // An answer with errors (a refused query, a failed resolver) is never kept.
            const whole = response.body.kind === 'single' && !response.body.singleResult.errors
            response.http.headers.set(
              'cache-control',
              policy && whole ? `max-age=${policy.maxAge}, ${policy.scope.toLowerCase()}` : UNCACHEABLE,
            )
          },
        }
      },
    },
  ]
}

/** For resolvers whose answer must never be cached. */
export function noCache(ctx: { answerCache: AnswerCache }): void {
  ctx.answerCache.uncacheable = true
}
