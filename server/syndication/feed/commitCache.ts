/**
 * Change-log commits held in memory for the feed's reader (and anything else
 * in this process that follows the log, such as webhook delivery). A commit
 * never changes once written, so a cached one is always true; only pruning
 * removes commits, and a reader that still finds one here may use it.
 */
import type { Db } from 'mongodb'
import { readCommitsNumbered, type ChangeCommit } from '../../changes/changeLog.ts'
import { limits } from '../../config/limits.ts'

const cached = new Map<string, Map<number, ChangeCommit>>()

function cacheOf(db: Db): Map<number, ChangeCommit> {
  let commits = cached.get(db.databaseName)
  if (!commits) cached.set(db.databaseName, (commits = new Map()))
  return commits
}

/**
 * Commits `from`..`to` (inclusive) in order; null where the log no longer has
 * one.
 */
export async function commitsBetween(db: Db, from: number, to: number): Promise<(ChangeCommit | null)[]> {
  const cache = cacheOf(db)
  const numbers = Array.from({ length: Math.max(0, to - from + 1) }, (_, offset) => from + offset)
  const missing = numbers.filter((number) => !cache.has(number))
  for (const commit of (await readCommitsNumbered(db, missing)).values()) remember(cache, commit)
  return numbers.map((number) => cache.get(number) ?? null)
}

function remember(cache: Map<number, ChangeCommit>, commit: ChangeCommit): void {
  cache.set(commit.number, commit)
  // Maps keep insertion order: the first key is the longest held.
  while (cache.size > limits.syndication.cachedCommits) cache.delete(cache.keys().next().value!)
}
