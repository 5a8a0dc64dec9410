/**
 * The hub's in-memory read model: every public collection loaded once, then
 * kept fresh from the change log. Each poll reads the one-document head; only
 * when it moved are the new commits read and the entities they name fetched
 * by `_id` (or, after a large change, their whole collection read again). A
 * refresh builds a new Snapshot and swaps it in whole, so an answer never
 * mixes two versions. Commits this process appended are caught up before the
 * next answer, so a writer reads its own writes.
 */
import type { Db } from 'mongodb'
import { readCommitsNumbered, readHead, type ChangeCommit } from '../changes/changeLog.ts'
import { documentsOfLocalCommit, latestLocalCommit, localCommit, onLocalCommit } from '../changes/localCommits.ts'
import { limits } from '../config/limits.ts'
import { ServiceUnavailableError } from '../errors/hubErrors.ts'
import type { Stored } from './memoryCollection.ts'
import { PUBLIC_COLLECTIONS } from '../changes/publicCollections.ts'
import { Snapshot } from './snapshot.ts'

export interface ReadModelStatus {
  commit: number
  documents: number
  loadedInMs: number
  /** When the change log was last read successfully. */
  freshAt: Date
  lastError: string | null
}

export class ReadModelTooLargeError extends Error {}

/** A stored document's version as the change log states it: catalogue entries carry one, registry records their push time. */
function versionOf(doc: Stored | null | undefined): number | undefined {
  if (!doc) return undefined
  if (typeof doc.version === 'number') return doc.version
  return doc.pushedAt instanceof Date ? doc.pushedAt.getTime() : undefined
}

export interface ReadModelOptions {
  pollIntervalMs?: number
  maxDocuments?: number
  /** See limits.readModel.maxStalenessMs. */
  maxStalenessMs?: number
  /**
   * Catch up at once with commits this process appends (default). Off, the
   * model learns of them only by polling, as a replica on another machine
   * does: the bench measures that bound this way.
   */
  followLocalCommits?: boolean
  log?: (line: string) => void
}

export class ReadModel {
  #snapshot: Snapshot
  #refreshing: Promise<void> | null = null
  #timer: NodeJS.Timeout | null = null
  #stopListening: () => void = () => {}
  #freshAt = new Date()
  #lastError: string | null = null
  #loadedInMs = 0

  private constructor(
    private readonly db: Db,
    snapshot: Snapshot,
    private readonly options: Required<ReadModelOptions>,
  ) {
    this.#snapshot = snapshot
  }

  /** Loads every public collection and starts polling. Throws ReadModelTooLargeError past maxDocuments. */
  static async start(db: Db, options: ReadModelOptions = {}): Promise<ReadModel> {
    const settings: Required<ReadModelOptions> = {
      pollIntervalMs: options.pollIntervalMs ?? limits.readModel.pollIntervalMs,
      maxDocuments: options.maxDocuments ?? limits.readModel.maxDocuments,
      maxStalenessMs: options.maxStalenessMs ?? limits.readModel.maxStalenessMs,
      followLocalCommits: options.followLocalCommits ?? true,
      log: options.log ?? (() => {}),
    }
    const started = performance.now()
    const model = new ReadModel(db, await loadAll(db, settings.maxDocuments), settings)
    model.#loadedInMs = performance.now() - started
    if (settings.followLocalCommits)
      model.#stopListening = onLocalCommit(db.databaseName, () => void model.refresh().catch(() => {}))
    model.schedule()
    return model
  }

  /** The snapshot an answer reads: the latest, after catching up with this process's own writes. */
  async current(): Promise<Snapshot> {
    if (this.options.followLocalCommits && latestLocalCommit(this.db.databaseName) > this.#snapshot.commit)
      await this.refresh()
    const staleSeconds = Math.round((Date.now() - this.#freshAt.getTime()) / 1000)
    if (Date.now() - this.#freshAt.getTime() > this.options.maxStalenessMs) {
      this.options.log(
        `refusing answers: the change log has been out of reach for ${staleSeconds} s (${this.#lastError ?? 'no answer'})`,
      )
      throw new ServiceUnavailableError(
        `数据暂时无法确认为最新，请稍后再试。The hub cannot confirm its data is current; try again shortly.`,
        Math.ceil(limits.readModel.pollIntervalMs / 1000),
      )
    }
    return this.#snapshot
  }

  status(): ReadModelStatus {
    return {
      commit: this.#snapshot.commit,
      documents: this.#snapshot.documentCount,
      loadedInMs: this.#loadedInMs,
      freshAt: this.#freshAt,
      lastError: this.#lastError,
    }
  }

  /** Reads the change log once and applies what is new; concurrent callers share one refresh. */
  refresh(): Promise<void> {
    if (this.#refreshing)
      return this.#refreshing.then(() =>
        latestLocalCommit(this.db.databaseName) > this.#snapshot.commit ? this.refresh() : undefined,
      )
    this.#refreshing = this.applyNews().finally(() => {
      this.#refreshing = null
    })
    return this.#refreshing
  }

  stop(): void {
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
    this.#stopListening()
  }

  private schedule(): void {
    this.#timer = setTimeout(() => {
      this.refresh()
        .catch(() => {})
        .finally(() => {
          if (this.#timer) this.schedule()
        })
    }, this.options.pollIntervalMs)
    this.#timer.unref()
  }

