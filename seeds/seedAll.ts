/**
 * Loads whatever seed data is missing; running it again adds nothing. The
 * registry seeds go through the same push engine departments use, so they
 * obey the same rules, and a second run reports every record unchanged.
 */
import type { Db } from 'mongodb'
import type { Payload } from 'payload'
import { seedBudgets } from '../server/registry/compliance/budgets.repository.ts'
import { institutionsKind } from '../server/registry/institutions/institutions.kind.ts'
import { seedCommunities } from '../server/registry/places/communities.repository.ts'
import { seedStreets } from '../server/registry/places/streets.repository.ts'
import type { Pusher } from '../server/registry/push/pushPolicy.ts'
import { pushRecords, type PushOutcome } from '../server/registry/push/pushRecords.ts'
import type { PushKind } from '../server/registry/push/pushKind.ts'
import { ensureRegistryIndexes } from '../server/registry/shared/indexes.ts'
import { teachersKind } from '../server/registry/teachers/teachers.kind.ts'
import { venuesKind } from '../server/registry/venues/venues.kind.ts'
import { limits } from '../server/config/limits.ts'
import { seedCollectContent } from './content/seedCollect.ts'
import { seedCollectionContent } from './content/seedCollections.ts'
import { seedCourseContent } from './content/seedCourses.ts'
import { seedSeriesContent } from './content/seedSeries.ts'
import { ensureFirstAdmin } from './firstAdmin.ts'
import { GONGSHU_COMMUNITIES } from './places/communities.ts'
import { GONGSHU_STREETS } from './places/streets.ts'
import { EDUCATION_BUDGETS } from './registry/budgets.ts'
import { scaleRegistry } from './registry/scale.ts'

export const SEED_SOURCE = 'seed'
const SEED_PUSHER: Pusher = { label: 'seed', role: 'admin', street: null, sourceSystem: null }

export interface RegistrySeedReport {
  streetsAdded: number
  communitiesAdded: number
  institutions: PushCounts
  teachers: PushCounts
  venues: PushCounts
}

interface PushCounts {
  created: number
  updated: number
  unchanged: number
  rejected: number
}

/** The places and the registry (optionally scaled up for benchmarks). */
export async function seedRegistry(db: Db, scale = 1): Promise<RegistrySeedReport> {
  await ensureRegistryIndexes(db)
  const streetsAdded = await seedStreets(db, GONGSHU_STREETS)
  const communitiesAdded = await seedCommunities(db, GONGSHU_COMMUNITIES)
  await seedBudgets(db, EDUCATION_BUDGETS)
  const data = scaleRegistry(scale)
  return {
    streetsAdded,
    communitiesAdded,
    institutions: await pushAll(db, institutionsKind, data.institutions),
    teachers: await pushAll(db, teachersKind, data.teachers),
    venues: await pushAll(db, venuesKind, data.venues),
  }
}

async function pushAll<TInput, TContent extends object>(
  db: Db,
  kind: PushKind<TInput, TContent>,
  records: TInput[],
): Promise<PushCounts> {
  const counts: PushCounts = { created: 0, updated: 0, unchanged: 0, rejected: 0 }
  for (let start = 0; start < records.length; start += limits.registry.maxPushBatch) {
    const outcome: PushOutcome = await pushRecords(db, kind, {
      source: SEED_SOURCE,
      records: records.slice(start, start + limits.registry.maxPushBatch),
      pusher: SEED_PUSHER,
    })
    counts.created += outcome.created
    counts.updated += outcome.updated
    counts.unchanged += outcome.unchanged
    counts.rejected += outcome.rejected
    const firstRejection = outcome.records.find((record) => record.status === 'REJECTED')
    if (firstRejection) throw new Error(`seed ${kind.name} rejected: ${JSON.stringify(firstRejection)}`)
  }
  return counts
}

export async function seedAll(
  db: Db,
  payload: Payload,
  dataDir: string,
  log: (line: string) => void,
): Promise<RegistrySeedReport> {
  const registry = await seedRegistry(db)
  const courses = await seedCourseContent(payload)
  const series = await seedSeriesContent(payload)
  const collections = await seedCollectionContent(payload)
  const collect = await seedCollectContent(payload)
  await ensureFirstAdmin(payload, dataDir, log)
  const added = (counts: PushCounts) => `${counts.created} added, ${counts.unchanged + counts.updated} already there`
  log(
    `seed: streets ${registry.streetsAdded} added; communities ${registry.communitiesAdded} added; ` +
      `institutions ${added(registry.institutions)}; teachers ${added(registry.teachers)}; venues ${added(registry.venues)}; ` +
      `courses ${courses.added} added, ${courses.existing} already there; ` +
      `lecture series ${series.added} added (${series.sessions} sessions), ${series.existing} already there; ` +
      `collections ${collections.added} added, ${collections.existing} already there; ` +
      `calls ${collect.calls}, submissions ${collect.submissions}, purchases ${collect.purchases} added`,
  )
  return registry
}
