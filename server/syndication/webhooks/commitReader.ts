/**
 * Reads the change log (server/changes/changeLog.ts) for webhook delivery:
 * the events after a position, in sequence order, a few at a time. Commits
 * are numbered without holes and never change, so they are read by number
 * (the one lookup the embedded FerretDB does not answer by reading the whole
 * log) and kept in a small in-process cache that every subscriber's job
 * shares.
 */
import type { Db } from 'mongodb'
import { readCommit, readHead, type ChangeCommit, type ChangeEvent } from '../../changes/changeLog.ts'
import { limits } from '../../config/limits.ts'

/** Where a subscriber stands: the next event to handle is `events[index]` of commit `commit`. */
export interface LogPosition {
  commit: number
  index: number
}

export interface PositionedEvent extends ChangeEvent {
  /** The event id, `<commit>:<index>`: unique, and in sequence order when compared as number pairs. */
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

export const eventIdOf = (commit: number, index: number): string => `${commit}:${index}`

export function parseEventId(id: string): LogPosition | null {
  const match = /^(\d+):(\d+)$/.exec(id)
  return match ? { commit: Number(match[1]), index: Number(match[2]) } : null
}

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
  if (!commit) return null
  cache.set(key, commit)
  // Oldest first out: a Map iterates in insertion order.
  while (cache.size > limits.webhooks.cachedCommits) cache.delete(cache.keys().next().value!)
  return commit
}

/** The head of the log: where a new subscriber starts (only what happens after it registers). */
export async function positionAtHead(db: Db): Promise<LogPosition> {
  return { commit: (await readHead(db)) + 1, index: 0 }
}

/** Up to `max` events at and after `from`, in sequence order. */
export async function eventsFrom(db: Db, from: LogPosition, max: number): Promise<ReadResult> {
  const head = await readHead(db)
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