  private async applyNews(): Promise<void> {
    try {
      const head = await readHead(this.db)
      const from = this.#snapshot.commit
      if (head > from) this.#snapshot = await this.caughtUp(this.#snapshot, head)
      this.#freshAt = new Date()
      this.#lastError = null
    } catch (error) {
      this.#lastError = error instanceof Error ? error.message : String(error)
      this.options.log(`read model refresh failed: ${this.#lastError}`)
      throw error
    }
  }

  private async caughtUp(snapshot: Snapshot, head: number): Promise<Snapshot> {
    const commits: ChangeCommit[] = []
    let target = snapshot.commit
    const settleBy = Date.now() + limits.readModel.settleMs
    for (;;) {
      if (head - snapshot.commit > limits.readModel.maxReplayCommits)
        return this.reloaded(`${head - snapshot.commit} commits behind`)
      const read = await this.commitsBetween(target, head)
      for (let number = target + 1; number <= head; number++) {
        const commit = read.get(number)
        // Pruned before this replica read it: what it missed is unknown, so start again.
        if (!commit) return this.reloaded(`commit ${number} is no longer in the change log`)
        commits.push(commit)
      }
      target = head
      const fetched = await this.documentsAfter(commits)
      // A document already past what the commits so far say was written by a write whose
      // commit is not in yet: wait for it, so the snapshot shows one moment, never half of one.
      if (fetched.ahead === 0) return snapshot.withChanges(target, fetched.changed)
      if (Date.now() > settleBy) {
        this.options.log(
          `read model took ${fetched.ahead} documents newer than commit ${target}: their commits did not arrive within ${limits.readModel.settleMs} ms`,
        )
        return snapshot.withChanges(target, fetched.changed)
      }
      await new Promise((resolve) => setTimeout(resolve, 10))
      head = await readHead(this.db)
    }
  }

  /**
   * Commits after `from` up to `to`: this process's own from memory, a few
   * others by key (one cheap lookup each), more in one range read.
   */
  private async commitsBetween(from: number, to: number): Promise<Map<number, ChangeCommit>> {
    const found = new Map<number, ChangeCommit>()
    const missing: number[] = []
    for (let number = from + 1; number <= to; number++) {
      const local = this.options.followLocalCommits ? localCommit(this.db.databaseName, number) : undefined
      if (local) found.set(number, local)
      else missing.push(number)
    }
    for (const [number, commit] of await readCommitsNumbered(this.db, missing)) found.set(number, commit)
    return found
  }

  /**
   * Each changed entity as the commits leave it: the document this process
   * wrote when the last commit naming it was its own, else the document read
   * back from the database; and how many of those read back are newer than
   * the newest event about them.
   */
  private async documentsAfter(
    commits: ChangeCommit[],
  ): Promise<{ changed: Map<string, Map<string, Stored | null>>; ahead: number }> {
    const changed = new Map<string, Map<string, Stored | null>>()
    const toFetch = new Map<string, Map<string, number>>()
    for (const commit of commits) {
      const written = this.options.followLocalCommits
        ? documentsOfLocalCommit(this.db.databaseName, commit.number)
        : undefined
      commit.events.forEach((event, index) => {
        const name = PUBLIC_COLLECTIONS[event.kind].name
        const documents = changed.get(name) ?? new Map<string, Stored | null>()
        changed.set(name, documents)
        const versions = toFetch.get(name) ?? new Map<string, number>()
        toFetch.set(name, versions)
        if (written) {
          documents.set(event.id, written[index] as Stored)
          versions.delete(event.id)
        } else versions.set(event.id, Math.max(versions.get(event.id) ?? 0, event.version))
      })
    }
    let ahead = 0
    for (const [name, versions] of toFetch) {
      if (versions.size === 0) continue
      const collection = this.db.collection<Stored>(name)
      const ids = [...versions.keys()]
      let documents: (Stored | null)[]
      if (ids.length > limits.readModel.maxFetchedPerCollection) {
        // Many changes: one read of the whole collection costs less than a lookup each.
        const all = new Map(
          (await collection.find({}, { batchSize: limits.database.findBatchSize }).toArray()).map((doc) => [
            doc._id,
            doc,
          ]),
        )
        documents = ids.map((id) => all.get(id) ?? null)
      } else {
        // One `{_id}` lookup each: the only filter the embedded FerretDB hands to its storage.
        documents = await Promise.all(ids.map((id) => collection.findOne({ _id: id })))
      }
      ids.forEach((id, index) => {
        const document = documents[index] ?? null
        changed.get(name)!.set(id, document)
        const version = versionOf(document)
        if (version !== undefined && version > versions.get(id)!) ahead++
      })
    }
    return { changed, ahead }
  }

  private async reloaded(why: string): Promise<Snapshot> {
    this.options.log(`read model reloads every collection (${why})`)
    return loadAll(this.db, this.options.maxDocuments)
  }
}

async function loadAll(db: Db, maxDocuments: number): Promise<Snapshot> {
  // The head first: whatever changes while the collections load is replayed after, and replaying is idempotent.
  const commit = await readHead(db)
  const loaded = new Map<string, { documents: Stored[]; indexedFields: readonly string[] }>()
  let total = 0
  for (const { name, indexedFields } of Object.values(PUBLIC_COLLECTIONS)) {
    const documents = await db.collection<Stored>(name).find({}, { batchSize: limits.database.findBatchSize }).toArray()
    total += documents.length
    if (total > maxDocuments)
      throw new ReadModelTooLargeError(
        `The public data has more than ${maxDocuments} documents: too many to hold in memory.`,
      )
    loaded.set(name, { documents, indexedFields })
  }
  return Snapshot.of(commit, loaded)
}
