/**
 * The rule that keeps every catalogue collection from going backwards: an
 * entry is keyed by document id and carries the source's version (its
 * updatedAt in milliseconds); an older or equal version never replaces what
 * is there. Removal writes a tombstone with its version, so a late, replayed
 * publish cannot bring an item back.
 */
import type { Collection, Document } from 'mongodb'

export interface VersionedEntry {
  _id: string
  /** Milliseconds of the source document's updatedAt. */
  version: number
  removed: boolean
}

export type ProjectionResult = 'written' | 'stale'

export interface LocalizedText {
  zh: string | null
  en: string | null
}

export type LocalizedSource = Record<string, string | null | undefined> | null | undefined

export const localized = (value: LocalizedSource): LocalizedText => ({ zh: value?.zh ?? null, en: value?.en ?? null })

/** Writes the entry unless the collection already holds this version or a newer one. */
export async function writeVersioned<T extends VersionedEntry & Document>(collection: Collection<T>, entry: T): Promise<ProjectionResult> {
  try {
    const result = await collection.replaceOne({ _id: entry._id, version: { $lt: entry.version } } as never, entry, { upsert: true })
    return result.modifiedCount + result.upsertedCount > 0 ? 'written' : 'stale'
  } catch (error) {
    // The filter missed because a newer (or the same) version is there, and the upsert hit its _id.
    // (FerretDB may report it as a SQLite UNIQUE constraint rather than E11000.)
    const { code, message } = error as { code?: number; message?: string }
    if (code === 11000 || /UNIQUE constraint failed|duplicate key/.test(message ?? '')) return 'stale'
    throw error
  }
}

export function tombstoneOf(id: string, version: number): VersionedEntry {
  return { _id: id, version, removed: true }
}
