/**
 * Structural limits checked while a document is validated, before anything
 * runs: depth, aliases, tokens, directives (graphql-armor), and no "Did you
 * mean ...?" hints in production.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor'
import { limits } from '../../config/limits.ts'

export function armorProtection(production: boolean) {
  return new ApolloArmor({
    // Depth is the depth of the answer: a fragment (needed on every union, such
    // as a collection's items or search hits) adds no level to it.
    maxDepth: { n: limits.graphql.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.graphql.maxAliases },
    maxTokens: { n: limits.graphql.maxTokens },
    maxDirectives: { n: limits.graphql.maxDirectives },
    // Cost is estimated with the schema's own complexity figures (queryCost.ts).
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect()
}
