/**
 * The in-memory collection answers MongoDB query documents the way the
 * database does: the same filters, orders, limits, counts and facet
 * pipelines the resolvers send. An index only narrows the documents mingo
 * looks at, so every query is checked against the same query with no index.
 * Snapshots never change once made, and their documents cannot be changed.
 */
import { describe, expect, it } from '@jest/globals'
import { Aggregator, Query } from 'mingo'
import { MemoryCollection, type Stored } from '../../../server/readModel/memoryCollection.ts'
import { Snapshot } from '../../../server/readModel/snapshot.ts'

const day = (n: number) => new Date(Date.UTC(2026, 11, n, 2))

const sessions: Stored[] = [
  {
    _id: 's1',
    seriesId: 'a',
    venueId: 'v1',
    teacherIds: ['t1', 't2'],
    startsAt: day(1),
    status: 'SCHEDULED',
    removed: false,
    topics: ['WELLNESS'],
  },
  {
    _id: 's2',
    seriesId: 'a',
    venueId: 'v2',
    teacherIds: ['t2'],
    startsAt: day(3),
    status: 'CANCELLED',
    removed: false,
    topics: ['WELLNESS', 'LAW'],
  },
  {
    _id: 's3',
    seriesId: 'b',
    venueId: 'v1',
    teacherIds: [],
    startsAt: day(2),
    status: 'SCHEDULED',
    removed: false,
    topics: [],
  },
  {
    _id: 's4',
    seriesId: 'b',
    venueId: null,
    teacherIds: ['t1'],
    startsAt: day(5),
    status: 'SCHEDULED',
    removed: true,
    topics: ['LAW'],
  },
  {
    _id: 's5',
    seriesId: 'c',
    venueId: 'v3',
    teacherIds: ['t3'],
    startsAt: day(4),
    status: 'SCHEDULED',
    removed: false,
    topics: ['LAW'],
  },
]

const indexed = new MemoryCollection(
  new Map(sessions.map((doc) => [doc._id, doc])),
  new Set(['seriesId', 'venueId', 'teacherIds']),
)
const plain = new MemoryCollection(new Map(sessions.map((doc) => [doc._id, doc])), new Set<string>())
const ids = (docs: Stored[]) => docs.map((doc) => doc._id)

describe('find', () => {
  it.each([
    ['by id', { _id: 's3' }, ['s3']],
    ['ids with a condition', { _id: { $in: ['s1', 's4', 'nope'] }, removed: false }, ['s1']],
    ['an indexed field', { seriesId: 'a' }, ['s1', 's2']],
    ['$in on an indexed array field', { teacherIds: { $in: ['t1', 't3'] }, removed: false }, ['s1', 's5']],
    ['an array field holding a value', { teacherIds: 't2' }, ['s1', 's2']],
    ['a date range', { startsAt: { $gte: day(2), $lt: day(5) } }, ['s2', 's3', 's5']],
    ['$or of conditions', { $or: [{ venueId: 'v2' }, { topics: { $in: ['LAW'] }, removed: false }] }, ['s2', 's5']],
    ['null matches a missing or null field', { venueId: null }, ['s4']],
    ['nothing', { seriesId: 'z' }, []],
  ])('%s', async (_label, filter, expected) => {
    expect(ids(await indexed.find(filter).sort({ _id: 1 }).toArray())).toEqual(expected)
    expect(ids(await plain.find(filter).sort({ _id: 1 }).toArray())).toEqual(expected)
  })

  it('sorts on several fields and limits', async () => {
    const found = await indexed.find({ removed: false }).sort({ status: 1, startsAt: -1, _id: 1 }).limit(3).toArray()
    expect(ids(found)).toEqual(['s2', 's5', 's3'])
  })

  it('counts and finds one', async () => {
    expect(await indexed.countDocuments({ venueId: 'v1' })).toBe(2)
    expect((await indexed.findOne({ seriesId: 'b', removed: false }))?._id).toBe('s3')
    expect(await indexed.findOne({ seriesId: 'nope' })).toBeNull()
  })

  it('runs the facet pipelines ($match, $unwind, $group with $sum)', async () => {
    const pipeline = [
      { $match: { removed: false, seriesId: { $in: ['a', 'b', 'c'] } } },
      { $unwind: '$topics' },
      { $group: { _id: '$topics', count: { $sum: 1 } } },
    ]
    const rows = await indexed.aggregate<{ _id: string; count: number }>(pipeline).toArray()
    expect(Object.fromEntries(rows.map((row) => [row._id, row.count]))).toEqual({ WELLNESS: 2, LAW: 2 })
  })

  it('reports a query it cannot run instead of answering nothing', async () => {
    await expect(indexed.find({ startsAt: { $nosuchoperator: 1 } }).toArray()).rejects.toThrow()
  })
})

