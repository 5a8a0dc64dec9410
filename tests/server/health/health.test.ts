/** The hub's `health` query over HTTP, with the database up and down. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { HealthDocument } from '../../../schema/generated/graphql.ts'
import { hubVersion } from '../../../server/config/hubVersion.ts'
import { startHub } from '../../../server/app.ts'
import { connectMongo } from '../../../server/database/mongo.ts'
import { graphql } from '../../support/hub.ts'
import { startStack, type TestStack } from '../../support/stack.ts'

let stack: TestStack

beforeAll(async () => {
  stack = await startStack('health')
})

afterAll(async () => {
  await stack.stop()
})

describe('health', () => {
  it('reports the hub version and the database kind', async () => {
    const response = await graphql(stack.hub, HealthDocument)
    expect(response.status).toBe(200)
    expect(response.errors).toBeUndefined()
    expect(response.data?.health).toEqual({
      status: 'ok',
      version: hubVersion,
      database: {
        reachable: true,
        kind: stack.database.flavor === 'ferretdb' ? 'FERRETDB' : 'MONGODB',
        version: expect.any(String),
      },
    })
  })

  it('answers "degraded" instead of failing when the database is gone', async () => {
    const connection = await connectMongo(stack.database.uri, { serverSelectionTimeoutMS: 500 })
    const orphan = await startHub(
      { db: connection.db, payload: stack.cms.payload, hubVersion },
      { port: 0, host: '127.0.0.1' },
    )
    await connection.close()
    try {
      const response = await graphql(orphan, HealthDocument)
      expect(response.errors).toBeUndefined()
      expect(response.data?.health.status).toBe('degraded')
      expect(response.data?.health.database).toEqual({ reachable: false, kind: null, version: null })
    } finally {
      await orphan.stop()
    }
  })
})
