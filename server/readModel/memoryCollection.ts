/**
 * One collection of the in-memory read model, answering the same MongoDB
 * query documents the database would, over documents that never change once
 * loaded. mingo decides which documents match every filter; lookups by
 * `_id`, and equality or `$in` on an indexed field, start from a Map instead
 * of every document, so an index only narrows, it never decides. Two hot
 * paths skip mingo's general machinery with the same meaning: orders are
 * applied by a comparator over the sorted fields, and the facet pipeline
 * (`$match`, optional `$unwind`, `$group` counting by one field) is counted
 * directly; any other pipeline runs in mingo.
 */
import { Aggregator } from 'mingo'
import type { Document, Filter, Sort } from 'mongodb'
import { compileFilter, filterKey } from './compiledFilters.ts'
import { compareBy, facetCountOf } from './memoryOrder.ts'
import type { ReadCollection, ReadCursor } from '../database/readStore.ts'

export type Stored = Document & { _id: string }

/** Answers one collection remembers (see remembered): a page of queries a snapshot is asked again and again. */
const REMEMBERED_ANSWERS = 256

type Lookup = { field: string; values: unknown[] }

const isPlainValue = (value: unknown): boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'

/** The first top-level condition an index can answer: `{field: value}` or `{field: {$in: [...]}}`. */
function lookupOf(filter: Document, indexed: ReadonlySet<string>): Lookup | null {
  for (const [field, condition] of Object.entries(filter)) {
    if (!indexed.has(field)) continue
    if (isPlainValue(condition)) return { field, values: [condition] }
    if (condition && typeof condition === 'object' && !Array.isArray(condition)) {
      const keys = Object.keys(condition)
      const only = keys.length === 1 ? (condition as Record<string, unknown>)[keys[0]!] : undefined
      if (keys[0] === '$in' && Array.isArray(only) && only.every(isPlainValue)) return { field, values: only }
      if (keys[0] === '$eq' && isPlainValue(only)) return { field, values: [only] }
    }
  }
  return null
}

class MemoryCursor<T> implements ReadCursor<T> {
  #sort: Sort | undefined
  #limit = 0

  constructor(private readonly run: (sort: Sort | undefined, limit: number) => T[]) {}

  sort(sort: Sort): this {
    this.#sort = sort
    return this
  }

  limit(count: number): this {
    this.#limit = count
    return this
  }

