/**
 * What every resolver receives: the database, the CMS (for signed-in work
 * through its Local API), who is asking, and this request's DataLoaders.
 */
import type { Db } from 'mongodb'
import type { Payload } from 'payload'
import type { Viewer } from '../auth/viewer.ts'
import { createLoaders, type Loaders } from './loaders/createLoaders.ts'

export interface HubServices {
  db: Db
  payload: Payload
  hubVersion: string
}

export interface HubContext extends HubServices {
  viewer: Viewer | null
  /** The request's moment: what "upcoming" and the calendar's default start mean for this answer. */
  now: Date
  loaders: Loaders
}

export function createContext(services: HubServices, viewer: Viewer | null, now: Date = new Date()): HubContext {
  return { ...services, viewer, now, loaders: createLoaders(services.db, now) }
}
