/**
 * The hub's indexes (registry and catalogue): one for every filter the graph offers, plus the
 * (name, _id) order every list pages through. Creating them is idempotent.
 */
import type { Db } from 'mongodb'
import { CATALOGUE_COLLECTIONS } from '../../catalogue/catalogueCollections.ts'
import { REGISTRY_COLLECTIONS } from './collections.ts'

type IndexKey = Record<string, 1 | -1>

const BY_NAME: IndexKey = { name: 1, _id: 1 }

const INDEXES: Record<string, IndexKey[]> = {
  [REGISTRY_COLLECTIONS.communities]: [{ streetId: 1 }],
  [REGISTRY_COLLECTIONS.institutions]: [BY_NAME, { kind: 1 }, { level: 1 }, { streetId: 1 }, { communityId: 1 }, { parentId: 1 }, { isPartner: 1 }, { source: 1 }],
  [REGISTRY_COLLECTIONS.teachers]: [BY_NAME, { topics: 1 }, { audiences: 1 }, { poolLevel: 1 }, { streetId: 1 }, { employment: 1 }, { institutionId: 1 }, { active: 1 }],
  [REGISTRY_COLLECTIONS.venues]: [BY_NAME, { streetId: 1 }, { capacity: 1 }, { floorAreaM2: 1 }, { facilities: 1 }, { ownerId: 1 }, { status: 1 }],
  [REGISTRY_COLLECTIONS.budgets]: [{ scope: 1, year: 1 }],
  [REGISTRY_COLLECTIONS.pushLog]: [{ pushedAt: -1 }, { source: 1 }],
  [CATALOGUE_COLLECTIONS.courses]: [BY_NAME, { removed: 1 }, { slug: 1 }, { topics: 1 }, { audiences: 1 }, { mode: 1 }, { providerId: 1 }, { teacherIds: 1 }, { free: 1 }, { creditHours: 1 }, { publishedAt: 1 }],
  [CATALOGUE_COLLECTIONS.series]: [BY_NAME, { removed: 1 }, { slug: 1 }, { topics: 1 }, { audiences: 1 }, { brand: 1 }, { lastSessionAt: 1 }, { publishedAt: 1 }],
  // The calendar, a series' sessions and the upcoming lists of teachers, venues and streets.
  [CATALOGUE_COLLECTIONS.sessions]: [{ startsAt: 1, _id: 1 }, { removed: 1 }, { seriesId: 1 }, { venueId: 1 }, { teacherIds: 1 }, { status: 1 }, { topics: 1 }, { audiences: 1 }],
  [CATALOGUE_COLLECTIONS.collections]: [BY_NAME, { removed: 1 }, { slug: 1 }, { audiences: 1 }, { courseIds: 1 }, { seriesIds: 1 }],
}

export async function ensureRegistryIndexes(db: Db): Promise<void> {
  for (const [name, specs] of Object.entries(INDEXES)) {
    const collection = db.collection(name)
    // Only the missing ones: FerretDB 1.24 drops the connection when asked to
    // create an index that already exists (real MongoDB treats it as a no-op).
    const existing = new Set((await collection.listIndexes().toArray().catch(() => [])).map((index) => JSON.stringify(index.key)))
    const missing = specs.filter((key) => !existing.has(JSON.stringify(key)))
    if (missing.length > 0) await collection.createIndexes(missing.map((key) => ({ key })))
  }
}
