/**
 * Change-log commits held in memory for the feed's reader (and anything else
 * in this process that follows the log, such as webhook delivery). A commit
 * never changes once written, so a cached one is always true; only pruning
 * removes commits, and a reader that still finds one here may use it.
 */
import type { Db } from 'mongodb'
import { readCommit, type ChangeCommit } from '../../changes/changeLog.ts'
import { limits } from '../../config/limits.ts'

const cached = new Map<string, Map<number, ChangeCommit>>()

function cacheOf(db: Db): Map<number, ChangeCommit> {
  let commits = cached.get(db.databaseName)
  if (!commits) cached.set(db.databaseName, (commits = new Map()))
  return commits
}

/** Commits `from`..`to` (inclusive) in order; null where the log no longer has one. */
export async function commitsBetween(db: Db, from: number, to: number): Promise<(ChangeCommit | null)[]> {
  const cache = cacheOf(db)
  const numbers = Array.from({ length: Math.max(0, to - from + 1) }, (_, offset) => from + offset)
  const commits = await Promise.all(
    numbers.map(async (number) => {
      const known = cache.get(number)
      if (known) return known
      // One `{_id}` lookup: the only filter the embedded FerretDB hands to its storage.
      const commit = await readCommit(db, number)
      if (commit) remember(cache, commit)
      return commit
    }),
  )
  return commits
}

function remember(cache: Map<number, ChangeCommit>, commit: ChangeCommit): void {
  cache.set(commit._id, commit)
  // Maps keep insertion order: the first key is the longest held.
  while (cache.size > limits.syndication.cachedCommits) cache.delete(cache.keys().next().value!)
}
