/**
 * Pushing registry records through the graph as an editor: per-record
 * reports, idempotency, good and bad records in one batch, the batch limit,
 * and references within a batch.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { print } from 'graphql'
import { PushInstitutionsDocument, PushVenuesDocument } from '../../../../schema/generated/graphql.ts'
import { readHead } from '../../../../server/changes/changeLog.ts'
import { limits } from '../../../../server/config/limits.ts'
import { REGISTRY_COLLECTIONS } from '../../../../server/registry/shared/collections.ts'
import { seedRegistry } from '../../../../seeds/seedAll.ts'
import { graphql } from '../../../support/hub.ts'
import { venueRecord as venue } from '../../../support/registryRecords.ts'
import { startStack, type TestStack } from '../../../support/stack.ts'
import { signIn, type Credentials } from '../../../support/users.ts'

let stack: TestStack
let editor: Credentials

beforeAll(async () => {
  stack = await startStack('push')
  await seedRegistry(stack.database.db)
  editor = await signIn(stack.cms, 'editor')
})

afterAll(async () => {
  await stack.stop()
})

const venues = () => stack.database.db.collection(REGISTRY_COLLECTIONS.venues)

describe('pushVenues', () => {
  it('creates new records and reports each one', async () => {
    const response = await graphql(
      stack.hub,
      PushVenuesDocument,
      { source: 'hushu-branch', records: [venue('a1'), venue('a2')] },
      editor,
    )
    expect(response.errors).toBeUndefined()
    const report = response.data!.pushVenues
    expect([report.created, report.updated, report.unchanged, report.rejected]).toEqual([2, 0, 0, 0])
    expect(report.records.map((record) => [record.externalId, record.id, record.status])).toEqual([
      ['a1', 'hushu-branch:a1', 'CREATED'],
      ['a2', 'hushu-branch:a2', 'CREATED'],
    ])
    const stored = await venues().findOne({ _id: 'hushu-branch:a1' as never })
    expect(stored).toMatchObject({
      name: '测试场地 a1',
      streetId: 'hushu',
      ownerId: 'seed:branch-hushu',
      source: 'hushu-branch',
      externalId: 'a1',
      status: 'ACTIVE',
    })
    expect(stored?.pushedBy).toMatch(/^editor-/)
  })

  it('changes nothing when the same batch is pushed again', async () => {
    const batch = [venue('b1'), venue('b2')]
    await graphql(stack.hub, PushVenuesDocument, { source: 'hushu-branch', records: batch }, editor)
    const before = await venues()
      .find({ _id: { $in: ['hushu-branch:b1', 'hushu-branch:b2'] } as never })
      .toArray()
    const head = await readHead(stack.database.db)
    const pushLog = stack.database.db.collection(REGISTRY_COLLECTIONS.pushLog)
    const logged = await pushLog.countDocuments({})

    const again = await graphql(stack.hub, PushVenuesDocument, { source: 'hushu-branch', records: batch }, editor)
    expect(again.data!.pushVenues.records.map((record) => record.status)).toEqual(['UNCHANGED', 'UNCHANGED'])
    const after = await venues()
      .find({ _id: { $in: ['hushu-branch:b1', 'hushu-branch:b2'] } as never })
      .toArray()
    expect(after).toEqual(before)
    // Nothing appended to the change log; the one thing written is the push's own log record.
    expect(await readHead(stack.database.db)).toBe(head)
    expect(await pushLog.countDocuments({})).toBe(logged + 1)
    expect(await pushLog.findOne({ _id: again.data!.pushVenues.pushId as never })).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 2,
      rejected: 0,
    })
  })

  it('updates a record whose content changed, keeping when it was created', async () => {
    await graphql(stack.hub, PushVenuesDocument, { source: 'hushu-branch', records: [venue('c1')] }, editor)
    const created = await venues().findOne({ _id: 'hushu-branch:c1' as never })
    const response = await graphql(
      stack.hub,
      PushVenuesDocument,
      { source: 'hushu-branch', records: [venue('c1', { capacity: 75 })] },
      editor,
    )
    expect(response.data!.pushVenues.records[0]!.status).toBe('UPDATED')
    const updated = await venues().findOne({ _id: 'hushu-branch:c1' as never })
    expect(updated?.capacity).toBe(75)
    expect(updated?.createdAt).toEqual(created?.createdAt)
  })

  it('writes the good records of a batch and none of the bad one', async () => {
    const response = await graphql(
      stack.hub,
      PushVenuesDocument,
      { source: 'hushu-branch', records: [venue('d1'), venue('d2', { capacity: -3, street: '西湖' }), venue('d3')] },
      editor,
    )
    const report = response.data!.pushVenues
    expect(report.records.map((record) => record.status)).toEqual(['CREATED', 'REJECTED', 'CREATED'])
    expect(report.records[1]!.problems.map((problem) => problem.path)).toEqual([
      'records.1.street',
      'records.1.capacity',
    ])
    expect(
      await venues().countDocuments({
        _id: { $in: ['hushu-branch:d1', 'hushu-branch:d2', 'hushu-branch:d3'] } as never,
      }),
    ).toBe(2)
  })

  it('logs every push with its outcome', async () => {
    const response = await graphql(
      stack.hub,
      PushVenuesDocument,
      { source: 'log-check', records: [venue('e1'), venue('e2', { capacity: -1 })] },
      editor,
    )
    const log = await stack.database.db
      .collection(REGISTRY_COLLECTIONS.pushLog)
      .findOne({ _id: response.data!.pushVenues.pushId as never })
    expect(log).toMatchObject({ kind: 'venues', source: 'log-check', created: 1, rejected: 1 })
    expect(log?.rejections[0]).toMatchObject({ index: 1, externalId: 'e2' })
  })

  it(`refuses a batch of more than ${limits.registry.maxPushBatch} records whole, writing nothing`, async () => {
    const records = Array.from({ length: limits.registry.maxPushBatch + 1 }, (_, index) => venue(`big-${index}`))
    const response = await graphql(stack.hub, PushVenuesDocument, { source: 'too-big', records }, editor)
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(response.errors?.[0]?.message).toBe(
      `一次最多推送 ${limits.registry.maxPushBatch} 条，收到 ${limits.registry.maxPushBatch + 1} 条。At most ${limits.registry.maxPushBatch} records per push, got ${limits.registry.maxPushBatch + 1}.`,
    )
    expect(await venues().countDocuments({ source: 'too-big' })).toBe(0)
  })

  it(`accepts exactly ${limits.registry.maxPushBatch} records`, async () => {
    const records = Array.from({ length: limits.registry.maxPushBatch }, (_, index) => venue(`full-${index}`))
    const response = await graphql(stack.hub, PushVenuesDocument, { source: 'full-batch', records }, editor)
    expect(response.data?.pushVenues.created).toBe(limits.registry.maxPushBatch)
  })

  it('refuses an unknown facility for the whole request, before anything is written', async () => {
    const response = await graphql(
      stack.hub,
      print(PushVenuesDocument),
      { source: 'enum-check', records: [venue('f1'), { ...venue('f2'), facilities: ['SAUNA'] }] },
      editor,
    )
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(response.errors?.[0]?.message).toContain('Value "SAUNA" does not exist in "Facility" enum.')
    expect(response.errors?.[0]?.message).toContain('at "records[1].facilities[0]"')
    expect(await venues().countDocuments({ source: 'enum-check' })).toBe(0)
  })
})

describe('pushInstitutions', () => {
  it('accepts a parent and its child in one batch, in any order', async () => {
    const response = await graphql(
      stack.hub,
      PushInstitutionsDocument,
      {
        source: 'culture-bureau',
        records: [
          { externalId: 'child', name: '运河书场分馆', kind: 'CULTURAL_CENTRE', level: 'PARTNER', parent: 'parent' },
          { externalId: 'parent', name: '运河书场', kind: 'CULTURAL_CENTRE', level: 'PARTNER' },
        ],
      },
      editor,
    )
    expect(response.data!.pushInstitutions.records.map((record) => record.status)).toEqual(['CREATED', 'CREATED'])
  })

  it('rejects the child of a rejected parent', async () => {
    const response = await graphql(
      stack.hub,
      PushInstitutionsDocument,
      {
        source: 'culture-bureau',
        records: [
          { externalId: 'orphan', name: '无主分馆', kind: 'CULTURAL_CENTRE', level: 'PARTNER', parent: 'bad-parent' },
          { externalId: 'bad-parent', name: '', kind: 'CULTURAL_CENTRE', level: 'PARTNER' },
        ],
      },
      editor,
    )
    const [orphan, badParent] = response.data!.pushInstitutions.records
    expect(badParent!.status).toBe('REJECTED')
    expect(orphan!.status).toBe('REJECTED')
    expect(orphan!.problems).toEqual([
      {
        path: 'records.0.parent',
        reason:
          '登记中没有机构“culture-bureau:bad-parent”。No institution "culture-bureau:bad-parent" in the registry.',
      },
    ])
  })
})
