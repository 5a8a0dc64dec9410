/**
 * The cost of an operation, estimated before it runs: one per field, lists
 * multiplied by how many items they may return (declared on the fields with
 * type-graphql's `complexity`). Too costly an operation is refused before any
 * resolver, and so before any database call; so is one whose cost cannot be
 * estimated.
 *
 * The estimate is kept per parsed document (Apollo hands the same document
 * object for the same query text) and per value of the operation's scalar and
 * enum variables. The estimators read only such arguments (a page size);
 * input objects (a push's 1,000 records, a filter) never change a cost, so a
 * request whose estimate is known skips the estimate, and with it a second
 * coercion of those input objects that made a push of 1,000 records cost
 * 8 ms more per call. Execution still coerces every variable and answers
 * one that does not fit its type with BAD_USER_INPUT (400), as the estimate
 * does on a first sight.
 */
import type { ApolloServerPlugin } from '@apollo/server'
import { ApolloServerErrorCode } from '@apollo/server/errors'
import {
  GraphQLError,
  isInputObjectType,
  Kind,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type TypeNode,
} from 'graphql'
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimatorArgs,
} from 'graphql-query-complexity'
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

const namedTypeOf = (type: TypeNode): string =>
  type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type)

export function queryCostPlugin(schema: GraphQLSchema, maxCost: number = limits.graphql.maxCost): ApolloServerPlugin {
  const estimates = new WeakMap<DocumentNode, Map<string, number>>()
  /** The names of the variables an estimate can depend on: those not of an input object type. */
  const costVariables = new WeakMap<OperationDefinitionNode, string[]>()
  const costVariablesOf = (operation: OperationDefinitionNode): string[] => {
    let names = costVariables.get(operation)
    if (!names) {
      names = (operation.variableDefinitions ?? [])
        .filter((definition) => !isInputObjectType(schema.getType(namedTypeOf(definition.type))))
        .map((definition) => definition.variable.name.value)
      costVariables.set(operation, names)
    }
    return names
  }

  const estimate = (
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
  ): number => {
    try {
      return getComplexity({
        schema,
        query: {
          ...document,
          definitions: [
            operation,
            ...document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION),
          ],
        },
        variables,
        estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
      })
    } catch (error) {
      // Fails closed: an operation whose cost cannot be told does not run. Variables that do
      // not fit their types are the one expected cause, and the client's mistake.
      if (error instanceof GraphQLError) {
        throw new GraphQLError(error.message, {
          extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT, http: { status: 400 } },
        })
      }
      throw new Error(
        `the cost of the operation could not be estimated: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      )
    }
  }

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          // No operation of that name: Apollo refuses it (OPERATION_RESOLUTION_FAILURE) and nothing runs.
          if (!operation) return
          const variables = request.variables ?? {}
          const key = JSON.stringify([
            operation.name?.value ?? null,
            ...costVariablesOf(operation).map((name) => variables[name] ?? null),
          ])
          let known = estimates.get(document)
          let cost = known?.get(key)
          if (cost === undefined) {
            cost = estimate(document, operation, variables)
            if (key.length <= limits.graphql.costCacheKeyMaxChars) {
              if (!known) estimates.set(document, (known = new Map()))
              // The oldest estimate goes first: a Map iterates in insertion order.
              if (known.size >= limits.graphql.costCacheEntriesPerDocument) known.delete(known.keys().next().value!)
              known.set(key, cost)
            }
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `查询代价 ${cost} 超过上限 ${maxCost}，请减少每页数量或嵌套。Query cost ${cost} exceeds the limit of ${maxCost}.`,
              {
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost, http: { status: 400 } },
              },
            )
          }
        },
      }
    },
  }
}
