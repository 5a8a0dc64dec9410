/**
 * A DataLoader for a reverse edge: for each key, the documents whose `field`
 * holds it (a single value or an array of them, e.g. a course's teacherIds),
 * in one `$in` query per batch. The query is bounded (limits.catalogue
 * .maxLoaderRows) and each key's group can be re-ordered and capped, so a
 * page of parents never makes an unbounded read or an unbounded list.
 *
 * When a batch has more rows than the bound, the bound must not silently
 * shorten whichever keys sort last: the batch is read again one key at a
 * time, and a key that alone passes the bound gets an error of its own.
 */
import DataLoader from 'dataloader'
import type { Document, Filter, Sort } from 'mongodb'
import { limits } from '../../config/limits.ts'
import type { ReadCollection } from '../../database/readStore.ts'

export interface GroupOptions<TDoc> {
  /** Extra conditions every document must meet (not a tombstone, not in the past). */
  where?: Document
  sort: Sort
  /** Re-orders a key's group after the query (e.g. scheduled before cancelled). */
  order?: (a: TDoc, b: TDoc) => number
  /** Most documents kept per key. */
  perKey?: number
}

export class GroupTooLargeError extends Error {
  constructor(field: string, key: string) {
    super(
      `More than ${limits.catalogue.maxLoaderRows} documents hold ${field} "${key}": too many to order in one list.`,
    )
    this.name = 'GroupTooLargeError'
  }
}

export function groupLoader<TDoc extends Document & { _id: string }>(
  collection: ReadCollection<TDoc>,
  field: string,
  options: GroupOptions<TDoc>,
): DataLoader<string, TDoc[]> {
  const bound = limits.catalogue.maxLoaderRows
  const read = (filter: Document, limit: number) =>
    collection
      .find({ ...filter, ...options.where } as Filter<TDoc>, {
        maxTimeMS: limits.database.maxTimeMS,
        batchSize: limits.database.findBatchSize,
      })
      .sort(options.sort)
      .limit(limit)
      .toArray()
  const finish = (group: TDoc[]) => {
    if (options.order) group.sort(options.order)
    return options.perKey === undefined ? group : group.slice(0, options.perKey)
  }
  return new DataLoader<string, TDoc[]>(
    async (keys) => {
      const docs = await read({ [field]: { $in: [...keys] } }, bound + 1)
      if (docs.length > bound) {
        // Without re-ordering, a key needs only its first perKey rows; with it, all of them.
        const needed = options.order || options.perKey === undefined ? bound + 1 : options.perKey
        return Promise.all(
          keys.map(async (key) => {
            const group = await read({ [field]: key }, needed)
            return group.length > bound ? new GroupTooLargeError(field, key) : finish(group)
          }),
        )
      }
      const groups = new Map<string, TDoc[]>(keys.map((key) => [key, []]))
      for (const doc of docs) {
        const values: unknown[] = Array.isArray(doc[field]) ? doc[field] : [doc[field]]
        for (const value of new Set(values)) groups.get(value as string)?.push(doc)
      }
      return keys.map((key) => finish(groups.get(key) ?? []))
    },
    { maxBatchSize: limits.loaders.maxBatchSize },
  )
}
