/**
 * FerretDB reports a unique-index conflict without naming the field: an
 * insert says only "E11000 duplicate key error collection: db.coll", an
 * update fails with code 1 and SQLite's "UNIQUE constraint failed: index
 * '<coll>_<hash>_<field>_1'". Payload then cannot tell the editor which field
 * clashed. This finds the field and raises the error real MongoDB would have
 * led to: a ValidationError with the field's path.
 */
import { ValidationError, type PayloadRequest } from 'payload'

interface UniqueLookup {
  /** Unique top-level fields of the collection being written. */
  uniqueFields: string[]
  /** Whether another document already holds this value in this field. */
  isTaken(field: string, value: unknown, exceptId: unknown): Promise<boolean>
}

const SQLITE_UNIQUE = /UNIQUE constraint failed: index '[^']*?_[0-9a-f]{8}_(.+?)_-?1'/

export function isFerretdbDuplicate(error: unknown): boolean {
  if (error instanceof ValidationError) {
    // The adapter's own translation of E11000 when it could not find the index name
    // (the message is translated, so the empty path is what identifies it).
    return error.data.errors.length === 1 && error.data.errors[0]?.path === ''
  }
  return error instanceof Error && SQLITE_UNIQUE.test(error.message)
}

export async function explainDuplicate(
  error: unknown,
  write: { collection: string; data?: Record<string, unknown>; id?: unknown; req?: Partial<PayloadRequest> },
  lookup: UniqueLookup,
): Promise<unknown> {
  if (!isFerretdbDuplicate(error)) return error

  let path = error instanceof Error ? (SQLITE_UNIQUE.exec(error.message)?.[1] ?? '') : ''
  if (!path && write.data) {
    for (const field of lookup.uniqueFields) {
      const value = write.data[field]
      if (value !== undefined && value !== null && (await lookup.isTaken(field, value, write.id))) {
        path = field
        break
      }
    }
  }
  const t = write.req?.t
  return new ValidationError(
    {
      collection: write.collection,
      errors: [{ message: t ? t('error:valueMustBeUnique') : 'Value must be unique', path }],
    },
    t,
  )
}
