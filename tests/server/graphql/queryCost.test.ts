/**
 * The cost plugin through executeOperation, without HTTP: it fails closed.
 * Variables that do not fit their types are the client's mistake
 * (BAD_USER_INPUT, 400); an estimate that breaks for any other reason refuses
 * the operation before a resolver runs, rather than letting it through
 * uncosted.
 */
import { describe, expect, it } from '@jest/globals'
import { ApolloServer } from '@apollo/server'
import { GraphQLInt, GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql'
import { queryCostPlugin } from '../../../server/graphql/limits/queryCost.ts'

function schemaWith(onResolve: () => void) {
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        names: {
          type: new GraphQLList(GraphQLString),
          args: { first: { type: GraphQLInt } },
          extensions: { complexity: ({ args }: { args: { first?: number } }) => (args.first ?? 10) * 2 },
          resolve: () => {
            onResolve()
            return ['a']
          },
        },
        broken: {
          type: GraphQLString,
          extensions: {
            complexity: () => {
              throw new RangeError('estimator bug')
            },
          },
          resolve: () => {
            onResolve()
            return 'ran'
          },
        },
      },
    }),
  })
}

async function run(query: string, variables: Record<string, unknown> = {}) {
  let resolved = 0
  const schema = schemaWith(() => resolved++)
  const server = new ApolloServer({ schema, plugins: [queryCostPlugin(schema, 100)] })
  await server.start()
  try {
    const response = await server.executeOperation({ query, variables })
    if (response.body.kind !== 'single') throw new Error('expected a single answer')
    return { status: response.http.status, result: response.body.singleResult, resolved }
  } finally {
    await server.stop()
  }
}

describe('the cost plugin', () => {
  it('lets an affordable operation run', async () => {
    const { result, resolved } = await run('query($n: Int) { names(first: $n) }', { n: 3 })
    expect(result.errors).toBeUndefined()
    expect(resolved).toBe(1)
  })

  it('refuses an operation over the limit before any resolver', async () => {
    const { status, result, resolved } = await run('query($n: Int) { names(first: $n) }', { n: 80 })
    expect({ status, code: result.errors?.[0]?.extensions?.code, resolved }).toEqual({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED', resolved: 0 })
  })

  it('answers variables that do not fit their types as the client’s mistake', async () => {
    const { status, result, resolved } = await run('query($n: Int) { names(first: $n) }', { n: 'many' })
    expect({ status, code: result.errors?.[0]?.extensions?.code, resolved }).toEqual({ status: 400, code: 'BAD_USER_INPUT', resolved: 0 })
    expect(result.errors?.[0]?.message).toMatch(/\$n/)
  })

  it('refuses an operation whose cost cannot be estimated, without running it', async () => {
    const { status, result, resolved } = await run('{ broken }')
    expect({ status, code: result.errors?.[0]?.extensions?.code, resolved }).toEqual({ status: 500, code: 'INTERNAL_SERVER_ERROR', resolved: 0 })
    expect(result.data).toBeUndefined()
  })
})
