/**
 * The hub's in-memory read model against the real database and real hubs
 * over HTTP: a warm public answer sends no database command; a write in this
 * process is read back at once; two hub replicas on one database both serve
 * another process's publish, and stop serving its withdrawal, within the poll
 * interval; one answer never mixes two versions of a series; a replica that
 * missed pruned commits reloads; too much data falls back to the database;
 * and a read model cut off from its database refuses rather than serve
 * something that may have been withdrawn.
 */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { print } from 'graphql'
import { startHub, type RunningHub } from '../../../server/app.ts'
import { pruneCommits, readHead } from '../../../server/changes/changeLog.ts'
import { hubVersion } from '../../../server/config/hubVersion.ts'
import { limits } from '../../../server/config/limits.ts'
import { projectRoot } from '../../../server/config/env.ts'
import { connectMongo, type MongoConnection } from '../../../server/database/mongo.ts'
import { ReadModel } from '../../../server/readModel/readModel.ts'
import { openReadSource } from '../../../server/readModel/readSource.ts'
import {
  CollectionPageDocument,
  CourseCatalogueDocument,
  CourseDetailDocument,
  SearchDocument,
  SeriesCatalogueDocument,
  SeriesDetailDocument,
  StreetCalendarDocument,
  StreetOverviewDocument,
  StreetsDocument,
  TeacherPageDocument,
  VenuesDocument,
} from '../../../schema/generated/graphql.ts'
import { publishCourse, publishSeries, sessionAt } from '../../support/catalogue.ts'
import { publishWorld, type CatalogueWorld } from '../../support/catalogueWorld.ts'
import { rest } from '../../support/cms.ts'
import { createPublished, newDesk } from '../../support/editorial.ts'
import { graphql } from '../../support/hub.ts'
import { startStack, type TestStack } from '../../support/stack.ts'

const run = promisify(execFile)
let stack: TestStack
let world: CatalogueWorld

beforeAll(async () => {
  stack = await startStack('read_model')
  world = await publishWorld(stack.database.db)
})

afterAll(async () => {
  await stack.stop()
})

const courseById = `query($id: ID!) { course(id: $id) { id title } }`

describe('a warm public answer', () => {
  it('sends no database command for any documented public operation', async () => {
    const operations: Array<[string, string, Record<string, unknown>]> = [
      ['courseCatalogue', print(CourseCatalogueDocument), { first: 20 }],
      ['courseDetail', print(CourseDetailDocument), { slug: 'phone' }],
      ['seriesCatalogue', print(SeriesCatalogueDocument), { first: 20 }],
      ['seriesDetail', print(SeriesDetailDocument), { slug: 'citizen' }],
      ['collectionPage', print(CollectionPageDocument), { slug: 'canal-theme' }],
      ['streetCalendar', print(StreetCalendarDocument), { street: 'hushu', from: world.now.toISOString() }],
      ['streetOverview', print(StreetOverviewDocument), { id: 'hushu' }],
      ['teacherPage', print(TeacherPageDocument), { id: world.teachers.t1 }],
      ['search', print(SearchDocument), { q: '运河' }],
      ['streets', print(StreetsDocument), {}],
      ['venues', print(VenuesDocument), { first: 50 }],
    ]
    for (const [name, query, variables] of operations) {
      await graphql(stack.hub, query, variables) // warm
      const before = stack.database.commandLog().length
      const response = await graphql(stack.hub, query, variables)
      expect({ name, errors: response.errors }).toEqual({ name, errors: undefined })
      expect({ name, commands: stack.database.commandLog().slice(before) }).toEqual({ name, commands: [] })
    }
  })
})

