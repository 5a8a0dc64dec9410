/**
 * Reading the change log as a feed of events, in sequence order, from a
 * position a reader kept: the one place the graph's `catalogueChanges` and
 * webhook delivery read the log, so both see the same events with the same
 * ids. Commits are numbered without holes (see changes/changeLog.ts) and read
 * only up to a head that names a written commit, so a reader never steps over
 * a commit another writer has not finished; a commit that is gone was pruned,
 * and the reader is told to resync rather than skip what it held.
 */
import type { Db } from 'mongodb'
import { oldestKeptCommit, readHead, type ChangeAction, type ChangeKind } from '../../changes/changeLog.ts'
import { limits } from '../../config/limits.ts'
import { commitsBetween } from './commitCache.ts'

/** Where a reader continues: the next event to read is `events[index]` of commit `commit`. */
export interface FeedPosition {
  commit: number
  index: number
}

/** The position before the first commit ever written. */
export const FEED_START: FeedPosition = { commit: 1, index: 0 }

export interface FeedEvent {
  /** Stable and unique: `<commit>.<index>`. Use it as an idempotency key. */
  eventId: string
  commit: number
  /** The event's place within its commit. */
  index: number
  /** When its commit was appended. */
  at: Date
  kind: ChangeKind
  /** The entity's id in its collection. */
  id: string
  version: number
  action: ChangeAction
  /** Where a reader continues after this event. */
  next: FeedPosition
}

export interface FeedPage {
  events: FeedEvent[]
  /** Where to continue after this page (past events skipped by `kinds` too). */
  next: FeedPosition
  /** Whether the log holds more commits than this page reached, up to `upTo`. */
  hasMore: boolean
  /** The last commit the page could read. */
  upTo: number
}

export interface ReadChangesOptions {
  after?: FeedPosition | null
  first: number
  /** Only these kinds (default: every kind); other events are passed over, not returned. */
  kinds?: readonly ChangeKind[] | null
  /**
   * Read no further than this commit (default: the log's head). The graph
   * passes its snapshot's commit, so every event it lists resolves to an
   * entity at least that new.
   */
  upTo?: number
  /** At most this many commits are read for one page (default limits.syndication.feedMaxCommitsScanned). */
  maxCommits?: number
}

/** The position is older than the change log keeps. */
export class ChangesPrunedError extends Error {
  constructor(
    readonly missingCommit: number,
    readonly oldestKept: number | null,
  ) {
    super(`Commit ${missingCommit} is no longer in the change log (oldest kept: ${oldestKept ?? 'none'}).`)
  }
}

export const eventIdOf = (commit: number, index: number): string => `${commit}.${index}`

/** Events after `after`, in sequence order, at most `first`. */
export async function readChanges(db: Db, options: ReadChangesOptions): Promise<FeedPage> {
  const upTo = options.upTo ?? (await readHead(db))
  const wanted = options.kinds?.length ? new Set(options.kinds) : null
  const maxCommits = options.maxCommits ?? limits.syndication.feedMaxCommitsScanned
  let next = options.after ?? FEED_START
  const events: FeedEvent[] = []
  let read = 0
  while (next.commit <= upTo && events.length < options.first && read < maxCommits) {
    const last = Math.min(upTo, next.commit + limits.syndication.feedReadBatch - 1, next.commit + maxCommits - read - 1)
    const commits = await commitsBetween(db, next.commit, last)
    for (const commit of commits) {
      if (!commit) throw new ChangesPrunedError(next.commit, await oldestKeptCommit(db))
      read++
      for (let index = next.index; index < commit.events.length; index++) {
        const event = commit.events[index]!
        next =
          index + 1 < commit.events.length
            ? { commit: commit.number, index: index + 1 }
            : { commit: commit.number + 1, index: 0 }
        if (wanted && !wanted.has(event.kind)) continue
        events.push({
          eventId: eventIdOf(commit.number, index),
          commit: commit.number,
          index,
          at: commit.at,
          kind: event.kind,
          id: event.id,
          version: event.version,
          action: event.action,
          next,
        })
        if (events.length === options.first) break
      }
      // A commit with no events left to read (a position past its end) moves on all the same.
      if (next.commit === commit.number && next.index >= commit.events.length)
        next = { commit: commit.number + 1, index: 0 }
      if (events.length === options.first) break
    }
  }
  return { events, next, hasMore: next.commit <= upTo, upTo }
}

/** The position just after the latest commit: where a reader that has just loaded everything starts. */
export async function headPosition(db: Db, upTo?: number): Promise<FeedPosition> {
  return { commit: (upTo ?? (await readHead(db))) + 1, index: 0 }
}
