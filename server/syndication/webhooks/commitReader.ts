/**
 * Reads the change log (server/changes/changeLog.ts) for webhook delivery:
 * the events after a position, in sequence order, a few at a time. Commits
 * are numbered without holes and never change, so they are read through the
 * change feed's in-process cache (feed/commitCache.ts), which every
 * subscriber's job and the feed share.
 */
import type { Db } from 'mongodb'
import { oldestKeptCommit, readHead, type ChangeEvent } from '../../changes/changeLog.ts'
import { commitsBetween } from '../feed/commitCache.ts'
import { eventIdOf } from '../feed/readChanges.ts'

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

/** The position right after this event. */
export function positionAfter(event: Pick<PositionedEvent, 'commit' | 'index' | 'commitSize'>): LogPosition {
  return event.index + 1 < event.commitSize ? { commit: event.commit, index: event.index + 1 } : { commit: event.commit + 1, index: 0 }
}

/** The head of the log: where a new subscriber starts (only what happens after it registers). */
export async function positionAtHead(db: Db): Promise<LogPosition> {
  return { commit: (await readHead(db)) + 1, index: 0 }
}

/** Up to `max` events at and after `from`, in sequence order. */
export async function eventsFrom(db: Db, from: LogPosition, max: number): Promise<ReadResult> {
  const head = await readHead(db)
  let position = from
  let prunedCommits = 0
  if (position.commit <= head && !(await commitsBetween(db, position.commit, position.commit))[0]) {
    // Commits are written without holes, so a missing one below the head was pruned: go on from the oldest kept.
    const oldest = (await oldestKeptCommit(db)) ?? head + 1
    prunedCommits = Math.max(0, oldest - position.commit)
    position = { commit: Math.max(oldest, position.commit), index: 0 }
  }
  // Every commit holds at least one event: `max` commits are enough for `max` events.
  const commits = await commitsBetween(db, position.commit, Math.min(head, position.commit + max - 1))
  const events: PositionedEvent[] = []
  for (const [offset, commit] of commits.entries()) {
    const number = position.commit + offset
    if (events.length >= max || !commit) break
    const start = number === position.commit ? position.index : 0
    for (let index = start; index < commit.events.length && events.length < max; index++) {
      events.push({ ...commit.events[index]!, eventId: eventIdOf(number, index), commit: number, index, at: commit.at, commitSize: commit.events.length })
    }
  }
  return { events, prunedCommits }
}
