/**
 * The registry as the CMS sees it: the hub's registry collections in the same
 * database, read through the CMS's own connection, for checking that a
 * document names registry records that exist.
 */
import type { Payload } from 'payload'
import { payloadDb } from '../database/payloadDb.ts'
import { REGISTRY_COLLECTIONS } from '../../server/registry/shared/collections.ts'

export type RegistryKind = 'institutions' | 'teachers' | 'venues'


/** The ids among `ids` that the registry does not have. */
export async function missingRegistryIds(payload: Payload, kind: RegistryKind, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return []
  const found = await payloadDb(payload)
    .collection<{ _id: string }>(REGISTRY_COLLECTIONS[kind])
    .find({ _id: { $in: ids } }, { projection: { _id: 1 } })
    .toArray()
  const known = new Set(found.map((doc) => doc._id))
  return ids.filter((id) => !known.has(id))
}

/** Registry records by id, for checks that need more than existence (capacity, hours, street). */
export async function registryRecords<T>(payload: Payload, kind: RegistryKind, ids: string[]): Promise<Map<string, T & { _id: string }>> {
  if (ids.length === 0) return new Map()
  const found = await payloadDb(payload)
    .collection<{ _id: string }>(REGISTRY_COLLECTIONS[kind])
    .find({ _id: { $in: [...new Set(ids)] } })
    .toArray()
  return new Map(found.map((doc) => [doc._id, doc as T & { _id: string }]))
}
