/**
 * The registry as the CMS sees it: the hub's registry collections in the same
 * database, read through the CMS's own connection, for checking that a
 * document names registry records that exist.
 */
import type { Db } from 'mongodb'
import type { Payload } from 'payload'
import { REGISTRY_COLLECTIONS } from '../../server/registry/shared/collections.ts'

export type RegistryKind = 'institutions' | 'teachers' | 'venues'

export function registryDb(payload: Payload): Db {
  const db = (payload.db as unknown as { connection: { db: Db | undefined } }).connection.db
  if (!db) throw new Error('The CMS database connection is not open.')
  return db
}

/** The ids among `ids` that the registry does not have. */
export async function missingRegistryIds(payload: Payload, kind: RegistryKind, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return []
  const found = await registryDb(payload)
    .collection<{ _id: string }>(REGISTRY_COLLECTIONS[kind])
    .find({ _id: { $in: ids } }, { projection: { _id: 1 } })
    .toArray()
  const known = new Set(found.map((doc) => doc._id))
  return ids.filter((id) => !known.has(id))
}

/** Registry records by id, for checks that need more than existence (capacity, hours, street). */
export async function registryRecords<T>(payload: Payload, kind: RegistryKind, ids: string[]): Promise<Map<string, T & { _id: string }>> {
  if (ids.length === 0) return new Map()
  const found = await registryDb(payload)
    .collection<{ _id: string }>(REGISTRY_COLLECTIONS[kind])
    .find({ _id: { $in: [...new Set(ids)] } })
    .toArray()
  return new Map(found.map((doc) => [doc._id, doc as T & { _id: string }]))
}
