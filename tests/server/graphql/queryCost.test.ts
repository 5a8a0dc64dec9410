/**
 * The cost plugin through executeOperation, without HTTP: it fails closed.
 * Variables that do not fit their types are the client's mistake
 * (BAD_USER_INPUT, 400); an estimate that breaks for any other reason refuses
 * the operation before a resolver runs, rather than letting it through
 * uncosted. An estimate remembered for a document is one per page size, and
 * never skips the check of the variables.
 */
import { describe, expect, it } from '@jest/globals'
import { ApolloServer } from '@apollo/server'
import {
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
} from 'graphql'
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
        count: {
          type: GraphQLInt,
          args: {
            records: {
              type: new GraphQLNonNull(
                new GraphQLList(
                  new GraphQLNonNull(
                    new GraphQLInputObjectType({
                      name: 'Item',
                      fields: { name: { type: new GraphQLNonNull(GraphQLString) } },
                    }),
                  ),
                ),
              ),
            },
          },
          resolve: (_root, { records }: { records: unknown[] }) => {
            onResolve()
            return records.length
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

/** The requests in order on one server, so what it remembers between them is under test too. */
async function runAll(requests: { query: string; variables?: Record<string, unknown> }[]) {
  let resolved = 0
  const schema = schemaWith(() => resolved++)
  const server = new ApolloServer({ schema, plugins: [queryCostPlugin(schema, 100)] })
  await server.start()
  try {
    const answers = []
    for (const { query, variables = {} } of requests) {
      const before = resolved
      const response = await server.executeOperation({ query, variables })
      if (response.body.kind !== 'single') throw new Error('expected a single answer')
      answers.push({ status: response.http.status, result: response.body.singleResult, resolved: resolved - before })
    }
    return answers
  } finally {
    await server.stop()
  }
}

async function run(query: string, variables: Record<string, unknown> = {}) {
  return (await runAll([{ query, variables }]))[0]!
}

describe('the cost plugin', () => {
  it('lets an affordable operation run', async () => {
    const { result, resolved } = await run('query($n: Int) { names(first: $n) }', { n: 3 })
    expect(result.errors).toBeUndefined()
    expect(resolved).toBe(1)
  })

  it('refuses an operation over the limit before any resolver', async () => {
    const { status, result, resolved } = await run('query($n: Int) { names(first: $n) }', { n: 80 })
    expect({ status, code: result.errors?.[0]?.extensions?.code, resolved }).toEqual({
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      resolved: 0,
    })
  })

  it('answers variables that do not fit their types as the client’s mistake', async () => {
    const { status, result, resolved } = await run('query($n: Int) { names(first: $n) }', { n: 'many' })
    expect({ status, code: result.errors?.[0]?.extensions?.code, resolved }).toEqual({
      status: 400,
      code: 'BAD_USER_INPUT',
      resolved: 0,
    })
    expect(result.errors?.[0]?.message).toMatch(/\$n/)
  })

  it('estimates each page size of the same document anew: a small page once allowed does not let a large one through', async () => {
    const query = 'query($n: Int) { names(first: $n) }'
    const answers = await runAll([
      { query, variables: { n: 3 } },
      { query, variables: { n: 80 } },
      { query, variables: { n: 3 } },
    ])
    expect(
      answers.map(({ status, result, resolved }) => ({ status, code: result.errors?.[0]?.extensions?.code, resolved })),
    ).toEqual([
      { status: undefined, code: undefined, resolved: 1 },
      { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', resolved: 0 },
      { status: undefined, code: undefined, resolved: 1 },
    ])
  })

  it('still refuses input objects that do not fit their type once the cost of the document is known', async () => {
    const query = 'query($records: [Item!]!) { count(records: $records) }'
    const answers = await runAll([
      { query, variables: { records: [{ name: 'a' }, { name: 'b' }] } },
      { query, variables: { records: [{ name: 'a' }, { title: 'no name' }] } },
    ])
    expect(answers[0]!.result.data).toEqual({ count: 2 })
    expect({
      status: answers[1]!.status,
      code: answers[1]!.result.errors?.[0]?.extensions?.code,
      resolved: answers[1]!.resolved,
    }).toEqual({ status: 400, code: 'BAD_USER_INPUT', resolved: 0 })
    expect(answers[1]!.result.errors?.[0]?.message).toMatch(/\$records/)
  })

  it('refuses an operation whose cost cannot be estimated, without running it', async () => {
    const { status, result, resolved } = await run('{ broken }')
    expect({ status, code: result.errors?.[0]?.extensions?.code, resolved }).toEqual({
      status: 500,
      code: 'INTERNAL_SERVER_ERROR',
      resolved: 0,
    })
    expect(result.data).toBeUndefined()
  })
})
