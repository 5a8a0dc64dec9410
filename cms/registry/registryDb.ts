/**
 * The registry as the CMS sees it: the hub's registry collections in the same
 * database, read through the CMS's own connection, for checking that a
 * document names registry records that exist.
 */
import DataLoader from 'dataloader'
import type { Payload, PayloadRequest } from 'payload'
import { limits } from '../../server/config/limits.ts'
import { REGISTRY_COLLECTIONS, type RegistryKind } from '../../server/registry/shared/collections.ts'
import { payloadDb } from '../database/payloadDb.ts'

export type { RegistryKind }

/**
 * The ids among `ids` that the registry does not have. One save checks many
 * reference fields (a series has a venue and teachers on each of up to 60
 * sessions), so the lookups of one request share a loader: one `$in` query
 * per kind for all the fields validated together, each id asked once.
 */
export async function missingRegistryIds(req: PayloadRequest, kind: RegistryKind, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return []
  const exists = await existenceLoader(req, kind).loadMany(ids)
  // A lookup that failed is the database's fault, never "not registered".
  const failed = exists.find((value): value is Error => value instanceof Error)
  if (failed) throw failed
  return ids.filter((_, index) => exists[index] !== true)
}

function existenceLoader(req: PayloadRequest, kind: RegistryKind): DataLoader<string, boolean> {
  const loaders = (req.context.registryExistence ??= {}) as Partial<Record<RegistryKind, DataLoader<string, boolean>>>
  return (loaders[kind] ??= new DataLoader<string, boolean>(
    async (ids) => {
      const found = await payloadDb(req.payload)
        .collection<{ _id: string }>(REGISTRY_COLLECTIONS[kind])
        .find({ _id: { $in: [...ids] } }, { projection: { _id: 1 }, maxTimeMS: limits.database.maxTimeMS })
        .toArray()
      const known = new Set(found.map((doc) => doc._id))
      return ids.map((id) => known.has(id))
    },
    { maxBatchSize: limits.loaders.maxBatchSize },
  ))
}

/** Registry records by id, for checks that need more than existence (capacity, hours, street). */
export async function registryRecords<T>(
  payload: Payload,
  kind: RegistryKind,
  ids: string[],
): Promise<Map<string, T & { _id: string }>> {
  if (ids.length === 0) return new Map()
  const found = await payloadDb(payload)
    .collection<{ _id: string }>(REGISTRY_COLLECTIONS[kind])
    .find({ _id: { $in: [...new Set(ids)] } })
    .toArray()
  return new Map(found.map((doc) => [doc._id, doc as T & { _id: string }]))
}
