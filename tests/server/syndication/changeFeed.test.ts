/**
 * The change feed (`catalogueChanges`) against a real hub and database:
 * events in sequence order with their entity resolved, a withdrawn entity
 * reduced to its id and action, kinds, a stored cursor resumed later, a
 * cursor older than the log's retention refused with RESYNC_REQUIRED, and,
 * with writers in this process and in other processes publishing at the same
 * moment while a platform pages, no event lost and none twice.
 */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  CatalogueChangesCursorDocument,
  CatalogueChangesDocument,
  type CatalogueChangesQuery,
  type CatalogueChangeKind,
} from '../../../schema/generated/graphql.ts'
import { commitKey, commitsCollection, pruneCommits, readHead, toCommit } from '../../../server/changes/changeLog.ts'
import { projectRoot } from '../../../server/config/env.ts'
import { limits } from '../../../server/config/limits.ts'
import { startHub } from '../../../server/app.ts'
import { toCatalogueCourse, writeProjection } from '../../../server/catalogue/courseProjection.ts'
import { hubVersion } from '../../../server/config/hubVersion.ts'
import { publishCourse, publishSeries, removeCourse, sessionAt } from '../../support/catalogue.ts'
import { graphql } from '../../support/hub.ts'
import { startStack, type TestStack } from '../../support/stack.ts'

const run = promisify(execFile)
let stack: TestStack

beforeAll(async () => {
  stack = await startStack('change_feed')
})

afterAll(async () => {
  await stack.stop()
})

type Page = CatalogueChangesQuery['catalogueChanges']
type Change = Page['edges'][number]['node']

async function page(variables: {
  after?: string | null
  first?: number
  kinds?: CatalogueChangeKind[]
}): Promise<Page> {
  const response = await graphql(stack.hub, CatalogueChangesDocument, variables)
  expect(response.errors).toBeUndefined()
  return response.data!.catalogueChanges
}

/** Every event after `after`, following pages until the feed says there is no more. */
async function follow(
  after: string | null,
  first: number,
  kinds?: CatalogueChangeKind[],
): Promise<{ changes: Change[]; cursor: string }> {
  const changes: Change[] = []
  let cursor = after
  for (;;) {
    const next = await page({ after: cursor, first, kinds })
    changes.push(...next.edges.map((edge) => edge.node))
    cursor = next.pageInfo.endCursor!
    if (!next.pageInfo.hasNextPage) return { changes, cursor }
  }
}

const startCursor = async (): Promise<string> => {
  const response = await graphql(stack.hub, CatalogueChangesCursorDocument)
  expect(response.errors).toBeUndefined()
  return response.data!.catalogueChangesCursor
}

