/**
 * Pushing against the hub's read model: a push classifies its records
 * without reading the registry's collections from the database, and two
 * pushers racing on the same records both finish cleanly: every record is
 * stored once, whole, as one of the two pushes sent it, and neither report
 * refuses a record because the other got there first.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { PushTeachersDocument } from '../../../../schema/generated/graphql.ts'
import { REGISTRY_COLLECTIONS } from '../../../../server/registry/shared/collections.ts'
import { seedRegistry } from '../../../../seeds/seedAll.ts'
import { graphql } from '../../../support/hub.ts'
import { teacherRecord } from '../../../support/registryRecords.ts'
import { startStack, type TestStack } from '../../../support/stack.ts'
import { signIn, type Credentials } from '../../../support/users.ts'

let stack: TestStack
let first: Credentials
let second: Credentials

beforeAll(async () => {
  stack = await startStack('push_race')
  await seedRegistry(stack.database.db)
  first = await signIn(stack.cms, 'editor')
  second = await signIn(stack.cms, 'editor')
})

afterAll(async () => {
  await stack.stop()
})

const teachers = () =>
  stack.database.db.collection<{ _id: string; name: string; bio?: string }>(REGISTRY_COLLECTIONS.teachers)
const batch = (prefix: string, count: number, name: string) =>
  Array.from({ length: count }, (_, n) =>
    teacherRecord(`${prefix}-${n}`, { name: `${name}${n}`, bio: `${name} bio ${n}` }),
  )

describe('classifying a push', () => {
  it('reads no registry collection from the database: the read model knows what is registered (it fetches only the records written, by id)', async () => {
    await graphql(stack.hub, '{ streets { id } }') // the read model is warm
    const before = stack.database.commandLog().length
    const response = await graphql(
      stack.hub,
      PushTeachersDocument,
      { source: 'classify', records: batch('c', 100, '分类教师') },
      first,
    )
    expect(response.errors).toBeUndefined()
    expect(response.data!.pushTeachers.created).toBe(100)
    const commands = stack.database.commandLog().slice(before)
    // Lookups by one _id are the read model taking in what was written; anything wider would be the push reading the registry.
    expect(
      commands.filter(
        (command) =>
          /^(find|aggregate|count) registry_(teachers|institutions|venues)/.test(command) && !command.endsWith('{_id}'),
      ),
    ).toEqual([])
    expect(commands).toContain(`insert ${REGISTRY_COLLECTIONS.teachers}`)
    expect(await teachers().countDocuments({ source: 'classify' })).toBe(100)
  })
})

describe('two pushers at once', () => {
  it('pushing the same new records: each stored once, created by one and unchanged for the other, none refused', async () => {
    const records = batch('same', 60, '同时教师')
    const [a, b] = await Promise.all([
      graphql(stack.hub, PushTeachersDocument, { source: 'race', records }, first),
      graphql(stack.hub, PushTeachersDocument, { source: 'race', records }, second),
    ])
    expect([a.errors, b.errors]).toEqual([undefined, undefined])
    const reports = [a.data!.pushTeachers, b.data!.pushTeachers]
    expect(reports.map((report) => report.rejected)).toEqual([0, 0])
    for (let n = 0; n < records.length; n++) {
      const statuses = reports.map((report) => report.records[n]!.status).sort()
      expect(statuses).toEqual(['CREATED', 'UNCHANGED'])
    }
    expect(await teachers().countDocuments({ source: 'race' })).toBe(60)
  })

  it('pushing different versions of the same records: each stored whole as one of the two, reported created or updated, none refused', async () => {
    const versionA = batch('diff', 40, '甲版教师')
    const versionB = batch('diff', 40, '乙版教师')
    const [a, b] = await Promise.all([
      graphql(stack.hub, PushTeachersDocument, { source: 'race2', records: versionA }, first),
      graphql(stack.hub, PushTeachersDocument, { source: 'race2', records: versionB }, second),
    ])
    const reports = [a.data!.pushTeachers, b.data!.pushTeachers]
    expect(reports.map((report) => report.rejected)).toEqual([0, 0])
    for (let n = 0; n < 40; n++) {
      const statuses = reports.map((report) => report.records[n]!.status).sort()
      expect(statuses).toEqual(['CREATED', 'UPDATED'])
    }
    const stored = await teachers().find({ source: 'race2' }).sort({ _id: 1 }).toArray()
    expect(stored).toHaveLength(40)
    for (const doc of stored) {
      const n = doc._id.split('-').pop()
      // Name and bio always come from the same push: never one field from each.
      expect([`甲版教师${n} 甲版教师 bio ${n}`, `乙版教师${n} 乙版教师 bio ${n}`]).toContain(`${doc.name} ${doc.bio}`)
    }
  })
})
