/**
 * Reads the change log (server/changes/changeLog.ts) for webhook delivery:
 * the events after a position, in sequence order, a few at a time. Commits
 * are numbered without holes and never change, so they are read by number
 * (or a backlog by range) and kept in a small in-process cache that every
 * subscriber's job shares.
 */
import type { Db } from 'mongodb'
import { commitsCollection, readCommit, readHead, type ChangeCommit, type ChangeEvent } from '../../changes/changeLog.ts'
import { limits } from '../../config/limits.ts'

/** Where a subscriber stands: the next event to handle is `events[index]` of commit `commit`. */
export interface LogPosition {
  commit: number
  index: number
}

export interface PositionedEvent extends ChangeEvent {
  /** The event id, `<commit>.<index>`, the same as the change feed's (catalogueChanges): unique, in sequence order as number pairs. */
  eventId: string
  commit: number
  index: number
  at: Date
  /** Events in its commit, to know where the next one is. */
  commitSize: number
}

export interface ReadResult {
  events: PositionedEvent[]
  /** Commits between the position and the oldest kept one, pruned before they were read (0 normally). */
  prunedCommits: number
}

export const eventIdOf = (commit: number, index: number): string => `${commit}.${index}`

/** The position right after this event. */
export function positionAfter(event: Pick<PositionedEvent, 'commit' | 'index' | 'commitSize'>): LogPosition {
  return event.index + 1 < event.commitSize ? { commit: event.commit, index: event.index + 1 } : { commit: event.commit + 1, index: 0 }
}

const cache = new Map<string, ChangeCommit>()

async function cachedCommit(db: Db, number: number): Promise<ChangeCommit | null> {
  const key = `${db.databaseName}/${number}`
  const hit = cache.get(key)
  if (hit) return hit
  const commit = await readCommit(db, number)
  if (commit) remember(db, commit)
  return commit
}

/** The head of the log: where a new subscriber starts (only what happens after it registers). */
export async function positionAtHead(db: Db): Promise<LogPosition> {
  return { commit: (await readHead(db)) + 1, index: 0 }
}

/**
 * Brings commits `first`..`last` into the cache: a few by number, a longer
 * span (a backlog) in one range query, which a real MongoDB answers from the
 * _id index and the embedded FerretDB with one pass over the log instead of
 * one per commit.
 */
async function prefetch(db: Db, first: number, last: number): Promise<void> {
  const missing = []
  for (let number = first; number <= last; number++) if (!cache.has(`${db.databaseName}/${number}`)) missing.push(number)
  if (missing.length <= limits.webhooks.commitsByNumberAtMost) return
  const found = await commitsCollection(db)
    .find({ _id: { $gte: missing[0]!, $lte: missing.at(-1)! } }, { batchSize: limits.database.findBatchSize })
    .toArray()
  for (const commit of found.sort((a, b) => a._id - b._id)) remember(db, commit)
}

function remember(db: Db, commit: ChangeCommit): void {
  cache.set(`${db.databaseName}/${commit._id}`, commit)
  // Oldest first out: a Map iterates in insertion order.
  while (cache.size > limits.webhooks.cachedCommits) cache.delete(cache.keys().next().value!)
}

/** Up to `max` events at and after `from`, in sequence order. */
export async function eventsFrom(db: Db, from: LogPosition, max: number): Promise<ReadResult> {
  const head = await readHead(db)
  // Every commit holds at least one event: `max` commits are enough for `max` events.
  await prefetch(db, from.commit, Math.min(head, from.commit + max - 1))
  const events: PositionedEvent[] = []
  let prunedCommits = 0
  for (let number = from.commit; number <= head && events.length < max; number++) {
    const commit = await cachedCommit(db, number)
    if (!commit) {
      // Commits are written without holes, so a missing one below the head was pruned: go on from the oldest kept.
      const oldestKept = Math.max(number + 1, head - limits.changes.retainedCommits + 1)
      prunedCommits += oldestKept - number
      number = oldestKept - 1
      continue
    }
    const start = number === from.commit ? from.index : 0
    for (let index = start; index < commit.events.length && events.length < max; index++) {
      events.push({ ...commit.events[index]!, eventId: eventIdOf(number, index), commit: number, index, at: commit.at, commitSize: commit.events.length })
    }
  }
  return { events, prunedCommits }
}
