/**
 * Who may push, tried from the outside over HTTP with real sign-ins (JWT) and
 * API keys: anonymous and partners are refused outright, a coordinator only
 * writes their own street, a service account only its own source system.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { PushTeachersDocument, PushVenuesDocument } from '../../../../schema/generated/graphql.ts'
import { REGISTRY_COLLECTIONS } from '../../../../server/registry/shared/collections.ts'
import { seedRegistry } from '../../../../seeds/seedAll.ts'
import { graphql } from '../../../support/hub.ts'
import { venueRecord } from '../../../support/registryRecords.ts'
import { startStack, type TestStack } from '../../../support/stack.ts'
import { serviceAccount, signIn, signInCoordinator, signInPartner, type Credentials } from '../../../support/users.ts'

let stack: TestStack
const who: Record<string, Credentials> = {}

beforeAll(async () => {
  stack = await startStack('push_access')
  await seedRegistry(stack.database.db)
  who.anonymous = {}
  who.editor = await signIn(stack.cms, 'editor')
  who.hushuCoordinator = await signInCoordinator(stack.cms, 'hushu')
  who.partner = await signInPartner(stack.cms, 'seed:partner-zjut')
  who.healthService = await serviceAccount(stack.cms, 'health-bureau')
  who.forgedKey = { apiKey: 'not-a-real-key-0000000000000000' }
})

afterAll(async () => {
  await stack.stop()
})

const HUSHU_VENUE = (id: string) => venueRecord(id)
const MISHIXIANG_VENUE = (id: string) =>
  venueRecord(id, { street: '米市巷', owner: 'seed:branch-mishixiang', address: '拱墅区莫干山路 1 号' })

describe('whole-request refusals', () => {
  it.each([
    ['anonymous', 'anonymous', 'hushu-branch', 'UNAUTHENTICATED', '请先登录。Sign in first.'],
    ['a forged API key', 'forgedKey', 'hushu-branch', 'UNAUTHENTICATED', '请先登录。Sign in first.'],
    ['a partner', 'partner', 'hushu-branch', 'FORBIDDEN', '无权推送登记数据。This account may not push registry data.'],
    [
      'a service account pushing another source',
      'healthService',
      'culture-bureau',
      'FORBIDDEN',
      '服务账号只能推送来源“health-bureau”的数据，不能推送“culture-bureau”。A service account may push only its own source system ("health-bureau"), not "culture-bureau".',
    ],
  ])('%s is refused', async (_case, user, source, code, message) => {
    const response = await graphql(
      stack.hub,
      PushVenuesDocument,
      { source, records: [HUSHU_VENUE(`refused-${user}`)] },
      who[user],
    )
    expect(response.errors).toHaveLength(1)
    expect(response.errors![0]).toMatchObject({ message, extensions: { code }, path: ['pushVenues'] })
    expect(
      await stack.database.db.collection(REGISTRY_COLLECTIONS.venues).countDocuments({ externalId: `refused-${user}` }),
    ).toBe(0)
  })
})

describe('a street coordinator of 湖墅', () => {
  it('pushes a venue of 湖墅', async () => {
    const response = await graphql(
      stack.hub,
      PushVenuesDocument,
      { source: 'hushu-branch', records: [HUSHU_VENUE('own-street')] },
      who.hushuCoordinator,
    )
    expect(response.data!.pushVenues.records[0]!.status).toBe('CREATED')
  })

  it('is refused a venue of 米市巷, while the 湖墅 venue of the same batch is written', async () => {
    const response = await graphql(
      stack.hub,
      PushVenuesDocument,
      { source: 'hushu-branch', records: [MISHIXIANG_VENUE('other-street'), HUSHU_VENUE('same-batch')] },
      who.hushuCoordinator,
    )
    const [other, own] = response.data!.pushVenues.records
    expect(own!.status).toBe('CREATED')
    expect(other).toMatchObject({
      status: 'REJECTED',
      problems: [
        {
          path: 'records.0.street',
          reason:
            '湖墅街道的协调员只能推送本街道的记录，此记录属于米市巷。A coordinator of hushu may push only records of that street.',
        },
      ],
    })
  })

  it('cannot take over a 米市巷 venue by re-pushing it as 湖墅', async () => {
    await graphql(
      stack.hub,
      PushVenuesDocument,
      { source: 'shared', records: [MISHIXIANG_VENUE('contested')] },
      who.editor,
    )
    const response = await graphql(
      stack.hub,
      PushVenuesDocument,
      { source: 'shared', records: [HUSHU_VENUE('contested')] },
      who.hushuCoordinator,
    )
    expect(response.data!.pushVenues.records[0]!.status).toBe('REJECTED')
    const stored = await stack.database.db
      .collection(REGISTRY_COLLECTIONS.venues)
      .findOne({ _id: 'shared:contested' as never })
    expect(stored?.streetId).toBe('mishixiang')
  })

  it('cannot push a district-level teacher (no street)', async () => {
    const response = await graphql(
      stack.hub,
      PushTeachersDocument,
      {
        source: 'hushu-branch',
        records: [
          {
            externalId: 't1',
            name: '区级老师',
            poolLevel: 'DISTRICT',
            employment: 'FULL_TIME',
            topics: ['LEISURE'],
            audiences: ['ALL_RESIDENTS'],
          },
        ],
      },
      who.hushuCoordinator,
    )
    expect(response.data!.pushTeachers.records[0]!.status).toBe('REJECTED')
  })
})

describe('a service account (API key)', () => {
  it('pushes records of its own source system', async () => {
    const response = await graphql(
      stack.hub,
      PushVenuesDocument,
      { source: 'health-bureau', records: [MISHIXIANG_VENUE('clinic-hall')] },
      who.healthService,
    )
    expect(response.data!.pushVenues.records[0]).toMatchObject({ status: 'CREATED', id: 'health-bureau:clinic-hall' })
  })
})
