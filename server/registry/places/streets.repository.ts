/**
 * Data access for streets in the registry: reading them for the graph and
 * seeding the 18 of them without ever duplicating or overwriting one.
 */
import type { Db } from 'mongodb'
import { appendChanges } from '../../changes/changeLog.ts'
import { REGISTRY_COLLECTIONS } from '../shared/collections.ts'
import type { ReadDb } from '../../database/readStore.ts'

export const STREETS_COLLECTION = REGISTRY_COLLECTIONS.streets

export interface StreetDocument {
  _id: string
  name: string
  nameEn: string
  residentPopulation: number
  /** Order of the streets as the district lists them. */
  order: number
}

export interface StreetRecord {
  id: string
  name: string
  nameEn: string
  residentPopulation: number
}

export function streetsCollection(db: Db) {
  return db.collection<StreetDocument>(STREETS_COLLECTION)
}

export async function listStreets(db: ReadDb): Promise<StreetRecord[]> {
  const docs = await db.collection<StreetDocument>(STREETS_COLLECTION).find({}).sort({ order: 1 }).toArray()
  return docs.map(({ _id, name, nameEn, residentPopulation }) => ({ id: _id, name, nameEn, residentPopulation }))
}

/** A street as the seed first loads it. */
export interface StreetSeed {
  id: string
  name: string
  nameEn: string
  residentPopulation: number
}

/** Inserts the streets that are missing; existing ones are left as the office edited them. */
export async function seedStreets(db: Db, streets: readonly StreetSeed[]): Promise<number> {
  const result = await streetsCollection(db).bulkWrite(
    streets.map((street, order) => ({
      updateOne: {
        filter: { _id: street.id },
        update: {
          $setOnInsert: {
            name: street.name,
            nameEn: street.nameEn,
            residentPopulation: street.residentPopulation,
            order,
          },
        },
        upsert: true,
      },
    })),
    { ordered: false },
  )
  await appendChanges(
    db,
    Object.values(result.upsertedIds).map((id) => ({
      kind: 'street',
      id: String(id),
      version: Date.now(),
      action: 'CREATED',
    })),
  )
  return result.upsertedCount
}
