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
  loaders: Loaders
}

export function createContext(services: HubServices, viewer: Viewer | null): HubContext {
  return { ...services, viewer, loaders: createLoaders(services.db) }
}
