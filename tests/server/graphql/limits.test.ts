/**
 * Every limit of server/config/limits.ts from the outside: just under passes,
 * just over is refused with its code and message, and a refused request
 * reaches no database.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { limits } from '../../../server/config/limits.ts'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { graphql } from '../../support/hub.ts'
import { startStack, type TestStack } from '../../support/stack.ts'

let stack: TestStack

beforeAll(async () => {
  stack = await startStack('limits')
  await seedRegistry(stack.database.db)
})

afterAll(async () => {
  await stack.stop()
})

/** `{ institution(id) { parent { parent { ... { id } } } } }` reaching the given depth. */
function nested(depth: number): string {
  let selection = 'id'
  for (let level = 2; level < depth; level++) selection = `parent { ${selection} }`
  return `{ institution(id: "seed:school-hushu-maiyuqiao") { ${selection} } }`
}

function aliased(count: number): string {
  return `{ ${Array.from({ length: count }, (_, index) => `s${index}: health { status }`).join(' ')} }`
}

async function refusedWithoutDatabase(query: string) {
  const before = stack.database.commandCount()
  const response = await graphql(stack.hub, query)
  expect(stack.database.commandCount()).toBe(before)
  return response
}

describe('depth', () => {
  it(`allows depth ${limits.graphql.maxDepth}`, async () => {
    const response = await graphql(stack.hub, nested(limits.graphql.maxDepth))
    expect(response.errors).toBeUndefined()
  })

  it(`refuses depth ${limits.graphql.maxDepth + 1} before touching the database`, async () => {
    const response = await refusedWithoutDatabase(nested(limits.graphql.maxDepth + 1))
    expect(response.status).toBe(400)
    expect(response.errors?.[0]).toMatchObject({
      message: `Syntax Error: Query depth limit of ${limits.graphql.maxDepth} exceeded, found ${limits.graphql.maxDepth + 1}.`,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    })
  })
})

describe('depth through fragments', () => {
  /** The same nesting with every level wrapped in an inline fragment or a named fragment. */
  const inFragments = (depth: number) =>
    nested(depth)
      .replaceAll('parent { ', 'parent { ... on Institution { ')
      .replace(/id }/, (match) => `${match}${' }'.repeat(depth - 2)}`)

  it('counts the depth of the answer: fragments add no level, and cannot hide one', async () => {
    expect((await graphql(stack.hub, inFragments(limits.graphql.maxDepth))).errors).toBeUndefined()
    const response = await refusedWithoutDatabase(inFragments(limits.graphql.maxDepth + 1))
    expect(response.errors?.[0]?.message).toBe(
      `Syntax Error: Query depth limit of ${limits.graphql.maxDepth} exceeded, found ${limits.graphql.maxDepth + 1}.`,
    )
    const named = `fragment Up on Institution { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } { institution(id: "x") { ...Up } }`
    expect((await refusedWithoutDatabase(named)).errors?.[0]?.message).toBe(
      `Syntax Error: Query depth limit of ${limits.graphql.maxDepth} exceeded, found ${limits.graphql.maxDepth + 1}.`,
    )
  })
})

describe('aliases', () => {
  it(`allows ${limits.graphql.maxAliases} aliases`, async () => {
    expect((await graphql(stack.hub, aliased(limits.graphql.maxAliases))).errors).toBeUndefined()
  })

  it(`refuses ${limits.graphql.maxAliases + 1}`, async () => {
    const response = await refusedWithoutDatabase(aliased(limits.graphql.maxAliases + 1))
    expect(response.errors?.[0]).toMatchObject({
      message: `Syntax Error: Aliases limit of ${limits.graphql.maxAliases} exceeded, found ${limits.graphql.maxAliases + 1}.`,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    })
  })
})

describe('tokens', () => {
  it('refuses a document of more tokens than the limit', async () => {
    const fields = Array.from({ length: limits.graphql.maxTokens }, () => 'status').join(' ')
    const response = await refusedWithoutDatabase(`{ health { ${fields} } }`)
    expect(response.status).toBe(400)
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringContaining(
        `Syntax Error: Document contains more that ${limits.graphql.maxTokens} tokens. Parsing aborted.`,
      ),
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    })
  })
})

describe('cost', () => {
  const page = (first: number) =>
    `{ institutions(first: ${first}) { edges { node { id name children { id name children { id name } } } } } }`

  it('allows a full page with a join', async () => {
    const response = await graphql(
      stack.hub,
      `{ institutions(first: ${limits.pagination.maxPageSize}) { totalCount edges { node { id name street { name } } } } }`,
    )
    expect(response.errors).toBeUndefined()
  })

  it('refuses a page whose nested lists would cost more than the limit, before touching the database', async () => {
    const response = await refusedWithoutDatabase(page(limits.pagination.maxPageSize))
    expect(response.status).toBe(400)
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      maxCost: limits.graphql.maxCost,
    })
    expect(response.errors?.[0]?.message).toMatch(
      new RegExp(
        `^查询代价 \\d+ 超过上限 ${limits.graphql.maxCost}，请减少每页数量或嵌套。Query cost \\d+ exceeds the limit of ${limits.graphql.maxCost}\\.$`,
      ),
    )
  })

  it('counts the page size asked for: the same query with a small page passes', async () => {
    expect((await graphql(stack.hub, page(2))).errors).toBeUndefined()
  })
})

describe('page size and body size', () => {
  it(`refuses more than ${limits.pagination.maxPageSize} items per page`, async () => {
    const response = await graphql(
      stack.hub,
      `{ teachers(first: ${limits.pagination.maxPageSize + 1}) { totalCount } }`,
    )
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, path: ['teachers'] })
  })

  it(`refuses a request body over ${limits.http.maxBodyBytes} bytes`, async () => {
    const response = await fetch(stack.hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status } }', padding: 'x'.repeat(limits.http.maxBodyBytes) }),
    })
    expect(response.status).toBe(413)
    const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] }
    expect(body.data).toBeUndefined()
    expect(body.errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE')
  })

  it('refuses batched requests', async () => {
    const response = await fetch(stack.hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ health { status } }' }, { query: '{ health { status } }' }]),
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { data?: unknown; errors: { message: string }[] }
    expect(body.data).toBeUndefined()
    expect(body.errors[0]!.message).toMatch(/batch/i)
  })
})
