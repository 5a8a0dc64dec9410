/**
 * readChanges, the one module that reads the change log as a feed (the
 * graph's catalogueChanges and webhook delivery both use it), against a real
 * database: positions inside and between commits, kinds passed over, the
 * bound on commits read per call, the head position, and a pruned position.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { pruneCommits, readHead } from '../../../server/changes/changeLog.ts'
import {
  ChangesPrunedError,
  FEED_START,
  headPosition,
  readChanges,
} from '../../../server/syndication/feed/readChanges.ts'
import { publishCourse, publishSeries, sessionAt } from '../../support/catalogue.ts'
import { freshDatabase, type TestDatabase } from '../../support/database.ts'

let database: TestDatabase & { dropAndClose(): Promise<void> }

beforeAll(async () => {
  database = await freshDatabase('read_changes')
  await publishCourse(database.db, 'one')
  await publishSeries(database.db, 'talks', [sessionAt(new Date(), 'a', 1), sessionAt(new Date(), 'b', 2)])
  await publishCourse(database.db, 'two')
})

afterAll(async () => {
  await database.dropAndClose()
})

const ids = (page: { events: { id: string }[] }) => page.events.map((event) => event.id)

describe('readChanges', () => {
  it('reads from the start in sequence order, each event with its id, time and the position after it', async () => {
    const page = await readChanges(database.db, { after: FEED_START, first: 10 })
    expect(ids(page)).toEqual(['one', 'talks', 'talks:a', 'talks:b', 'two'])
    expect(page.events.map((event) => event.eventId)).toEqual(['1.0', '2.0', '2.1', '2.2', '3.0'])
    expect(page.events[1]!.next).toEqual({ commit: 2, index: 1 })
    expect(page.events[3]!.next).toEqual({ commit: 3, index: 0 })
    expect(page.events.every((event) => event.at instanceof Date)).toBe(true)
    expect(page).toMatchObject({ next: { commit: 4, index: 0 }, hasMore: false, upTo: 3 })
  })

  it('stops inside a commit and carries on from there', async () => {
    const first = await readChanges(database.db, { after: null, first: 2 })
    expect(ids(first)).toEqual(['one', 'talks'])
    expect(first).toMatchObject({ next: { commit: 2, index: 1 }, hasMore: true })
    expect(ids(await readChanges(database.db, { after: first.next, first: 10 }))).toEqual(['talks:a', 'talks:b', 'two'])
  })

  it('passes over other kinds, and reads no more commits per call than asked', async () => {
    expect(ids(await readChanges(database.db, { first: 10, kinds: ['session'] }))).toEqual(['talks:a', 'talks:b'])
    const bounded = await readChanges(database.db, { first: 10, kinds: ['course'], maxCommits: 2 })
    expect(ids(bounded)).toEqual(['one'])
    expect(bounded).toMatchObject({ next: { commit: 3, index: 0 }, hasMore: true })
  })

  it('reads no further than upTo, and the head position sees nothing until the next write', async () => {
    expect(ids(await readChanges(database.db, { first: 10, upTo: 1 }))).toEqual(['one'])
    const head = await headPosition(database.db)
    expect((await readChanges(database.db, { after: head, first: 10 })).events).toEqual([])
    await publishCourse(database.db, 'three')
    expect(ids(await readChanges(database.db, { after: head, first: 10 }))).toEqual(['three'])
  })

  it('throws ChangesPrunedError, with the oldest commit kept, for a position the log no longer holds', async () => {
    await publishCourse(database.db, 'four')
    await publishCourse(database.db, 'five')
    await pruneCommits(database.db, await readHead(database.db), 1)
    // Commits 1-4 were read above and are still true in memory; commit 5 was never read and is gone.
    const error = await readChanges(database.db, { after: { commit: 5, index: 0 }, first: 10 }).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(ChangesPrunedError)
    expect(error).toMatchObject({ missingCommit: 5, oldestKept: 6 })
  })
})
