/**
 * A read that fails under a loader fails the field that needed it, against
 * the real database: the course answers, its teachers are an error with the
 * failure's code (TIMEOUT), never an empty list. Only the teachers'
 * collection is read through a connection whose every operation runs out of
 * time (the driver's own time-out of 1 ms), as a busy database would.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ApolloServer } from '@apollo/server'
import type { Db, Document } from 'mongodb'
import type { Payload } from 'payload'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { createContext, type HubContext } from '../../../server/graphql/context.ts'
import { createFormatError } from '../../../server/errors/formatError.ts'
import { hubSchema } from '../../../server/graphql/schema.ts'
import type { ReadDb } from '../../../server/database/readStore.ts'
import { REGISTRY_COLLECTIONS } from '../../../server/registry/shared/collections.ts'
import { publishCourse } from '../../support/catalogue.ts'
import { freshDatabase, type TestDatabase } from '../../support/database.ts'

let database: TestDatabase & { dropAndClose(): Promise<void> }
let apollo: ApolloServer<HubContext>
let teacherId: string

beforeAll(async () => {
  database = await freshDatabase('load_failures')
  await seedRegistry(database.db)
  teacherId = String(
    (await database.db.collection<Document & { _id: string }>(REGISTRY_COLLECTIONS.teachers).findOne({}))!._id,
  )
  await publishCourse(database.db, 'taught', { teachers: [teacherId] })
  apollo = new ApolloServer<HubContext>({
    schema: await hubSchema(),
    formatError: createFormatError({ production: true, log: () => {}, onTimeout: () => {} }),
  })
  await apollo.start()
})

afterAll(async () => {
  await apollo.stop()
  await database.dropAndClose()
})

/** The database, except that one collection is read through a connection that always runs out of time. */
function failingFor(db: Db, collection: string): ReadDb {
  const hurried = database.client.db(db.databaseName, { timeoutMS: 1 })
  return { collection: (name) => (name === collection ? hurried : db).collection(name) }
}

async function ask(read: ReadDb) {
  // Anonymous public reads never reach the CMS, so no Payload runs here.
  const services = { db: database.db, payload: {} as Payload, hubVersion: 'test' }
  const response = await apollo.executeOperation(
    { query: '{ course(slug: "taught") { slug teachers { id name } } }' },
    { contextValue: createContext(services, { read, latestRead: async () => read }, null) },
  )
  if (response.body.kind !== 'single') throw new Error('expected a single answer')
  return response.body.singleResult
}

describe('a loader whose read fails', () => {
  it('answers the teachers when the read succeeds', async () => {
    const answer = await ask(database.db)
    expect(answer.errors).toBeUndefined()
    expect(answer.data).toEqual({ course: { slug: 'taught', teachers: [{ id: teacherId, name: expect.any(String) }] } })
  })

  it('fails the teachers field with TIMEOUT instead of answering no teachers', async () => {
    const answer = await ask(failingFor(database.db, REGISTRY_COLLECTIONS.teachers))
    expect(answer.errors).toEqual([
      expect.objectContaining({ path: ['course', 'teachers'], extensions: { code: 'TIMEOUT' } }),
    ])
    expect(JSON.stringify(answer.data)).not.toContain('"teachers":[]')
  })
})
