/**
 * The rule that keeps every catalogue collection from going backwards: an
 * entry is keyed by document id and carries the source's version (its
 * updatedAt in milliseconds); an older or equal version never replaces what
 * is there. Removal writes a tombstone with its version, so a late, replayed
 * publish cannot bring an item back.
 */
import type { Collection, Db, Document, Filter } from 'mongodb'
import { appendChanges, type ChangeAction, type ChangeEvent, type ChangeKind } from '../changes/changeLog.ts'
import { isDuplicateKey } from '../database/duplicateKey.ts'

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

/** What a newer-wins write did: nothing (stale), or wrote, and what the public saw change, if anything. */
export interface VersionedWrite {
  written: boolean
  /**
   * CREATED: the entry became public (first publish, or again after a
   * withdrawal); UPDATED: it changed while public; REMOVED: it stopped being
   * public. Null when nothing public changed: a tombstone over nothing or
   * over another tombstone (a draft that was never published).
   */
  action: ChangeAction | null
}

const STALE: VersionedWrite = { written: false, action: null }

/**
 * Writes the entry unless the collection already holds this version or a
 * newer one, and says what the write did to the public catalogue.
 */
export async function writeVersioned<T extends VersionedEntry & Document>(
  collection: Collection<T>,
  entry: T,
): Promise<VersionedWrite> {
  let before: T | null
  try {
    // The entry it replaced, in the same step: what was public before decides the action.
    before = (await collection.findOneAndReplace(
      { _id: entry._id, version: { $lt: entry.version } } as Filter<T>,
      entry,
      { upsert: true, returnDocument: 'before' },
    )) as T | null
  } catch (error) {
    // The filter missed because a newer (or the same) version is there, and the upsert hit its _id.
    if (isDuplicateKey(error)) return STALE
    throw error
  }
  const wasPublic = before !== null && !before.removed
  if (entry.removed) return { written: true, action: wasPublic ? 'REMOVED' : null }
  return { written: true, action: wasPublic ? 'UPDATED' : 'CREATED' }
}

export const eventOf = (kind: ChangeKind, entry: VersionedEntry, action: ChangeAction): ChangeEvent => ({
  kind,
  id: entry._id,
  version: entry.version,
  action,
})

/** One entry written newer-wins and, when it changed something, logged as one commit. */
export async function writeAndLog<T extends VersionedEntry & Document>(
  db: Db,
  kind: ChangeKind,
  collection: Collection<T>,
  entry: T,
): Promise<ProjectionResult> {
  const { written, action } = await writeVersioned(collection, entry)
  if (!written) return 'stale'
  if (action) await appendChanges(db, [eventOf(kind, entry, action)], [entry])
  return 'written'
}

export function tombstoneOf(id: string, version: number): VersionedEntry {
  return { _id: id, version, removed: true }
}
