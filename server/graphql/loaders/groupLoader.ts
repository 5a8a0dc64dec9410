/**
 * A DataLoader for a reverse edge: for each key, the documents whose `field`
 * holds it (a single value or an array of them, e.g. a course's teacherIds),
 * in one `$in` query per batch. The query is bounded (limits.catalogue
 * .maxLoaderRows) and each key's group can be re-ordered and capped, so a
 * page of parents never makes an unbounded read or an unbounded list.
 */
import DataLoader from 'dataloader'
import type { Document, Sort } from 'mongodb'
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

export function groupLoader<TDoc extends Document & { _id: string }>(collection: ReadCollection<TDoc>, field: string, options: GroupOptions<TDoc>): DataLoader<string, TDoc[]> {
  return new DataLoader<string, TDoc[]>(
    async (keys) => {
      const docs = (await collection
        .find({ [field]: { $in: [...keys] }, ...options.where } as never, { maxTimeMS: limits.database.maxTimeMS, batchSize: limits.database.findBatchSize })
        .sort(options.sort)
        .limit(limits.catalogue.maxLoaderRows)
        .toArray()) as TDoc[]
      const groups = new Map<string, TDoc[]>(keys.map((key) => [key, []]))
      for (const doc of docs) {
        const values: unknown[] = Array.isArray(doc[field]) ? doc[field] : [doc[field]]
        for (const value of new Set(values)) groups.get(value as string)?.push(doc)
      }
      return keys.map((key) => {
        const group = groups.get(key) ?? []
        if (options.order) group.sort(options.order)
        return options.perKey === undefined ? group : group.slice(0, options.perKey)
      })
    },
    { maxBatchSize: limits.loaders.maxBatchSize },
  )
}
