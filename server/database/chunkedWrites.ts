/**
 * Bulk writes in chunks the embedded FerretDB handles (see
 * limits.database.maxUpdatesPerCommand), reporting failures by the index of
 * the operation in the caller's list, as one bulkWrite would.
 */
import type { AnyBulkWriteOperation, Collection, Document, OptionalUnlessRequiredId } from 'mongodb'
import { limits } from '../config/limits.ts'

export interface WriteFailure {
  index: number
  message: string
}

function failuresOf(error: unknown, offset: number): WriteFailure[] {
  const writeErrors = (
    error as { writeErrors?: { index: number; errmsg?: string }[] | { index: number; errmsg?: string } }
  ).writeErrors
  if (!writeErrors) throw error
  return (Array.isArray(writeErrors) ? writeErrors : [writeErrors]).map((failure) => ({
    index: failure.index + offset,
    message: failure.errmsg ?? 'write error',
  }))
}

/** Inserts new documents (insertMany is fast on every server); duplicates and other failures are returned, not thrown. */
export async function insertAll<T extends Document>(
  collection: Collection<T>,
  documents: OptionalUnlessRequiredId<T>[],
): Promise<WriteFailure[]> {
  if (documents.length === 0) return []
  try {
    await collection.insertMany(documents, { ordered: false })
    return []
  } catch (error) {
    return failuresOf(error, 0)
  }
}

/** Runs update/replace operations in small commands, unordered. */
export async function bulkWriteChunked<T extends Document>(
  collection: Collection<T>,
  operations: AnyBulkWriteOperation<T>[],
): Promise<WriteFailure[]> {
  const failures: WriteFailure[] = []
  for (let start = 0; start < operations.length; start += limits.database.maxUpdatesPerCommand) {
    const chunk = operations.slice(start, start + limits.database.maxUpdatesPerCommand)
    try {
      await collection.bulkWrite(chunk, { ordered: false })
    } catch (error) {
      failures.push(...failuresOf(error, start))
    }
  }
  return failures
}
