/**
 * Commits this process itself appended, per database, with their events
 * and the documents each one wrote. A read model in the same process catches
 * up to them before its next answer, so whoever writes through this process
 * (a push, a publish in the same process) reads its own write at once, and it
 * takes the commit and the written documents from here instead of reading
 * them back: a push of 1,000 records costs the read model no database read.
 * Other processes see the commit within their poll interval and fetch what
 * it names.
 */
import { EventEmitter } from 'node:events'
import type { Document } from 'mongodb'
import type { ChangeCommit } from './changeLog.ts'

/** Commits kept for this many of the latest: read models apply them within moments. */
const KEPT_COMMITS = 64

interface LocalCommit {
  commit: ChangeCommit
  documents?: readonly Document[]
}

const latest = new Map<string, number>()
const kept = new Map<string, Map<number, LocalCommit>>()
const announcements = new EventEmitter()
announcements.setMaxListeners(0)

export function announceCommit(databaseName: string, commit: ChangeCommit, documents?: readonly Document[]): void {
  if (commit.number > (latest.get(databaseName) ?? 0)) latest.set(databaseName, commit.number)
  const commits = kept.get(databaseName) ?? new Map<number, LocalCommit>()
  // Copies: the read model freezes what it holds, and the writer's objects are the writer's.
  commits.set(commit.number, { commit: copyOf(commit), documents: documents?.map(copyOf) })
  for (const old of commits.keys()) if (old <= commit.number - KEPT_COMMITS) commits.delete(old)
  kept.set(databaseName, commits)
  announcements.emit(databaseName, commit.number)
}

/**
 * A deep copy of a stored document (plain objects, arrays, dates, scalars).
 * Not structuredClone: its dates belong to the outer realm, which a
 * `instanceof Date` in a sandboxed module (a test runner's) does not accept.
 */
function copyOf<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value
  if (value instanceof Date) return new Date(value.getTime()) as T
  if (Array.isArray(value)) return value.map(copyOf) as T
  // A loop, not Object.fromEntries(Object.entries()): a push copies 1,000 documents, and this allocates no pair per key.
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value)) copy[key] = copyOf((value as Record<string, unknown>)[key])
  return copy as T
}

/** The newest commit this process appended to that database (0 if none). */
export function latestLocalCommit(databaseName: string): number {
  return latest.get(databaseName) ?? 0
}

/** That commit, if this process appended it and still keeps it. */
export function localCommit(databaseName: string, commit: number): ChangeCommit | undefined {
  return kept.get(databaseName)?.get(commit)?.commit
}

/** The documents this process wrote in that commit, in the order of its events, if it was this process's and is still kept. */
export function documentsOfLocalCommit(databaseName: string, commit: number): readonly Document[] | undefined {
  return kept.get(databaseName)?.get(commit)?.documents
}

export function onLocalCommit(databaseName: string, listener: (commit: number) => void): () => void {
  announcements.on(databaseName, listener)
  return () => announcements.off(databaseName, listener)
}