  toArray(): Promise<T[]> {
    try {
      // A copy of the list: answers are remembered, and a caller may sort or extend what it gets.
      return Promise.resolve(this.run(this.#sort, this.#limit).slice())
    } catch (error) {
      return Promise.reject(error)
    }
  }
}

export class MemoryCollection<T extends Stored> implements ReadCollection<T> {
  readonly #all: T[]
  readonly #indexes = new Map<string, Map<unknown, T[]>>()
  readonly #orders = new Map<string, T[]>()
  readonly #answers = new Map<string, unknown>()

  constructor(
    readonly byId: ReadonlyMap<string, T>,
    /** Fields worth a Map from value to documents (array fields index each element). */
    readonly indexedFields: ReadonlySet<string>,
  ) {
    this.#all = [...byId.values()]
  }

  get size(): number {
    return this.byId.size
  }

  find(filter: Filter<T>): ReadCursor<T> {
    return new MemoryCursor<T>((sort, limit) => {
      const key = `find ${filterKey(filter as Document)} ${JSON.stringify(sort ?? null)} ${limit}`
      return this.remembered(key, () => {
        const { docs: candidates, rest } = this.candidates(filter as Document)
        const query = compileFilter(rest)
        // A page in an order: walk the documents already in that order and stop at the page's end.
        if (sort && limit > 0 && candidates === this.#all) {
          const page: T[] = []
          for (const doc of this.inOrder(sort as Record<string, 1 | -1>)) {
            if (query.test(doc) && page.push(doc) >= limit) break
          }
          return page
        }
        const found = candidates.filter((doc) => query.test(doc))
        if (sort) found.sort(compareBy(sort as Record<string, 1 | -1>))
        return limit > 0 ? found.slice(0, limit) : found
      })
    })
  }

  async findOne(filter: Filter<T>): Promise<T | null> {
    return (await this.find(filter).limit(1).toArray())[0] ?? null
  }

  async countDocuments(filter: Filter<T>): Promise<number> {
    return this.remembered(`count ${filterKey(filter as Document)}`, () => {
      const { docs, rest } = this.candidates(filter as Document)
      const query = compileFilter(rest)
      return docs.reduce((count, doc) => (query.test(doc) ? count + 1 : count), 0)
    })
  }

  aggregate<R extends Document>(pipeline: Document[]): { toArray(): Promise<R[]> } {
    const [first] = pipeline
    const facet = facetCountOf(pipeline)
    return {
      toArray: async () => {
        if (!facet) {
          const start = first && '$match' in first ? this.candidates(first.$match as Document).docs : this.#all
          return new Aggregator(pipeline, {}).run([...start]) as R[]
        }
        const { docs, rest } = this.candidates(facet.match)
        const query = compileFilter(rest)
        const counts = new Map<unknown, number>()
        for (const doc of docs) {
          if (!query.test(doc)) continue
          const value: unknown = doc[facet.field]
          // `$unwind` drops missing, null and empty arrays and yields each element; without it the value is the key.
          const keys = facet.unwind
            ? Array.isArray(value)
              ? value
              : value === null || value === undefined
                ? []
                : [value]
            : [value ?? null]
          for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
        }
        return [...counts].map(([_id, count]): Document => ({ _id, count })) as R[]
      },
    }
  }

  /**
   * An answer this collection already gave to the same question. The
   * documents never change, so an answer stays true for the collection's
   * life (one snapshot); the newest answers are kept, the oldest dropped.
   */
  private remembered<R>(key: string, answer: () => R): R {
    if (this.#answers.has(key)) return this.#answers.get(key) as R
    const value = answer()
    this.#answers.set(key, value)
    if (this.#answers.size > REMEMBERED_ANSWERS) this.#answers.delete(this.#answers.keys().next().value!)
    return value
  }

  /** Every document in one order, sorted once per collection and order. */
  private inOrder(sort: Record<string, 1 | -1>): readonly T[] {
    const key = JSON.stringify(sort)
    let sorted = this.#orders.get(key)
    if (!sorted) {
      sorted = [...this.#all].sort(compareBy(sort))
      this.#orders.set(key, sorted)
    }
    return sorted
  }

  /**
   * The documents a filter can match, narrowed by `_id` or an index when the
   * filter allows, and what of the filter is left to test: the condition an
   * index answered is answered exactly (equality or `$in` of plain values,
   * on a scalar or any element of an array), so it is not tested again.
   */
  private candidates(filter: Document): { docs: readonly T[]; rest: Document } {
    const lookup = lookupOf(filter, new Set(['_id', ...this.indexedFields]))
    if (!lookup) return { docs: this.#all, rest: filter }
    const { [lookup.field]: _answered, ...rest } = filter
    if (lookup.field === '_id')
      return {
        docs: lookup.values.flatMap((id) => (typeof id === 'string' && this.byId.has(id) ? [this.byId.get(id)!] : [])),
        rest,
      }
    const index = this.index(lookup.field)
    const found = new Set<T>()
    for (const value of lookup.values) for (const doc of index.get(value) ?? []) found.add(doc)
    return { docs: [...found], rest }
  }

  private index(field: string): Map<unknown, T[]> {
    let index = this.#indexes.get(field)
    if (!index) {
      index = new Map()
      for (const doc of this.#all) {
        const value: unknown = doc[field]
        for (const key of new Set(Array.isArray(value) ? value : [value])) {
          const list = index.get(key)
          if (list) list.push(doc)
          else index.set(key, [doc])
        }
      }
      this.#indexes.set(field, index)
    }
    return index
  }
}
