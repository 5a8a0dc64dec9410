/** The `streets` query: Gongshu's 18 streets, read from the database, seeded idempotently. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { StreetsDocument } from '../../../../schema/generated/graphql.ts'
import { seedStreets, streetsCollection } from '../../../../server/registry/places/streets.repository.ts'
import { GONGSHU_STREETS } from '../../../../seeds/places/streets.ts'
import { graphql } from '../../../support/hub.ts'
import { startStack, type TestStack } from '../../../support/stack.ts'
import { appendChanges } from '../../../../server/changes/changeLog.ts'

let stack: TestStack

beforeAll(async () => {
  stack = await startStack('streets')
})

afterAll(async () => {
  await stack.stop()
})

const DOMAIN_STREETS = [
  '米市巷',
  '湖墅',
  '小河',
  '和睦',
  '拱宸桥',
  '大关',
  '上塘',
  '祥符',
  '半山',
  '康桥',
  '石桥',
  '东新',
  '文晖',
  '朝晖',
  '潮鸣',
  '长庆',
  '武林',
  '天水',
]

describe('streets', () => {
  it('is empty before seeding', async () => {
    const response = await graphql(stack.hub, StreetsDocument)
    expect(response.data?.streets).toEqual([])
  })

  it('lists the 18 streets in the district order after seeding', async () => {
    expect(await seedStreets(stack.database.db, GONGSHU_STREETS)).toBe(18)
    const response = await graphql(stack.hub, StreetsDocument)
    expect(response.errors).toBeUndefined()
    expect(response.data?.streets.map((street) => street.name)).toEqual(DOMAIN_STREETS)
    expect(response.data?.streets[1]).toEqual({
      id: 'hushu',
      name: '湖墅',
      nameEn: 'Hushu',
      residentPopulation: 58_000,
    })
  })

  it('adds nothing and overwrites nothing when seeded again', async () => {
    // The office's edit, logged as every write to public data is.
    await streetsCollection(stack.database.db).updateOne({ _id: 'hushu' }, { $set: { residentPopulation: 60_123 } })
    await appendChanges(stack.database.db, [{ kind: 'street', id: 'hushu', version: Date.now(), action: 'UPDATED' }])
    expect(await seedStreets(stack.database.db, GONGSHU_STREETS)).toBe(0)
    expect(await streetsCollection(stack.database.db).countDocuments()).toBe(18)
    const response = await graphql(stack.hub, StreetsDocument)
    expect(response.data?.streets.find((street) => street.id === 'hushu')?.residentPopulation).toBe(60_123)
  })
})
