/**
 * The whole hub for one suite: a fresh database, a real Payload (with its
 * REST API over HTTP) and the GraphQL hub over HTTP on top of both.
 */
import type { RunningHub } from '../../server/app.ts'
import { startHub } from '../../server/app.ts'
import type { ReadMode } from '../../server/readModel/readSource.ts'
import { hubVersion } from '../../server/config/hubVersion.ts'
import { ensureRegistryIndexes } from '../../server/registry/shared/indexes.ts'
import { startCms, type TestCms } from './cms.ts'
import { freshDatabase, type TestDatabase } from './database.ts'

export interface TestStack {
  database: TestDatabase
  cms: TestCms
  hub: RunningHub
  stop(): Promise<void>
}

/** `readModel: 'database'` starts the hub on its fallback path, reading the database for every public query. */
export async function startStack(label: string, options: { readModel?: ReadMode } = {}): Promise<TestStack> {
  const database = await freshDatabase(label)
  await ensureRegistryIndexes(database.db)
  const cms = await startCms(database)
  const hub = await startHub(
    { db: database.db, payload: cms.payload, hubVersion },
    { port: 0, host: '127.0.0.1', log: () => {}, readModel: options.readModel },
  )
  return {
    database,
    cms,
    hub,
    stop: async () => {
      await hub.stop()
      await cms.stop()
      await database.dropAndClose()
    },
  }
}
