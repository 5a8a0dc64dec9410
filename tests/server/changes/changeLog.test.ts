/**
 * The change log against the real database: commits are numbered 1, 2, 3 …
 * with no hole and no number twice, also when writers on separate
 * connections append at the same moment; the head names the last commit once
 * they are done; a write that changes nothing (a replayed projection, an
 * unchanged push, a reindex that finds nothing new) appends nothing; and
 * every publish and push is there with what it changed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  appendChanges,
  commitKey,
  commitsCollection,
  pruneCommits,
  readCommit,
  readCommitsAfter,
  readHead,
  toCommit,
  type ChangeEvent,
} from '../../../server/changes/changeLog.ts'
import { tombstone, toCatalogueCourse, writeProjection } from '../../../server/catalogue/courseProjection.ts'
import { connectMongo, type MongoConnection } from '../../../server/database/mongo.ts'
import { seedRegistry } from '../../../seeds/seedAll.ts'
import { publishCourse, publishSeries, sessionAt } from '../../support/catalogue.ts'
import { freshDatabase, type TestDatabase } from '../../support/database.ts'
import { pushTeachers } from '../../support/registryPush.ts'
import { teacherRecord } from '../../support/registryRecords.ts'

let database: TestDatabase & { dropAndClose(): Promise<void> }
let second: MongoConnection

beforeAll(async () => {
  database = await freshDatabase('change_log')
  second = await connectMongo(database.uri)
  await seedRegistry(database.db)
})

afterAll(async () => {
  await second.close()
  await database.dropAndClose()
})

const event = (id: string): ChangeEvent => ({ kind: 'course', id, version: 1, action: 'UPDATED' })

async function allCommits() {
  return (await commitsCollection(database.db).find({}).sort({ _id: 1 }).toArray()).map(toCommit)
}

describe('numbering', () => {
  it('gives concurrent writers on two connections consecutive numbers, each once, and leaves the head on the last', async () => {
    const start = await readHead(database.db)
    const writers = Array.from({ length: 40 }, (_, n) =>
      appendChanges(n % 2 ? database.db : second.db, [event(`race-${n}`)]),
    )
    const numbers = await Promise.all(writers)
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, n) => start + n + 1))
    expect(await readHead(database.db)).toBe(start + 40)
    const ids = (await allCommits())
      .filter((commit) => commit.number > start)
      .flatMap((commit) => commit.events.map((e) => e.id))
    expect(ids.sort()).toEqual(Array.from({ length: 40 }, (_, n) => `race-${n}`).sort())
  })

  it('appends nothing for no events', async () => {
    const head = await readHead(database.db)
    expect(await appendChanges(database.db, [])).toBe(0)
    expect(await readHead(database.db)).toBe(head)
  })
})

describe('what is logged', () => {
  it('a publish, and nothing for the same publish replayed', async () => {
    const head = await readHead(database.db)
    const source = {
      id: 'log-course',
      updatedAt: '2026-03-01T00:00:00.000Z',
      _status: 'published',
      title: { zh: '日志课程' },
    }
    await writeProjection(database.db, toCatalogueCourse(source))
    await writeProjection(database.db, toCatalogueCourse(source))
    expect(await readHead(database.db)).toBe(head + 1)
    expect((await readCommit(database.db, head + 1))!.events).toEqual([
      { kind: 'course', id: 'log-course', version: Date.parse(source.updatedAt), action: 'CREATED' },
    ])
    await writeProjection(database.db, tombstone('log-course', Date.parse('2026-03-02T00:00:00.000Z')))
    expect((await readCommit(database.db, head + 2))!.events).toEqual([
      { kind: 'course', id: 'log-course', version: Date.parse('2026-03-02T00:00:00.000Z'), action: 'REMOVED' },
    ])
  })

  it('what the public saw: a never-published draft logs nothing, its first publish is CREATED, a publish after a withdrawal CREATED again', async () => {
    const at = (day: number) => `2026-04-0${day}T00:00:00.000Z`
    const head = await readHead(database.db)
    // The CMS writes a tombstone when a never-published course is saved as a draft.
    await writeProjection(database.db, tombstone('draft-first', Date.parse(at(1))))
    await writeProjection(database.db, tombstone('draft-first', Date.parse(at(2))))
    expect(await readHead(database.db)).toBe(head)
    const steps: Array<[string, () => Promise<unknown>, string]> = [
      [
        'published',
        () =>
          writeProjection(
            database.db,
            toCatalogueCourse({ id: 'draft-first', updatedAt: at(3), _status: 'published', title: { zh: '先存草稿' } }),
          ),
        'CREATED',
      ],
      [
        'changed',
        () =>
          writeProjection(
            database.db,
            toCatalogueCourse({ id: 'draft-first', updatedAt: at(4), _status: 'published', title: { zh: '改过' } }),
          ),
        'UPDATED',
      ],
      ['withdrawn', () => writeProjection(database.db, tombstone('draft-first', Date.parse(at(5)))), 'REMOVED'],
      [
        'published again',
        () =>
          writeProjection(
            database.db,
            toCatalogueCourse({ id: 'draft-first', updatedAt: at(6), _status: 'published', title: { zh: '再发布' } }),
          ),
        'CREATED',
      ],
    ]
    for (const [, step] of steps) await step()
    const logged = await readCommitsAfter(database.db, head, 10)
    expect(logged.map((commit) => commit.events.map((e) => `${e.id} ${e.action}`).join())).toEqual(
      steps.map(([, , action]) => `draft-first ${action}`),
    )
  })

  it('a series with its sessions as one commit', async () => {
    const head = await readHead(database.db)
    await publishSeries(database.db, 'log-series', [sessionAt(new Date(), 'one', 1), sessionAt(new Date(), 'two', 2)])
    const commit = (await readCommit(database.db, head + 1))!
    expect(commit.events.map((e) => `${e.kind} ${e.id} ${e.action}`)).toEqual([
      'series log-series CREATED',
      'session log-series:one CREATED',
      'session log-series:two CREATED',
    ])
    await publishSeries(database.db, 'log-series', [sessionAt(new Date(), 'one', 1)])
    const edited = (await readCommit(database.db, head + 2))!
    expect(edited.events.map((e) => `${e.kind} ${e.id} ${e.action}`)).toEqual([
      'series log-series UPDATED',
      'session log-series:one UPDATED',
      'session log-series:two REMOVED',
    ])
  })

  it('a push of new and changed records, and nothing for the same push again', async () => {
    const records = [teacherRecord('log-t1', { name: '日志教师一' }), teacherRecord('log-t2', { name: '日志教师二' })]
    const head = await readHead(database.db)
    await pushTeachers(database.db, records, 'log-source')
    await pushTeachers(database.db, records, 'log-source')
    expect(await readHead(database.db)).toBe(head + 1)
    expect((await readCommit(database.db, head + 1))!.events.map((e) => `${e.kind} ${e.id} ${e.action}`)).toEqual([
      'teacher log-source:log-t1 CREATED',
      'teacher log-source:log-t2 CREATED',
    ])
    await pushTeachers(database.db, [records[0]!, teacherRecord('log-t2', { name: '日志教师二（改）' })], 'log-source')
    expect((await readCommit(database.db, head + 2))!.events.map((e) => `${e.id} ${e.action}`)).toEqual([
      'log-source:log-t2 UPDATED',
    ])
  })

  it('concurrent publishes and pushes: every one of them, in consecutive commits', async () => {
    const head = await readHead(database.db)
    await Promise.all([
      ...Array.from({ length: 10 }, (_, n) => publishCourse(n % 2 ? database.db : second.db, `together-${n}`)),
      ...Array.from({ length: 5 }, (_, n) =>
        pushTeachers(n % 2 ? database.db : second.db, [teacherRecord(`t${n}`)], `together-${n}`),
      ),
    ])
    const stored = await commitsCollection(database.db).find({}).sort({ _id: 1 }).toArray()
    expect(stored.filter((commit) => commit.number > head).map((commit) => commit._id)).toEqual(
      Array.from({ length: 15 }, (_, n) => commitKey(head + n + 1)),
    )
    const commits = (await allCommits()).filter((commit) => commit.number > head)
    expect(commits.map((commit) => commit.number)).toEqual(Array.from({ length: 15 }, (_, n) => head + n + 1))
    expect(commits.flatMap((commit) => commit.events.map((e) => e.id)).sort()).toEqual(
      [
        ...Array.from({ length: 10 }, (_, n) => `together-${n}`),
        ...Array.from({ length: 5 }, (_, n) => `together-${n}:t${n}`),
      ].sort(),
    )
    expect(await readHead(database.db)).toBe(head + 15)
  })
})

describe('retention', () => {
  it('drops commits older than the window and keeps the rest', async () => {
    const head = await readHead(database.db)
    await pruneCommits(database.db, head, 5)
    const kept = (await allCommits()).map((commit) => commit.number)
    expect(kept).toEqual(Array.from({ length: 5 }, (_, n) => head - 4 + n))
  })

  it('drops commits stored before keys were strings', async () => {
    const legacy = database.db.collection<{ _id: number; at: Date; events: ChangeEvent[] }>('change_commits')
    await legacy.insertOne({ _id: 7, at: new Date(), events: [event('legacy')] })
    const head = await readHead(database.db)
    await pruneCommits(database.db, head, 5)
    expect(await legacy.countDocuments({ _id: 7 })).toBe(0)
    expect((await allCommits()).map((commit) => commit.number)).toEqual(
      Array.from({ length: 5 }, (_, n) => head - 4 + n),
    )
  })
})

describe('reading', () => {
  it('gives back the events of a commit in their order, of mixed kinds and actions, as runs or as stored by older versions', async () => {
    const head = await readHead(database.db)
    const events: ChangeEvent[] = [
      { kind: 'teacher', id: 'mixed-1', version: 5, action: 'CREATED' },
      { kind: 'teacher', id: 'mixed-2', version: 5, action: 'CREATED' },
      { kind: 'teacher', id: 'mixed-3', version: 5, action: 'UPDATED' },
      { kind: 'venue', id: 'mixed-4', version: 5, action: 'UPDATED' },
      { kind: 'teacher', id: 'mixed-5', version: 6, action: 'UPDATED' },
      { kind: 'teacher', id: 'mixed-6', version: 5, action: 'CREATED' },
    ]
    const number = await appendChanges(database.db, events)
    expect(number).toBe(head + 1)
    expect((await readCommit(database.db, number))!.events).toEqual(events)
    const stored = await commitsCollection(database.db).findOne({ _id: commitKey(number) })
    expect(stored!.runs!.map((run) => run.ids.length)).toEqual([2, 1, 1, 1, 1])
    // A commit an older version stored with one object per event.
    await commitsCollection(database.db).insertOne({
      _id: commitKey(number + 1),
      number: number + 1,
      at: new Date(),
      events: [event('older-shape')],
    })
    expect((await readCommitsAfter(database.db, number, 5)).map((commit) => commit.events)).toEqual([
      [event('older-shape')],
    ])
    await commitsCollection(database.db).deleteOne({ _id: commitKey(number + 1) })
  })

  it('reads the commits after a number in order, at most as many as asked, past a change in the number of digits', async () => {
    const head = await readHead(database.db)
    for (let n = 0; n < 12; n++) await appendChanges(database.db, [event(`read-${n}`)])
    const after = await readCommitsAfter(database.db, head + 2, 8)
    expect(after.map((commit) => commit.number)).toEqual(Array.from({ length: 8 }, (_, n) => head + 3 + n))
    expect(after.map((commit) => commit.events[0]!.id)).toEqual(Array.from({ length: 8 }, (_, n) => `read-${n + 2}`))
    expect(commitKey(9) < commitKey(10)).toBe(true)
    expect(await readCommitsAfter(database.db, head + 12, 8)).toEqual([])
  })
})