describe('the direct paths agree with mingo', () => {
  const mixed: Stored[] = [
    ...sessions,
    {
      _id: 's6',
      seriesId: 'c',
      venueId: 'v1',
      teacherIds: ['t0', 't9'],
      startsAt: day(4),
      status: 'SCHEDULED',
      removed: false,
      topics: ['WELLNESS', 'WELLNESS'],
    },
    { _id: 's7', seriesId: 'c', teacherIds: null, status: 'SCHEDULED', removed: false },
  ]
  const collection = new MemoryCollection(new Map(mixed.map((doc) => [doc._id, doc])), new Set(['seriesId']))

  it.each([
    { startsAt: -1, _id: 1 },
    { status: 1, startsAt: -1, _id: 1 },
    { venueId: 1, _id: 1 },
    { venueId: -1, _id: -1 },
    { removed: 1, _id: -1 },
  ])('orders by %j as mingo does', async (sort) => {
    const expected = new Query({}, {}).find<Stored>(mixed).sort(sort).all()
    expect(
      ids(
        await collection
          .find({})
          .sort(sort as never)
          .toArray(),
      ),
    ).toEqual(ids(expected))
  })

  it('orders an array field as MongoDB does (mingo compares arrays element by element): by its smallest element ascending, its largest descending', async () => {
    expect(ids(await collection.find({}).sort({ teacherIds: 1, _id: 1 }).toArray())).toEqual([
      's3',
      's7',
      's6',
      's1',
      's4',
      's2',
      's5',
    ])
    expect(ids(await collection.find({}).sort({ teacherIds: -1, _id: 1 }).toArray())).toEqual([
      's6',
      's5',
      's1',
      's2',
      's4',
      's3',
      's7',
    ])
  })

  it.each([
    ['an array field, unwound', 'topics', true],
    ['a single field', 'venueId', false],
    ['an array field, not unwound', 'teacherIds', false],
  ])('counts %s as mingo does', async (_label, field, unwind) => {
    const pipeline = [
      { $match: { removed: false } },
      ...(unwind ? [{ $unwind: `$${field}` }] : []),
      { $group: { _id: `$${field}`, count: { $sum: 1 } } },
    ]
    const key = (rows: { _id: unknown; count: number }[]) =>
      rows.map((row) => `${JSON.stringify(row._id)}=${row.count}`).sort()
    const expected = new Aggregator(pipeline, {}).run(mixed) as { _id: unknown; count: number }[]
    expect(key(await collection.aggregate<{ _id: unknown; count: number }>(pipeline).toArray())).toEqual(key(expected))
  })
})

describe('snapshots', () => {
  const loaded = new Map([
    ['catalogue_sessions', { documents: sessions.map((doc) => structuredClone(doc)), indexedFields: ['seriesId'] }],
  ])

  it('are not changed by a newer snapshot made from them', async () => {
    const first = Snapshot.of(7, loaded)
    const second = first.withChanges(
      8,
      new Map([
        [
          'catalogue_sessions',
          new Map<string, Stored | null>([
            ['s1', null],
            ['s9', { _id: 's9', seriesId: 'a', removed: false }],
          ]),
        ],
      ]),
    )
    const inSeriesA = async (snapshot: Snapshot) =>
      ids(await snapshot.collection<Stored>('catalogue_sessions').find({ seriesId: 'a' }).sort({ _id: 1 }).toArray())
    expect(await inSeriesA(first)).toEqual(['s1', 's2'])
    expect(await inSeriesA(second)).toEqual(['s2', 's9'])
    expect([first.commit, second.commit]).toEqual([7, 8])
  })

  it('hand out documents nobody can change', async () => {
    const snapshot = Snapshot.of(1, loaded)
    const doc = (await snapshot.collection<Stored>('catalogue_sessions').findOne({ _id: 's1' }))!
    expect(() => {
      doc.status = 'CANCELLED'
    }).toThrow(/read only|read-only/)
    expect(() => (doc.teacherIds as string[]).push('t9')).toThrow(/not extensible/)
    expect((await snapshot.collection<Stored>('catalogue_sessions').findOne({ _id: 's1' }))!.status).toBe('SCHEDULED')
  })

  it('refuse a collection they do not hold, rather than answer with nothing', () => {
    expect(() => Snapshot.of(1, loaded).collection('registry_budgets')).toThrow(/holds no collection/)
  })
})
