/**
 * The hub's indexes (registry and catalogue): one for every filter the graph offers, plus the
 * (name, _id) order every list pages through. Creating them is idempotent.
 *
 * Only on real MongoDB. The embedded FerretDB never reads through a secondary
 * index (it filters every query in its own process), so there they only cost
 * writes: 10,000 teachers took 1.9 s to insert with these eight indexes and
 * 1.3 s without (`npm run bench:registry`). There the hub drops them.
 */
import type { Db } from 'mongodb'
import { detectServer } from '../../database/flavor.ts'
import { CATALOGUE_COLLECTIONS } from '../../catalogue/catalogueCollections.ts'
import { REGISTRY_COLLECTIONS } from './collections.ts'

type IndexKey = Record<string, 1 | -1>

const BY_NAME: IndexKey = { name: 1, _id: 1 }

const INDEXES: Record<string, IndexKey[]> = {
  [REGISTRY_COLLECTIONS.communities]: [{ streetId: 1 }],
  [REGISTRY_COLLECTIONS.institutions]: [
    BY_NAME,
    { kind: 1 },
    { level: 1 },
    { streetId: 1 },
    { communityId: 1 },
    { parentId: 1 },
    { isPartner: 1 },
    { source: 1 },
  ],
  [REGISTRY_COLLECTIONS.teachers]: [
    BY_NAME,
    { topics: 1 },
    { audiences: 1 },
    { poolLevel: 1 },
    { streetId: 1 },
    { employment: 1 },
    { institutionId: 1 },
    { active: 1 },
  ],
  [REGISTRY_COLLECTIONS.venues]: [
    BY_NAME,
    { streetId: 1 },
    { capacity: 1 },
    { floorAreaM2: 1 },
    { facilities: 1 },
    { ownerId: 1 },
    { status: 1 },
  ],
  [REGISTRY_COLLECTIONS.budgets]: [{ scope: 1, year: 1 }],
  [REGISTRY_COLLECTIONS.pushLog]: [{ pushedAt: -1 }, { source: 1 }],
  [CATALOGUE_COLLECTIONS.courses]: [
    BY_NAME,
    { removed: 1 },
    { slug: 1 },
    { topics: 1 },
    { audiences: 1 },
    { mode: 1 },
    { providerId: 1 },
    { teacherIds: 1 },
    { free: 1 },
    { creditHours: 1 },
    { publishedAt: 1 },
  ],
  [CATALOGUE_COLLECTIONS.series]: [
    BY_NAME,
    { removed: 1 },
    { slug: 1 },
    { topics: 1 },
    { audiences: 1 },
    { brand: 1 },
    { lastSessionAt: 1 },
    { publishedAt: 1 },
  ],
  // The calendar, a series' sessions and the upcoming lists of teachers, venues and streets.
  [CATALOGUE_COLLECTIONS.sessions]: [
    { startsAt: 1, _id: 1 },
    { removed: 1 },
    { seriesId: 1 },
    { venueId: 1 },
    { teacherIds: 1 },
    { status: 1 },
    { topics: 1 },
    { audiences: 1 },
  ],
  [CATALOGUE_COLLECTIONS.collections]: [
    BY_NAME,
    { removed: 1 },
    { slug: 1 },
    { audiences: 1 },
    { courseIds: 1 },
    { seriesIds: 1 },
  ],
}

export async function ensureRegistryIndexes(db: Db): Promise<void> {
  const { flavor } = await detectServer(db)
  for (const [name, specs] of Object.entries(INDEXES)) {
    const collection = db.collection(name)
    const wanted = new Set(specs.map((key) => JSON.stringify(key)))
    const existing = (
      await collection
        .listIndexes()
        .toArray()
        .catch(() => [])
    ).filter((index) => wanted.has(JSON.stringify(index.key)))
    if (flavor === 'ferretdb') {
      for (const index of existing) await collection.dropIndex(String(index.name))
      continue
    }
    // Only the missing ones: FerretDB 1.24 dropped the connection when asked to
    // create an index that already exists (real MongoDB treats it as a no-op).
    const present = new Set(existing.map((index) => JSON.stringify(index.key)))
    const missing = specs.filter((key) => !present.has(JSON.stringify(key)))
    if (missing.length > 0) await collection.createIndexes(missing.map((key) => ({ key })))
  }
}

/** The keys of the hub's own indexes on a collection, for checks. */
export function hubIndexKeys(collection: string): readonly IndexKey[] {
  return INDEXES[collection] ?? []
}
