/**
 * What every resolver receives: the database and facts about this process.
 * Built once per request by the HTTP layer.
 */
import type { Db } from 'mongodb'

export interface HubServices {
  db: Db
  hubVersion: string
}

export interface HubContext extends HubServices {}

export function createContext(services: HubServices): HubContext {
  return { ...services }
}
