/**
 * The change log: every write to the public read model (catalogue
 * projections, registry pushes, places) appends one commit listing what it
 * changed, in the same code path as the write. Hub replicas replay it to keep
 * their in-memory read model fresh; platforms will read the same events.
 *
 * Commits are numbered 1, 2, 3 … with no holes: a writer claims the next
 * number by inserting a document with that number's key as `_id` (the one
 * write every MongoDB-compatible server makes atomic), moving on when another
 * writer got there first. The head record is only a cheap hint of the latest
 * number; a writer walks it forward past every commit it finds, so once
 * writers are quiet the head always names the last commit (see advanceHead).
 *
 * The key is the number as a zero-padded string: the embedded FerretDB hands
 * only an `{_id: <string>}` filter to its storage and decodes every stored
 * document for any other, so a numeric `_id` made each lookup cost the whole
 * log (measured: 257 ms against 25 ms for one lookup among 5,000 commits).
 *
 * A commit stores its events as runs of one kind, version and action with
 * their ids, not as one object per event: a push of 1,000 records is one or
 * two runs. The embedded FerretDB encodes every stored object with its own
 * type description, and its key lookups scan the rows of the log, so a
 * commit of 1,000 event objects cost about 19 ms to insert and made every
 * later lookup in the log several times slower than the same events as runs.
 * Readers see the same events in the same order either way.
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
export type ChangeKind =
  'course' | 'series' | 'session' | 'collection' | 'institution' | 'teacher' | 'venue' | 'street' | 'community'

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
  number: number
  at: Date
  events: ChangeEvent[]
}

/** Consecutive events of one kind, version and action: their ids, in order. */
export interface StoredRun {
  kind: ChangeKind
  version: number
  action: ChangeAction
  ids: string[]
}

/** A commit as stored: keyed by its number as a sortable string; its events as runs (older commits: `events`). */
export interface StoredCommit {
  _id: string
  number: number
  at: Date
  runs?: StoredRun[]
  events?: ChangeEvent[]
}

const KEY_DIGITS = 12

/** The stored key of commit `number`: sorts as the numbers do. */
export function commitKey(number: number): string {
  return String(number).padStart(KEY_DIGITS, '0')
}

/** Events as runs: a new run starts wherever the kind, version or action changes, so the order is kept. */
export function toRuns(events: readonly ChangeEvent[]): StoredRun[] {
  const runs: StoredRun[] = []
  let run: StoredRun | undefined
  for (const { kind, id, version, action } of events) {
    if (!run || run.kind !== kind || run.version !== version || run.action !== action)
      runs.push((run = { kind, version, action, ids: [] }))
    run.ids.push(id)
  }
  return runs
}

/** A stored commit as readers see it, whichever way its events were stored. */
export function toCommit({ number, at, runs, events }: StoredCommit): ChangeCommit {
  if (!runs) return { number, at, events: events ?? [] }
  return {
    number,
    at,
    events: runs.flatMap(({ kind, version, action, ids }) => ids.map((id) => ({ kind, id, version, action }))),
  }
}

interface HeadRecord {
  _id: 'head'
  commit: number
}

export const commitsCollection = (db: Db): Collection<StoredCommit> =>
  db.collection<StoredCommit>(CHANGE_COLLECTIONS.commits)
const headCollection = (db: Db): Collection<HeadRecord> => db.collection<HeadRecord>(CHANGE_COLLECTIONS.head)

/** The latest commit number (0 before the first). One read of a one-document collection. */
export async function readHead(db: Db): Promise<number> {
  const head = await headCollection(db).findOne({ _id: 'head' })
  return head?.commit ?? 0
}

/** One commit by number, or null when it was never written or has been pruned. */
export async function readCommit(db: Db, commit: number): Promise<ChangeCommit | null> {
  const stored = await commitsCollection(db).findOne({ _id: commitKey(commit) })
  return stored && toCommit(stored)
}

/**
 * The commits after `after`, oldest first, at most `max` of them. One range
 * read: on the embedded FerretDB that decodes the whole retained log once,
 * which costs less than a lookup per commit beyond a handful.
 */
export async function readCommitsAfter(db: Db, after: number, max: number): Promise<ChangeCommit[]> {
  const stored = await commitsCollection(db)
    .find({ _id: { $gt: commitKey(after) } })
    .sort({ _id: 1 })
    .limit(max)
    .toArray()
  return stored.map(toCommit)
}

/** The oldest commit the log still keeps (null when it keeps none): where a reader behind the pruned ones goes on. */
export async function oldestKeptCommit(db: Db): Promise<number | null> {
  const [oldest] = await commitsCollection(db).find({}).sort({ _id: 1 }).limit(1).toArray()
  return oldest?.number ?? null
}

/**
 * The commits of the given numbers (ascending), by number; those the log no
 * longer has are absent. A few are read by key (one cheap lookup each on
 * FerretDB), more in one range read from the first to the last.
 */
export async function readCommitsNumbered(db: Db, numbers: readonly number[]): Promise<Map<number, ChangeCommit>> {
  const found = new Map<number, ChangeCommit>()
  if (numbers.length > limits.changes.maxCommitLookups) {
    const wanted = new Set(numbers)
    for (const commit of await readCommitsAfter(db, numbers[0]! - 1, numbers.at(-1)! - numbers[0]! + 1))
      if (wanted.has(commit.number)) found.set(commit.number, commit)
  } else {
    for (const commit of await Promise.all(numbers.map((number) => readCommit(db, number))))
      if (commit) found.set(commit.number, commit)
  }
  return found
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
  const at = new Date()
  const runs = toRuns(events)
  for (let attempt = 0; ; attempt++) {
    try {
      await commits.insertOne({ _id: commitKey(number), number, at, runs })
      break
    } catch (error) {
      if (!isDuplicateKey(error) || attempt >= limits.changes.maxClaimAttempts) throw error
      number++
    }
  }
  await advanceHead(db, number)
  announceCommit(db.databaseName, { number, at, events }, written?.length === events.length ? written : undefined)
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
  const commits = commitsCollection(db)
  for (let next = number; ; next++) {
    try {
      await head.updateOne({ _id: 'head' }, { $max: { commit: next } }, { upsert: true })
    } catch (error) {
      // Two first writers both tried to create the head: the other one did, so update it.
      if (!isDuplicateKey(error)) throw error
      await head.updateOne({ _id: 'head' }, { $max: { commit: next } })
    }
    if (!(await commits.findOne({ _id: commitKey(next + 1) }))) return
  }
}

/** Drops commits older than the retained window; a reader further behind rebuilds from scratch. */
export async function pruneCommits(
  db: Db,
  latest: number,
  retained: number = limits.changes.retainedCommits,
): Promise<void> {
  const oldestKept = latest - retained + 1
  if (oldestKept > 1) await commitsCollection(db).deleteMany({ _id: { $lt: commitKey(oldestKept) } })
  // Commits from before keys were strings; their readers have reloaded since.
  await commitsCollection(db).deleteMany({ _id: { $type: 'int' } })
}
