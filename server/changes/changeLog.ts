/**
 * The change log: every write to the public read model (catalogue
 * projections, registry pushes, places) appends one commit listing what it
 * changed, in the same code path as the write. Hub replicas replay it to keep
 * their in-memory read model fresh; platforms will read the same events.
 *
 * Commits are numbered 1, 2, 3 … with no holes: a writer claims the next
 * number by inserting a document with that `_id` (the one write every
 * MongoDB-compatible server makes atomic), moving on when another writer got
 * there first. The head record is only a cheap hint of the latest number; a
 * writer walks it forward past every commit it finds, so once writers are
 * quiet the head always names the last commit (see advanceHead).
 */
import type { Collection, Db, Document } from 'mongodb'
import { limits } from '../config/limits.ts'
import { isDuplicateKey } from '../database/duplicateKey.ts'
import { announceCommit } from './localCommits.ts'

export const CHANGE_COLLECTIONS = {
  commits: 'change_commits',
  head: 'change_head',
} as const

/** What a change touched, by public entity kind. */
export type ChangeKind = 'course' | 'series' | 'session' | 'collection' | 'institution' | 'teacher' | 'venue' | 'street' | 'community'

export type ChangeAction = 'CREATED' | 'UPDATED' | 'REMOVED'

export interface ChangeEvent {
  kind: ChangeKind
  /** The entity's id in its collection. */
  id: string
  /** The entity's version after the change (catalogue: source updatedAt ms; registry: push time ms). */
  version: number
  action: ChangeAction
}

export interface ChangeCommit {
  _id: number
  at: Date
  events: ChangeEvent[]
}

interface HeadRecord {
  _id: 'head'
  commit: number
}

export const commitsCollection = (db: Db): Collection<ChangeCommit> => db.collection<ChangeCommit>(CHANGE_COLLECTIONS.commits)
const headCollection = (db: Db): Collection<HeadRecord> => db.collection<HeadRecord>(CHANGE_COLLECTIONS.head)

/** The latest commit number (0 before the first). One read of a one-document collection. */
export async function readHead(db: Db): Promise<number> {
  const head = await headCollection(db).findOne({ _id: 'head' })
  return head?.commit ?? 0
}

/** One commit by number, or null when it was never written or has been pruned. */
export function readCommit(db: Db, commit: number): Promise<ChangeCommit | null> {
  return commitsCollection(db).findOne({ _id: commit })
}

/**
 * Appends one commit holding `events` and returns its number (nothing is
 * appended, and 0 returned, when there are no events: a replay that changed
 * nothing leaves no trace). `written`, when given, holds the document each
 * event wrote, in the same order, for read models in this process.
 */
export async function appendChanges(db: Db, events: ChangeEvent[], written?: readonly Document[]): Promise<number> {
  if (events.length === 0) return 0
  const commits = commitsCollection(db)
  let number = (await readHead(db)) + 1
  for (let attempt = 0; ; attempt++) {
    try {
      await commits.insertOne({ _id: number, at: new Date(), events })
      break
    } catch (error) {
      if (!isDuplicateKey(error) || attempt >= limits.changes.maxClaimAttempts) throw error
      number++
    }
  }
  await advanceHead(db, number)
  announceCommit(db.databaseName, number, written?.length === events.length ? written : undefined)
  if (number % limits.changes.pruneEvery === 0) await pruneCommits(db, number)
  return number
}

/**
 * Moves the head to `number`, then on past any later commit other writers
 * have inserted. `$max` keeps the head from moving back in one step; the walk
 * makes the last writer to touch it leave it on the last commit even when a
 * server applies two updates of the head out of order.
 */
async function advanceHead(db: Db, number: number): Promise<void> {
  const head = headCollection(db)
  for (let next = number; ; next++) {
    try {
      await head.updateOne({ _id: 'head' }, { $max: { commit: next } }, { upsert: true })
    } catch (error) {
      // Two first writers both tried to create the head: the other one did, so update it.
      if (!isDuplicateKey(error)) throw error
      await head.updateOne({ _id: 'head' }, { $max: { commit: next } })
    }
    if (!(await readCommit(db, next + 1))) return
  }
}

/** Drops commits older than the retained window; a reader further behind rebuilds from scratch. */
export async function pruneCommits(db: Db, latest: number, retained: number = limits.changes.retainedCommits): Promise<void> {
  const oldestKept = latest - retained + 1
  if (oldestKept > 1) await commitsCollection(db).deleteMany({ _id: { $lt: oldestKept } })
}
