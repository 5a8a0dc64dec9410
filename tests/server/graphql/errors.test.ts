/**
 * What clients see when things go wrong: typed codes with paths, masked
 * internal errors, CSRF protection, and no way to smuggle MongoDB operators
 * through filters.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { InstitutionsDocument, TeachersDocument } from '../../../schema/generated/graphql.ts'
import { startHub } from '../../../server/app.ts'
import { hubVersion } from '../../../server/config/hubVersion.ts'
import { connectMongo } from '../../../server/database/mongo.ts'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { graphql } from '../../support/hub.ts'
import { startStack, type TestStack } from '../../support/stack.ts'

let stack: TestStack

beforeAll(async () => {
  stack = await startStack('errors')
  await seedRegistry(stack.database.db)
})

afterAll(async () => {
  await stack.stop()
})

describe('masking', () => {
  it('answers an unexpected failure with a bare INTERNAL_SERVER_ERROR and logs the details', async () => {
    const connection = await connectMongo(stack.database.uri, { serverSelectionTimeoutMS: 500 })
    const logged: unknown[] = []
    // On the database path, so the closed connection is met by the query itself.
    const hub = await startHub(
      { db: connection.db, payload: stack.cms.payload, hubVersion },
      { port: 0, host: '127.0.0.1', production: true, log: (error) => logged.push(error), readModel: 'database' },
    )
    await connection.close()
    try {
      const response = await graphql(hub, InstitutionsDocument, { first: 1 })
      expect(response.errors).toEqual([
        {
          message: '服务器内部错误。Internal server error.',
          path: ['institutions'],
          locations: [{ line: 2, column: 3 }],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ])
      expect(JSON.stringify(response)).not.toMatch(/Mongo|stack|at /)
      expect(String(logged[0])).toMatch(/Mongo/)
    } finally {
      await hub.stop()
    }
  })

  it('gives no "Did you mean" hints in production', async () => {
    const hub = await startHub(
      { db: stack.database.db, payload: stack.cms.payload, hubVersion },
      { port: 0, host: '127.0.0.1', production: true },
    )
    try {
      const response = await graphql(hub, '{ healht { status } }')
      expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED')
      expect(response.errors?.[0]?.message).not.toMatch(/Did you mean/)
    } finally {
      await hub.stop()
    }
  })
})

describe('CSRF prevention', () => {
  it('refuses a simple (form-like) request that a browser would send cross-site', async () => {
    const response = await fetch(`${stack.hub.url}?query=${encodeURIComponent('{ health { status } }')}`, {
      method: 'GET',
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/CSRF/)
  })

  it('accepts a GET that declares itself with apollo-require-preflight', async () => {
    const response = await fetch(`${stack.hub.url}?query=${encodeURIComponent('{ health { status } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { data: { health: { status: string } } }).data.health.status).toBe('ok')
  })
})

describe('operator injection', () => {
  it.each([
    ['an object where a street id belongs', { street: { $ne: null } }],
    ['an operator in a list of kinds', { kinds: [{ $exists: true }] }],
  ])('refuses %s as bad input', async (_case, filter) => {
    const response = await graphql(stack.hub, InstitutionsDocument, { filter: filter as never })
    expect(response.status).toBe(400)
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })

  it('treats an operator written as text as plain text', async () => {
    const byStreet = await graphql(stack.hub, InstitutionsDocument, { filter: { street: '{"$ne":null}' } })
    expect(byStreet.data!.institutions.totalCount).toBe(0)
    const byText = await graphql(stack.hub, TeachersDocument, { filter: { text: '^.*$' } })
    expect(byText.data!.teachers.totalCount).toBe(0)
  })
})
