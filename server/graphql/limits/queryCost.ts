/**
 * The cost of an operation, estimated before it runs: one per field, lists
 * multiplied by how many items they may return (declared on the fields with
 * type-graphql's `complexity`). Too costly an operation is refused before any
 * resolver, and so before any database call; so is one whose cost cannot be
 * estimated.
 */
import type { ApolloServerPlugin } from '@apollo/server'
import { ApolloServerErrorCode } from '@apollo/server/errors'
import { GraphQLError, Kind, type GraphQLSchema } from 'graphql'
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimatorArgs } from 'graphql-query-complexity'
import { limits } from '../../config/limits.ts'

/** Complexity of a connection field: its children times the page size asked for. */
export function pageComplexity({ args, childComplexity }: ComplexityEstimatorArgs): number {
  const first = typeof args.first === 'number' ? args.first : limits.pagination.defaultPageSize
  return 1 + childComplexity * Math.max(first, 1)
}

/** Complexity of an unpaginated child list. */
export function childListComplexity({ childComplexity }: ComplexityEstimatorArgs): number {
  return 1 + childComplexity * limits.graphql.childListSize
}

/** Complexity of a list capped at `size` items (a series' sessions, search hits). */
export function listComplexity(size: number) {
  return ({ childComplexity }: ComplexityEstimatorArgs): number => 1 + childComplexity * size
}

export function queryCostPlugin(schema: GraphQLSchema, maxCost: number = limits.graphql.maxCost): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          // No operation of that name: Apollo refuses it (OPERATION_RESOLUTION_FAILURE) and nothing runs.
          if (!operation) return
          let cost: number
          try {
            cost = getComplexity({
              schema,
              query: { ...document, definitions: [operation, ...document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)] },
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            })
          } catch (error) {
            // Fails closed: an operation whose cost cannot be told does not run. Variables that do
            // not fit their types are the one expected cause, and the client's mistake.
            if (error instanceof GraphQLError) {
              throw new GraphQLError(error.message, { extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT, http: { status: 400 } } })
            }
            throw new Error(`the cost of the operation could not be estimated: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
          }
          if (cost > maxCost) {
            throw new GraphQLError(`查询代价 ${cost} 超过上限 ${maxCost}，请减少每页数量或嵌套。Query cost ${cost} exceeds the limit of ${maxCost}.`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost, http: { status: 400 } },
            })
          }
        },
      }
    },
  }
}