describe('catalogueChanges', () => {
  let before: string

  beforeAll(async () => {
    before = await startCursor()
    const db = stack.database.db
    await publishCourse(db, 'feed-a', { title: { zh: '变更流课程甲' }, creditHours: 4 })
    await publishSeries(
      db,
      'feed-s',
      [sessionAt(new Date(), 'one', 3), sessionAt(new Date(), 'two', 5, { status: 'cancelled' })],
      { title: { zh: '变更流系列' } },
    )
    await publishCourse(db, 'feed-b', { title: { zh: '变更流课程乙' } })
    await removeCourse(db, 'feed-b')
  })

  it('lists every change after a cursor in order, each with an event id, time, kind, version and action', async () => {
    const { changes } = await follow(before, 2)
    expect(changes.map((change) => [change.kind, change.entityId, change.action])).toEqual([
      ['COURSE', 'feed-a', 'CREATED'],
      ['SERIES', 'feed-s', 'CREATED'],
      ['SESSION', 'feed-s:one', 'CREATED'],
      ['SESSION', 'feed-s:two', 'CREATED'],
      ['COURSE', 'feed-b', 'CREATED'],
      ['COURSE', 'feed-b', 'REMOVED'],
    ])
    expect(new Set(changes.map((change) => change.eventId)).size).toBe(6)
    for (const change of changes) {
      expect(change.eventId).toBe(`${change.commit}.${change.index}`)
      expect(Date.parse(change.at)).toBeGreaterThan(Date.now() - 120_000)
      expect(change.version).toBeGreaterThan(0)
    }
    // The series and its sessions were one commit: one write, seen whole.
    expect(new Set(changes.slice(1, 4).map((change) => change.commit)).size).toBe(1)
  })

  it('resolves each entity as it is public now, and a withdrawn one to its id and action only', async () => {
    const { changes } = await follow(before, 50)
    const [courseA, series, sessionOne, sessionTwo, created, removed] = changes
    expect(courseA!.entity).toEqual({
      __typename: 'Course',
      id: 'feed-a',
      slug: 'feed-a',
      title: '变更流课程甲',
      creditHours: 4,
    })
    expect(series!.entity).toMatchObject({ __typename: 'LectureSeries', id: 'feed-s', title: '变更流系列' })
    expect(sessionOne!.entity).toMatchObject({ __typename: 'Session', id: 'feed-s:one', status: 'SCHEDULED' })
    expect(sessionTwo!.entity).toMatchObject({ __typename: 'Session', id: 'feed-s:two', status: 'CANCELLED' })
    // Its creation is history; what it held is no longer public.
    expect(created!.entity).toBeNull()
    expect(removed).toMatchObject({ entityId: 'feed-b', action: 'REMOVED', entity: null })
  })

  it('passes over the kinds not asked for, and still moves the cursor past them', async () => {
    const { changes, cursor } = await follow(before, 1, ['COURSE'])
    expect(changes.map((change) => `${change.entityId} ${change.action}`)).toEqual([
      'feed-a CREATED',
      'feed-b CREATED',
      'feed-b REMOVED',
    ])
    expect((await page({ after: cursor })).edges).toEqual([])
  })

  it('resumes from a stored cursor with exactly what came after it, also mid-commit', async () => {
    const first = await page({ after: before, first: 2 })
    // Stopped inside the series' commit: the rest of that commit comes next.
    const rest = await follow(first.pageInfo.endCursor!, 100)
    expect(rest.changes.map((change) => change.entityId)).toEqual(['feed-s:one', 'feed-s:two', 'feed-b', 'feed-b'])
    await publishCourse(stack.database.db, 'feed-c')
    const later = await follow(rest.cursor, 100)
    expect(later.changes.map((change) => `${change.entityId} ${change.action}`)).toEqual(['feed-c CREATED'])
    expect((await page({ after: later.cursor })).pageInfo).toMatchObject({
      hasNextPage: false,
      endCursor: later.cursor,
    })
  })

  it('refuses a cursor it never issued and a page size out of bounds, naming the argument', async () => {
    const bad = await graphql(stack.hub, CatalogueChangesDocument, { after: 'not-a-cursor' })
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path: 'after' }] })
    const big = await graphql(stack.hub, CatalogueChangesDocument, { first: limits.syndication.feedMaxPage + 1 })
    expect(big.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path: 'first' }] })
  })
})

describe('what is not a change', () => {
  it('appends nothing for a projection replayed with a version already there, so the feed shows nothing new', async () => {
    const db = stack.database.db
    const source = {
      id: 'replayed',
      updatedAt: '2026-06-01T00:00:00.000Z',
      _status: 'published',
      slug: 'replayed',
      title: { zh: '重放的课程' },
    }
    await writeProjection(db, toCatalogueCourse(source))
    const cursor = await startCursor()
    expect(await writeProjection(db, toCatalogueCourse(source))).toBe('stale')
    expect(await writeProjection(db, toCatalogueCourse({ ...source, updatedAt: '2026-05-01T00:00:00.000Z' }))).toBe(
      'stale',
    )
    expect((await follow(cursor, 10)).changes).toEqual([])
  })
})

describe('on the database path', () => {
  it('lists the same events as the hub on its read model', async () => {
    const hub = await startHub(
      { db: stack.database.db, payload: stack.cms.payload, hubVersion },
      { port: 0, host: '127.0.0.1', log: () => {}, readModel: 'database' },
    )
    try {
      const fromDatabase = await graphql(hub, CatalogueChangesDocument, { first: 200 })
      expect(fromDatabase.errors).toBeUndefined()
      const fromMemory = await page({ first: 200 })
      const events = (connection: Page) =>
        connection.edges.map((edge) => [
          edge.cursor,
          edge.node.eventId,
          edge.node.entityId,
          edge.node.action,
          edge.node.entity?.__typename ?? null,
        ])
      expect(events(fromDatabase.data!.catalogueChanges)).toEqual(events(fromMemory))
    } finally {
      await hub.stop()
    }
  })
})

