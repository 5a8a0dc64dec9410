/**
 * Where a hub's public queries read from: the in-memory read model (the
 * default), or the database itself when `HUB_READ_MODEL=database` or when
 * the public data is too large to hold (limits.readModel.maxDocuments).
 */
import type { Db } from 'mongodb'
import { databaseReads, type ReadDb } from '../database/readStore.ts'
import { ReadModel, ReadModelTooLargeError, type ReadModelOptions, type ReadModelStatus } from './readModel.ts'

export type ReadMode = 'memory' | 'database'

export interface ReadSource {
  mode: ReadMode
  /** The reads one answer uses, fixed for that answer. */
  current(): Promise<ReadDb>
  /** The reads after one more look at the change log: for classifying a write against what is there now. */
  latest(): Promise<ReadDb>
  /** The read model's state, when there is one. */
  status(): ReadModelStatus | null
  stop(): void
}

export async function openReadSource(db: Db, mode: ReadMode, options: ReadModelOptions = {}): Promise<ReadSource> {
  if (mode === 'memory') {
    try {
      const model = await ReadModel.start(db, options)
      return {
        mode,
        current: () => model.current(),
        latest: async () => {
          await model.refresh()
          return model.current()
        },
        status: () => model.status(),
        stop: () => model.stop(),
      }
    } catch (error) {
      if (!(error instanceof ReadModelTooLargeError)) throw error
      options.log?.(`${error.message} Public queries read the database instead.`)
    }
  }
  const reads = databaseReads(db)
  return { mode: 'database', current: async () => reads, latest: async () => reads, status: () => null, stop: () => {} }
}
