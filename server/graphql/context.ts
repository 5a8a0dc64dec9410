/**
 * What every resolver receives: the database, the CMS (for signed-in work
 * through its Local API), who is asking, and this request's DataLoaders.
 */
import type { Db } from 'mongodb'
import type { Payload } from 'payload'
import type { Viewer } from '../auth/viewer.ts'
import type { ReadDb } from '../database/readStore.ts'
import { newAnswerCache, type AnswerCache } from './cachePolicy.ts'
import { createLoaders, type Loaders } from './loaders/createLoaders.ts'

export interface HubServices {
  /** The database: signed-in work and writes (pushes, budgets, health). */
  db: Db
  payload: Payload
  hubVersion: string
}

export interface HubReads {
  /** This answer's snapshot (or the database on the fallback path). */
  read: ReadDb
  /** A snapshot caught up with the change log now, for classifying writes. */
  latestRead(): Promise<ReadDb>
}

export interface HubContext extends HubServices, HubReads {
  viewer: Viewer | null
  /** The request's moment: what "upcoming" and the calendar's default start mean for this answer. */
  now: Date
  loaders: Loaders
  /** Whether this answer may be kept by a CDN (see cachePolicy.ts). */
  answerCache: AnswerCache
}

/** Public queries read `reads.read`: one snapshot of the in-memory read model for the whole answer. */
export function createContext(
  services: HubServices,
  reads: HubReads,
  viewer: Viewer | null,
  now: Date = new Date(),
): HubContext {
  return { ...services, ...reads, viewer, now, loaders: createLoaders(reads.read, now), answerCache: newAnswerCache() }
}
