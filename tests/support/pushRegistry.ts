/** Puts test records into the registry through the push engine, as a department's system would. */
import type { Db } from 'mongodb'
import type { TeacherInput, VenueInput } from '../../schema/generated/graphql.ts'
import { pushRecords } from '../../server/registry/push/pushRecords.ts'
import { teachersKind } from '../../server/registry/teachers/teachers.kind.ts'
import { venuesKind } from '../../server/registry/venues/venues.kind.ts'

const TEST_PUSHER = { label: 'test', role: 'admin' as const, street: null, sourceSystem: null }

async function push(db: Db, kind: typeof venuesKind | typeof teachersKind, records: unknown[]): Promise<string[]> {
  const outcome = await pushRecords(db, kind as never, { source: 'test', records, pusher: TEST_PUSHER })
  const rejected = outcome.records.find((record) => record.status === 'REJECTED')
  if (rejected) throw new Error(`test record rejected: ${JSON.stringify(rejected)}`)
  return outcome.records.map((record) => record.id!)
}

export const pushVenues = (db: Db, records: VenueInput[]) => push(db, venuesKind, records)
export const pushTeachers = (db: Db, records: TeacherInput[]) => push(db, teachersKind, records)
