/**
 * A DataLoader over one collection keyed by `_id`: one `$in` query per batch
 * (capped in size), results aligned with the keys, null for unknown ids
 * (and for documents that fail `where`, such as catalogue tombstones).
 */
import DataLoader from 'dataloader'
import type { Document, Filter } from 'mongodb'
import { limits } from '../../config/limits.ts'
import type { ReadCollection } from '../../database/readStore.ts'

export function byIdLoader<TDoc extends Document & { _id: string }>(
  collection: ReadCollection<TDoc>,
  where: Document = {},
): DataLoader<string, TDoc | null> {
  return new DataLoader<string, TDoc | null>(
    async (ids) => {
      const docs = (await collection
        .find({ _id: { $in: [...ids] }, ...where } as Filter<TDoc>, {
          maxTimeMS: limits.database.maxTimeMS,
          batchSize: limits.database.findBatchSize,
        })
        .toArray()) as TDoc[]
      const byId = new Map(docs.map((doc) => [doc._id, doc]))
      return ids.map((id) => byId.get(id) ?? null)
    },
    { maxBatchSize: limits.loaders.maxBatchSize },
  )
}
