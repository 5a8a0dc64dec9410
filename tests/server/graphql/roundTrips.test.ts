/**
 * On the fallback path (public queries read the database), round trips grow
 * with the depth of a query, never with the number of items on the page:
 * every join goes through a per-request DataLoader that asks once per entity
 * type and level of nesting, with `$in`. Counted with the driver's command
 * monitoring on the hub's own connection.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { limits } from '../../../server/config/limits.ts'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { graphql } from '../../support/hub.ts'
import { startStack, type TestStack } from '../../support/stack.ts'

let stack: TestStack

beforeAll(async () => {
  stack = await startStack('round_trips', { readModel: 'database' })
  // Three times the seed data, so a page of 100 is full.
  await seedRegistry(stack.database.db, 3)
})

afterAll(async () => {
  await stack.stop()
})

/** venue -> owner institution -> its parent institution; venue -> street; venue -> community. */
const VENUES_WITH_JOINS = `query($first: Int) { venues(first: $first) { edges { node { id name
  owner { name parent { name } } street { name } community { name } } } } }`
const ENTITY_TYPES = ['venue', 'institution', 'street', 'community'].length

async function commandsFor(query: string, variables: Record<string, unknown>) {
  const before = stack.database.commandCount()
  const response = await graphql(stack.hub, query, variables)
  expect(response.errors).toBeUndefined()
  return { commands: stack.database.commandCount() - before, data: response.data as { venues: { edges: unknown[] } } }
}

describe('round trips per request', () => {
  it(`are the same for pages of 5, 50 and ${limits.pagination.maxPageSize} venues, and at most the entity types plus one`, async () => {
    const counts: number[] = []
    for (const first of [5, 50, limits.pagination.maxPageSize]) {
      const { commands, data } = await commandsFor(VENUES_WITH_JOINS, { first })
      expect(data.venues.edges).toHaveLength(first)
      counts.push(commands)
    }
    expect(new Set(counts).size).toBe(1)
    expect(counts[0]).toBeLessThanOrEqual(ENTITY_TYPES + 1)
  })

  it('count the matches only when totalCount is asked for', async () => {
    const without = await commandsFor('{ teachers(first: 10) { edges { node { id } } } }', {})
    const withTotal = await commandsFor('{ teachers(first: 10) { totalCount edges { node { id } } } }', {})
    expect(withTotal.commands).toBe(without.commands + 1)
  })

  it('batch the children of every institution on a page into one query', async () => {
    const few = await commandsFor(
      '{ institutions(first: 3, filter: { kinds: [STREET_BRANCH] }) { edges { node { children { id } } } } }',
      {},
    )
    const many = await commandsFor(
      '{ institutions(first: 50, filter: { kinds: [STREET_BRANCH] }) { edges { node { children { id } } } } }',
      {},
    )
    expect(many.commands).toBe(few.commands)
  })
})
