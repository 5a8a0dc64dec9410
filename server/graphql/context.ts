/**
 * What every resolver receives: the database, the CMS (for signed-in work
 * through its Local API), who is asking, and this request's DataLoaders.
 */
import type { Db } from 'mongodb'
import type { Payload } from 'payload'
import type { Viewer } from '../auth/viewer.ts'
import type { ReadDb } from '../database/readStore.ts'
import { createLoaders, type Loaders } from './loaders/createLoaders.ts'

export interface HubServices {
  /** The database: signed-in work and writes (pushes, budgets, health). */
  db: Db
  payload: Payload
  hubVersion: string
}

export interface HubContext extends HubServices {
  /**
   * What public queries read: one snapshot of the in-memory read model for the
   * whole answer, or the database itself on the fallback path.
   */
  read: ReadDb
  viewer: Viewer | null
  /** The request's moment: what "upcoming" and the calendar's default start mean for this answer. */
  now: Date
  loaders: Loaders
}

export function createContext(services: HubServices, read: ReadDb, viewer: Viewer | null, now: Date = new Date()): HubContext {
  return { ...services, read, viewer, now, loaders: createLoaders(read, now) }
}
