/**
 * The loaders over the in-memory read model, without a server: each batch is
 * recorded, so the tests see which queries a page of keys makes. A key that
 * fails reaches the caller as an error (never an empty list), and the row
 * bound of a reverse edge never silently shortens the keys that sort last.
 */
import { describe, expect, it } from '@jest/globals'
import DataLoader from 'dataloader'
import type { Document, Filter } from 'mongodb'
import { limits } from '../../../../server/config/limits.ts'
import type { ReadCollection } from '../../../../server/database/readStore.ts'
import { groupLoader, GroupTooLargeError } from '../../../../server/graphql/loaders/groupLoader.ts'
import { loadAll } from '../../../../server/graphql/loaders/loadAll.ts'
import { MemoryCollection, type Stored } from '../../../../server/readModel/memoryCollection.ts'

type Course = Stored & { name: string; teacherIds: string[] }

/** A read-model collection that records the filter of every find it is asked. */
function recorded(documents: Course[]) {
  const memory = new MemoryCollection<Course>(new Map(documents.map((doc) => [doc._id, doc])), new Set(['teacherIds']))
  const finds: Document[] = []
  const collection: ReadCollection<Course> = {
    find: (filter: Filter<Course>) => {
      finds.push(filter as Document)
      return memory.find(filter)
    },
    findOne: (filter) => memory.findOne(filter),
    countDocuments: (filter) => memory.countDocuments(filter),
    aggregate: (pipeline) => memory.aggregate(pipeline),
  }
  return { collection, finds }
}

const course = (n: number, teacherIds: string[]): Course => ({
  _id: `c${String(n).padStart(5, '0')}`,
  name: `课程 ${String(n).padStart(5, '0')}`,
  teacherIds,
})

describe('loadAll', () => {
  it('hands back every value in key order when all keys load', async () => {
    const batches: string[][] = []
    const loader = new DataLoader<string, string | null>(async (keys) => {
      batches.push([...keys])
      return keys.map((key) => (key === 'missing' ? null : key.toUpperCase()))
    })
    expect(await loadAll(loader, ['a', 'missing', 'b'])).toEqual(['A', null, 'B'])
    expect(batches).toEqual([['a', 'missing', 'b']])
  })

  it("throws the failed key's own error instead of leaving it out", async () => {
    const timeout = Object.assign(new Error('operation exceeded time limit'), { code: 50 })
    const loader = new DataLoader<string, string>(async (keys) => keys.map((key) => (key === 't2' ? timeout : key)))
    await expect(loadAll(loader, ['t1', 't2', 't3'])).rejects.toBe(timeout)
  })
})

describe('groupLoader', () => {
  it('answers a page of keys with one query', async () => {
    const { collection, finds } = recorded([course(1, ['t1']), course(2, ['t1', 't2']), course(3, ['t3'])])
    const loader = groupLoader<Course>(collection, 'teacherIds', { sort: { name: 1, _id: 1 }, perKey: 10 })
    const groups = await Promise.all(['t1', 't2', 'nobody'].map((key) => loader.load(key)))
    expect(groups.map((group) => group.map((doc) => doc._id))).toEqual([['c00001', 'c00002'], ['c00002'], []])
    expect(finds).toEqual([{ teacherIds: { $in: ['t1', 't2', 'nobody'] } }])
  })

  it('reads key by key when a batch passes the row bound, so the key that sorts last keeps its whole list', async () => {
    const bound = limits.catalogue.maxLoaderRows
    // The busy teacher's courses fill the bound on their own and sort before the quiet teacher's one.
    const documents = [...Array.from({ length: bound }, (_, n) => course(n, ['busy'])), course(bound, ['quiet'])]
    const { collection, finds } = recorded(documents)
    const loader = groupLoader<Course>(collection, 'teacherIds', { sort: { name: 1, _id: 1 }, perKey: 3 })
    const [busy, quiet] = await Promise.all([loader.load('busy'), loader.load('quiet')])
    expect(busy.map((doc) => doc._id)).toEqual(['c00000', 'c00001', 'c00002'])
    expect(quiet.map((doc) => doc._id)).toEqual([`c${String(bound).padStart(5, '0')}`])
    expect(finds).toEqual([{ teacherIds: { $in: ['busy', 'quiet'] } }, { teacherIds: 'busy' }, { teacherIds: 'quiet' }])
  })

  it('gives a key that alone passes the bound, in a list it must re-order, an error of its own and the other keys their lists', async () => {
    const bound = limits.catalogue.maxLoaderRows
    const documents = [
      ...Array.from({ length: bound + 1 }, (_, n) => course(n, ['busy'])),
      course(bound + 1, ['quiet']),
    ]
    const { collection } = recorded(documents)
    const loader = groupLoader<Course>(collection, 'teacherIds', {
      sort: { name: 1, _id: 1 },
      order: (a, b) => b.name.localeCompare(a.name),
      perKey: 3,
    })
    const [busy, quiet] = await Promise.all([
      loader.load('busy').catch((error: unknown) => error),
      loader.load('quiet'),
    ])
    expect(busy).toBeInstanceOf(GroupTooLargeError)
    expect(quiet.map((doc) => doc._id)).toEqual([`c${String(bound + 1).padStart(5, '0')}`])
  })
})
