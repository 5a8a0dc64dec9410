/**
 * Structural limits checked before anything runs: tokens while the document
 * is parsed (GraphQL's own parser, so an oversized document is a parse
 * failure, 400), depth, aliases and directives while it is validated
 * (graphql-armor), and no "Did you mean ...?" hints in production.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor'
import type { ParseOptions } from 'graphql'
import { limits } from '../../config/limits.ts'

/**
 * The parser stops counting at the limit. Not graphql-armor's token plugin: it
 * parses in a plugin hook, where a syntax error or a refusal becomes a 500,
 * and it rewrites every unexpected error into a validation failure that shows
 * the internal message.
 */
export const parseLimits: ParseOptions = { maxTokens: limits.graphql.maxTokens }

export function armorProtection(production: boolean) {
  return new ApolloArmor({
    // Depth is the depth of the answer: a fragment (needed on every union, such
    // as a collection's items or search hits) adds no level to it.
    maxDepth: { n: limits.graphql.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.graphql.maxAliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.graphql.maxDirectives },
    // Cost is estimated with the schema's own complexity figures (queryCost.ts).
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect()
}
