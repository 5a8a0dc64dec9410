/**
 * Puts registry records into a suite's database through the push engine
 * itself (the same checks as a department's push), for suites that need
 * particular teachers or venues but are not about pushing.
 */
import type { Db } from 'mongodb'
import type { TeacherInput, VenueInput } from '../../schema/generated/graphql.ts'
import { pushRecords } from '../../server/registry/push/pushRecords.ts'
import type { PushKind } from '../../server/registry/push/pushKind.ts'
import { teachersKind } from '../../server/registry/teachers/teachers.kind.ts'
import { venuesKind } from '../../server/registry/venues/venues.kind.ts'

const TEST_PUSHER = { label: 'tests', role: 'admin', street: null, sourceSystem: null } as const

async function pushAll<TInput>(
  db: Db,
  kind: PushKind<TInput, object>,
  source: string,
  records: unknown[],
): Promise<string[]> {
  const outcome = await pushRecords(db, kind, { source, records: records as TInput[], pusher: TEST_PUSHER })
  const rejected = outcome.records.filter((record) => record.status === 'REJECTED')
  if (rejected.length > 0) throw new Error(`test records rejected: ${JSON.stringify(rejected)}`)
  return outcome.records.map((record) => record.id as string)
}

/** Each returns the registry ids (`source:externalId`) in the order given. */
export const pushTeachers = (db: Db, records: TeacherInput[], source = 'tests') =>
  pushAll(db, teachersKind as PushKind<unknown, object>, source, records)
export const pushVenues = (db: Db, records: VenueInput[], source = 'tests') =>
  pushAll(db, venuesKind as PushKind<unknown, object>, source, records)
