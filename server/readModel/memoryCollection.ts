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
import { compileFilter } from './compiledFilters.ts'
import { compareBy, facetCountOf } from './memoryOrder.ts'
import type { ReadCollection, ReadCursor } from '../database/readStore.ts'

export type Stored = Document & { _id: string }

type Lookup = { field: string; values: unknown[] }

const isPlainValue = (value: unknown): boolean => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'

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
      return Promise.resolve(this.run(this.#sort, this.#limit))
    } catch (error) {
      return Promise.reject(error)
    }
  }
}

export class MemoryCollection<T extends Stored> implements ReadCollection<T> {
  readonly #all: T[]
  readonly #indexes = new Map<string, Map<unknown, T[]>>()

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
      const query = compileFilter(filter as Document)
      const found = this.candidates(filter as Document).filter((doc) => query.test(doc))
      if (sort) found.sort(compareBy(sort as Record<string, 1 | -1>))
      return limit > 0 ? found.slice(0, limit) : found
    })
  }

  async findOne(filter: Filter<T>): Promise<T | null> {
    return (await this.find(filter).limit(1).toArray())[0] ?? null
  }

  async countDocuments(filter: Filter<T>): Promise<number> {
    return (await this.find(filter).toArray()).length
  }

  aggregate<R extends Document>(pipeline: Document[]): { toArray(): Promise<R[]> } {
    const [first] = pipeline
    const start = first && '$match' in first ? this.candidates(first.$match as Document) : this.#all
    const facet = facetCountOf(pipeline)
    return {
      toArray: async () => {
        if (!facet) return new Aggregator(pipeline, {}).run(start) as R[]
        const query = compileFilter(facet.match)
        const counts = new Map<unknown, number>()
        for (const doc of start) {
          if (!query.test(doc)) continue
          const value: unknown = doc[facet.field]
          // `$unwind` drops missing, null and empty arrays and yields each element; without it the value is the key.
          const keys = facet.unwind ? (Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]) : [value ?? null]
          for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
        }
        return [...counts].map(([_id, count]) => ({ _id, count }) as unknown as R)
      },
    }
  }

  /** The documents a filter can match, narrowed by `_id` or an index when the filter allows. */
  private candidates(filter: Document): T[] {
    const lookup = lookupOf(filter, new Set(['_id', ...this.indexedFields]))
    if (!lookup) return this.#all
    if (lookup.field === '_id') return lookup.values.flatMap((id) => (typeof id === 'string' && this.byId.has(id) ? [this.byId.get(id)!] : []))
    const index = this.index(lookup.field)
    const found = new Set<T>()
    for (const value of lookup.values) for (const doc of index.get(value) ?? []) found.add(doc)
    return [...found]
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