describe('freshness', () => {
  it('serves a write made in this process in the very next answer', async () => {
    await publishSeries(
      stack.database.db,
      'fresh-here',
      [sessionAt(world.now, 'one', 3, { venue: world.venues.hushuA })],
      { title: { zh: '刚发布的系列' } },
    )
    const response = await graphql<{ series: { title: string; sessions: unknown[] } | null }, object>(
      stack.hub,
      `
        {
          series(slug: "fresh-here") {
            title
            sessions {
              id
            }
          }
        }
      `,
    )
    expect(response.errors).toBeUndefined()
    expect(response.data?.series).toEqual({ title: '刚发布的系列', sessions: [{ id: expect.any(String) }] })
  })

  it('serves a publish through the CMS within 1 s, and stops serving its withdrawal within 1 s', async () => {
    const desk = await newDesk(stack.cms)
    const id = await createPublished(desk, 'courses', { title: '编辑刚发布的课程', slug: 'desk-fresh' })
    let since = Date.now()
    const shown = await graphql<{ course: { id: string; title: string } | null }, { id: string }>(
      stack.hub,
      courseById,
      { id },
    )
    expect(shown.data?.course).toEqual({ id, title: '编辑刚发布的课程' })
    expect(Date.now() - since).toBeLessThan(1_000)

    expect(
      (await rest(stack.cms, 'PATCH', `/courses/${id}`, { token: desk.author, body: { _status: 'draft' } })).status,
    ).toBe(200)
    since = Date.now()
    const withdrawn = await graphql<{ course: unknown }, { id: string }>(stack.hub, courseById, { id })
    expect(withdrawn.data?.course).toBeNull()
    expect(Date.now() - since).toBeLessThan(1_000)
  })

  describe('two replicas on one database, written to by another process', () => {
    let replicaA: { hub: RunningHub; connection: MongoConnection }
    let replicaB: { hub: RunningHub; connection: MongoConnection }
    const replica = async () => {
      const connection = await connectMongo(stack.database.uri)
      const hub = await startHub(
        { db: connection.db, payload: stack.cms.payload, hubVersion },
        { port: 0, host: '127.0.0.1', log: () => {} },
      )
      return { hub, connection }
    }

    beforeAll(async () => {
      replicaA = await replica()
      replicaB = await replica()
    })

    afterAll(async () => {
      for (const { hub, connection } of [replicaA, replicaB]) {
        await hub.stop()
        await connection.close()
      }
    })

    async function writeElsewhere(action: 'publish' | 'withdraw', id: string, version: number): Promise<number> {
      const { stdout } = await run(
        process.execPath,
        [
          '--import',
          'tsx',
          path.join(projectRoot, 'tests/support/changeWriter.ts'),
          stack.database.uri,
          action,
          id,
          String(version),
        ],
        { cwd: projectRoot },
      )
      const [result, doneAt] = stdout.trim().split(' ')
      expect(result).toBe('written')
      return Number(doneAt)
    }

    /** Milliseconds from `since` until the replica's answer for the course meets `wanted`. */
    async function untilServed(hub: RunningHub, id: string, wanted: boolean, since: number): Promise<number> {
      for (;;) {
        const response = await graphql<{ course: { id: string } | null }, { id: string }>(hub, courseById, { id })
        expect(response.errors).toBeUndefined()
        if ((response.data!.course !== null) === wanted) return Date.now() - since
        if (Date.now() - since > 10_000) throw new Error(`not ${wanted ? 'served' : 'withdrawn'} after 10 s`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    }

    it(`both serve a publish, and both stop serving its withdrawal, within the poll interval (${limits.readModel.pollIntervalMs} ms) and its refresh`, async () => {
      const bound = limits.readModel.pollIntervalMs + 1_000
      const published = await writeElsewhere('publish', 'elsewhere', Date.parse('2026-06-01T00:00:00Z'))
      const seen = await Promise.all([
        untilServed(replicaA.hub, 'elsewhere', true, published),
        untilServed(replicaB.hub, 'elsewhere', true, published),
      ])
      for (const ms of seen) expect(ms).toBeLessThan(bound)

      const withdrawn = await writeElsewhere('withdraw', 'elsewhere', Date.parse('2026-06-02T00:00:00Z'))
      const gone = await Promise.all([
        untilServed(replicaA.hub, 'elsewhere', false, withdrawn),
        untilServed(replicaB.hub, 'elsewhere', false, withdrawn),
      ])
      for (const ms of gone) expect(ms).toBeLessThan(bound)
      // And never again afterwards, on either.
      for (let n = 0; n < 10; n++) {
        for (const { hub } of [replicaA, replicaB])
          expect(
            (await graphql<{ course: unknown }, { id: string }>(hub, courseById, { id: 'elsewhere' })).data!.course,
          ).toBeNull()
      }
    })
  })
})

describe('readiness', () => {
  it('answers /readyz with the commit the read model serves, and /healthz while the process runs', async () => {
    const base = stack.hub.url.replace(/\/graphql$/, '')
    // The CMS's jobs may append a commit at any moment: /readyz names the head as it stood at most a poll ago.
    const head = await readHead(stack.database.db)
    const deadline = Date.now() + 5 * limits.readModel.pollIntervalMs
    let answer: { status?: string; reads?: string; commit?: number } = {}
    for (;;) {
      const ready = await fetch(`${base}/readyz`)
      expect(ready.status).toBe(200)
      answer = (await ready.json()) as typeof answer
      if ((answer.commit ?? 0) >= head || Date.now() > deadline) break
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(answer).toMatchObject({ status: 'ready', reads: 'memory' })
    expect(answer.commit).toBeGreaterThanOrEqual(head)
    expect(answer.commit).toBeLessThanOrEqual(await readHead(stack.database.db))
    expect((await fetch(`${base}/healthz`)).status).toBe(200)
  })
})

describe('one answer, one version', () => {
  it('never shows a series with the sessions of another of its versions while it is being republished', async () => {
    const versions = [
      [
        sessionAt(world.now, 'a1', 5, { venue: world.venues.hushuA }),
        sessionAt(world.now, 'a2', 6, { venue: world.venues.hushuA }),
      ],
      [
        sessionAt(world.now, 'b1', 7, { venue: world.venues.hushuB }),
        sessionAt(world.now, 'b2', 8, { venue: world.venues.hushuB }),
        sessionAt(world.now, 'b3', 9, { venue: world.venues.hushuB }),
      ],
    ]
    const summaries = ['version A', 'version B']
    let writing = true
    const writer = (async () => {
      for (let n = 0; writing && n < 40; n++)
        await publishSeries(stack.database.db, 'flipping', versions[n % 2]!, {
          title: { zh: '反复修改的系列' },
          summary: { zh: summaries[n % 2]! },
        })
    })()
    const seen = new Set<string>()
    try {
      for (let n = 0; n < 60; n++) {
        const response = await graphql<{ series: { summary: string; sessions: { id: string }[] } | null }, object>(
          stack.hub,
          `
            {
              series(slug: "flipping") {
                summary
                sessions {
                  id
                }
              }
            }
          `,
        )
        const series = response.data?.series
        if (!series) continue
        const keys = series.sessions.map((session) => session.id.split(':').pop()).join(',')
        seen.add(`${series.summary} ${keys}`)
      }
    } finally {
      writing = false
      await writer
    }
    for (const answer of seen) expect(['version A a1,a2', 'version B b1,b2,b3']).toContain(answer)
  })
})

describe('catching up', () => {
  it('reloads everything when the commits it missed were pruned, and serves what was written meanwhile', async () => {
    const connection = await connectMongo(stack.database.uri)
    const model = await ReadModel.start(connection.db, { pollIntervalMs: 60_000 })
    try {
      await publishSeries(
        stack.database.db,
        'while-away',
        [sessionAt(world.now, 'x', 4, { venue: world.venues.xiaohe })],
        { title: { zh: '离开时发布' } },
      )
      await publishSeries(
        stack.database.db,
        'while-away-2',
        [sessionAt(world.now, 'y', 4, { venue: world.venues.xiaohe })],
        { title: { zh: '离开时发布二' } },
      )
      await pruneCommits(stack.database.db, await readHead(stack.database.db), 1)
      await model.refresh()
      const snapshot = await model.current()
      expect(snapshot.commit).toBe(await readHead(stack.database.db))
      expect((await snapshot.collection<{ _id: string }>('catalogue_series').findOne({ _id: 'while-away' }))?._id).toBe(
        'while-away',
      )
    } finally {
      model.stop()
      await connection.close()
    }
  })

  it.each([3, limits.changes.maxCommitLookups + 4])(
    'replays %i commits of another process, one lookup each or in one range read, without reloading',
    async (count) => {
      const connection = await connectMongo(stack.database.uri)
      const lines: string[] = []
      const model = await ReadModel.start(connection.db, {
        pollIntervalMs: 60_000,
        followLocalCommits: false,
        log: (line) => lines.push(line),
      })
      try {
        const ids = Array.from({ length: count }, (_, n) => `replayed-${count}-${n}`)
        for (const id of ids) await publishCourse(stack.database.db, id)
        await model.refresh()
        const snapshot = await model.current()
        expect(snapshot.commit).toBe(await readHead(stack.database.db))
        const found = await snapshot
          .collection<{ _id: string }>('catalogue_courses')
          .find({ _id: { $in: ids } })
          .toArray()
        expect(found.map((course) => course._id).sort()).toEqual([...ids].sort())
        expect(lines.filter((line) => line.includes('reloads'))).toEqual([])
      } finally {
        model.stop()
        await connection.close()
      }
    },
  )
})

describe('falling back', () => {
  it('reads the database when the public data is larger than the read model may hold', async () => {
    const lines: string[] = []
    const source = await openReadSource(stack.database.db, 'memory', {
      maxDocuments: 10,
      log: (line) => lines.push(line),
    })
    expect(source.mode).toBe('database')
    expect(lines.join('\n')).toMatch(/more than 10 documents/)
    const courses = await (
      await source.current()
    )
      .collection<{ _id: string }>('catalogue_courses')
      .find({ _id: 'phone' })
      .toArray()
    expect(courses.map((doc) => doc._id)).toEqual(['phone'])
    source.stop()
  })

  it('refuses with SERVICE_UNAVAILABLE once it has been cut off from the change log for longer than allowed', async () => {
    const connection = await connectMongo(stack.database.uri)
    const model = await ReadModel.start(connection.db, { pollIntervalMs: 50, maxStalenessMs: 300 })
    try {
      await connection.close()
      await new Promise((resolve) => setTimeout(resolve, 600))
      await expect(model.current()).rejects.toMatchObject({
        extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
      })
      expect(model.status().lastError).toBeTruthy()
    } finally {
      model.stop()
    }
  })
})