describe('a cursor older than the change log keeps', () => {
  it('answers RESYNC_REQUIRED with the oldest commit kept, never a page that skips what was pruned', async () => {
    const db = stack.database.db
    const stale = await startCursor()
    for (const id of ['prune-1', 'prune-2', 'prune-3', 'prune-4']) await publishCourse(db, id)
    const head = await readHead(db)
    await pruneCommits(db, head, 2)
    const oldest = (await commitsCollection(db).find({}).sort({ _id: 1 }).limit(1).toArray())[0]!.number
    expect(oldest).toBe(head - 1)
    const response = await graphql(stack.hub, CatalogueChangesDocument, { after: stale })
    expect(response.data).toBeNull()
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'RESYNC_REQUIRED', oldestKeptCommit: oldest })
    expect(response.errors![0]!.message).toContain('catalogueChangesCursor')
    // The way back: a fresh cursor, then only what comes after it.
    const fresh = await startCursor()
    await publishCourse(db, 'after-resync')
    expect((await follow(fresh, 10)).changes.map((change) => change.entityId)).toEqual(['after-resync'])
  })
})

describe('writers publishing at the same moment', () => {
  it('leave no gap and no duplicate a platform paging meanwhile could observe', async () => {
    const db = stack.database.db
    const start = await startCursor()
    const inProcess = Array.from({ length: 24 }, (_, n) => `together-${n}`)
    const otherProcesses = Array.from({ length: 6 }, (_, n) => `elsewhere-${n}`)
    const writer = path.join(projectRoot, 'tests/support/changeWriter.ts')
    let writing = true
    const writes = Promise.all([
      ...inProcess.map((id) => publishCourse(db, id)),
      ...otherProcesses.map((id, n) =>
        run(
          process.execPath,
          ['--import', 'tsx', writer, stack.database.uri, 'publish', id, String(Date.parse('2027-01-01') + n)],
          { cwd: projectRoot },
        ),
      ),
    ]).finally(() => {
      writing = false
    })
    // A platform pages through small pages all the while, from its stored cursor.
    const seen: Change[] = []
    let cursor = start
    while (writing) {
      const next = await follow(cursor, 3)
      seen.push(...next.changes)
      cursor = next.cursor
    }
    await writes
    // Every write has been announced or polled by now; read what is left.
    await new Promise((resolve) => setTimeout(resolve, limits.readModel.pollIntervalMs * 3))
    seen.push(...(await follow(cursor, 3)).changes)

    const ids = seen.map((change) => change.eventId)
    expect(new Set(ids).size).toBe(ids.length)
    const order = seen.map((change) => [change.commit, change.index] as const)
    for (let n = 1; n < order.length; n++) {
      const [previous, current] = [order[n - 1]!, order[n]!]
      expect(current[0] > previous[0] || (current[0] === previous[0] && current[1] === previous[1] + 1)).toBe(true)
    }
    // Every commit from the cursor to the head, none left out.
    const commits = [...new Set(seen.map((change) => change.commit))]
    const head = await readHead(db)
    expect(commits).toEqual(Array.from({ length: commits.length }, (_, n) => commits[0]! + n))
    expect(commits.at(-1)).toBe(head)
    expect(seen.map((change) => change.entityId).sort()).toEqual([...inProcess, ...otherProcesses].sort())
    // And exactly what the log holds.
    const logged = (
      await commitsCollection(db)
        .find({ _id: { $gte: commitKey(commits[0]!) } })
        .sort({ _id: 1 })
        .toArray()
    ).map(toCommit)
    expect(
      logged.flatMap((commit) => commit.events.map((event, index) => `${commit.number}.${index} ${event.id}`)),
    ).toEqual(seen.map((change) => `${change.eventId} ${change.entityId}`))
  })
})
