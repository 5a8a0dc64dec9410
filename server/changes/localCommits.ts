/**
 * Commits this process itself appended, per database. A read model in the
 * same process catches up to them before its next answer, so whoever writes
 * through this process (a push, a publish in the same process) reads its own
 * write at once; other processes see it within their poll interval.
 */
import { EventEmitter } from 'node:events'

const latest = new Map<string, number>()
const announcements = new EventEmitter()
announcements.setMaxListeners(0)

export function announceCommit(databaseName: string, commit: number): void {
  if (commit > (latest.get(databaseName) ?? 0)) latest.set(databaseName, commit)
  announcements.emit(databaseName, commit)
}

/** The newest commit this process appended to that database (0 if none). */
export function latestLocalCommit(databaseName: string): number {
  return latest.get(databaseName) ?? 0
}

export function onLocalCommit(databaseName: string, listener: (commit: number) => void): () => void {
  announcements.on(databaseName, listener)
  return () => announcements.off(databaseName, listener)
}
