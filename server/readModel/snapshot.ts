/**
 * One version of the public read model: every public collection as of one
 * change-log commit. A snapshot never changes; applying changes makes a new
 * one that shares the untouched collections, so a request that holds a
 * snapshot reads one consistent version from start to end. Documents are
 * frozen, so no resolver can change what the next request reads.
 */
import type { Document } from 'mongodb'
import { MemoryCollection, type Stored } from './memoryCollection.ts'
import type { ReadCollection, ReadDb } from '../database/readStore.ts'
import { readCollectionAs } from '../compat/uncheckedTypes.ts'

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value) && !(value instanceof Date)) {
    for (const child of Object.values(value)) deepFreeze(child)
    Object.freeze(value)
  }
  return value
}

export class Snapshot implements ReadDb {
  constructor(
    /** The last change-log commit this snapshot includes. */
    readonly commit: number,
    private readonly collections: ReadonlyMap<string, MemoryCollection<Stored>>,
  ) {}

  collection<T extends Document>(name: string): ReadCollection<T> {
    const collection = this.collections.get(name)
    // A public read of a collection the read model does not hold is a bug, not an empty answer.
    if (!collection) throw new Error(`The read model holds no collection "${name}".`)
    return readCollectionAs<T, Stored>(collection)
  }

  get documentCount(): number {
    let count = 0
    for (const collection of this.collections.values()) count += collection.size
    return count
  }

  /** A new snapshot at `commit` where the named collections have these documents changed (null: gone). */
  withChanges(commit: number, changed: ReadonlyMap<string, ReadonlyMap<string, Stored | null>>): Snapshot {
    const collections = new Map(this.collections)
    for (const [name, documents] of changed) {
      const current = collections.get(name)!
      const byId = new Map(current.byId)
      for (const [id, doc] of documents) {
        if (doc) byId.set(id, deepFreeze(doc))
        else byId.delete(id)
      }
      collections.set(name, new MemoryCollection(byId, current.indexedFields))
    }
    return new Snapshot(commit, collections)
  }

  static of(
    commit: number,
    loaded: ReadonlyMap<string, { documents: Stored[]; indexedFields: readonly string[] }>,
  ): Snapshot {
    const collections = new Map<string, MemoryCollection<Stored>>()
    for (const [name, { documents, indexedFields }] of loaded) {
      collections.set(
        name,
        new MemoryCollection(new Map(documents.map((doc) => [doc._id, deepFreeze(doc)])), new Set(indexedFields)),
      )
    }
    return new Snapshot(commit, collections)
  }
}
