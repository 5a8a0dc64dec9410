/**
 * Loads whatever seed data is missing; running it again adds nothing.
 */
import type { Db } from 'mongodb'
import type { Payload } from 'payload'
import { seedStreets } from '../server/registry/places/streets.repository.ts'
import { ensureFirstAdmin } from './firstAdmin.ts'
import { GONGSHU_STREETS } from './places/streets.ts'

export interface SeedReport {
  streetsAdded: number
  adminCreated: boolean
}

export async function seedAll(db: Db, payload: Payload, dataDir: string, log: (line: string) => void): Promise<SeedReport> {
  const streetsAdded = await seedStreets(db, GONGSHU_STREETS)
  const admin = await ensureFirstAdmin(payload, dataDir, log)
  log(`seed: ${streetsAdded} streets added, ${GONGSHU_STREETS.length - streetsAdded} already there`)
  return { streetsAdded, adminCreated: admin.created }
}
