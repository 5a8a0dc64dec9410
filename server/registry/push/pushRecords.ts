/**
 * The push engine: takes a batch of records of one kind from one source,
 * and writes each valid, permitted record as one whole document, keyed by
 * `source:externalId`. A rejected record never blocks the others and is
 * never half-written; an identical re-push writes nothing. Every push is
 * logged with its outcome. A dry run decides every status the same way and
 * then writes nothing, not even the log, so an import can be checked first.
 */
import { randomUUID } from 'node:crypto'
import type { Collection, Db, Document } from 'mongodb'
import { appendChanges } from '../../changes/changeLog.ts'
import { limits } from '../../config/limits.ts'
import { bulkWriteChunked, insertAll, type WriteFailure } from '../../database/chunkedWrites.ts'
import { isDuplicateKey } from '../../database/duplicateKey.ts'
import type { ReadCollection, ReadDb } from '../../database/readStore.ts'
import { BadInputError, ForbiddenError, type FieldProblem } from '../../errors/hubErrors.ts'
import { PlacesDirectory } from '../places/placesDirectory.ts'
import { REGISTRY_COLLECTIONS, type RegistryKind } from '../shared/collections.ts'
import type { Provenance } from '../shared/provenance.ts'
import { ID_PART, registryId } from '../shared/registryIds.ts'
import { contentHash } from './contentHash.ts'
import type { Normalized } from './normalized.ts'
import type { PushKind } from './pushKind.ts'
import { mayPushBatch, mayPushRecord, type Pusher } from './pushPolicy.ts'

export type RecordStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REJECTED'

export interface RecordOutcome {
  index: number
  externalId: string | null
  id: string | null
  status: RecordStatus
  problems: FieldProblem[]
}

export interface PushOutcome {
  pushId: string
  kind: RegistryKind
  source: string
  created: number
  updated: number
  unchanged: number
  rejected: number
  records: RecordOutcome[]
}

/** Registry documents are keyed by their string id. */
type Stored = Document & { _id: string }

interface Candidate<TContent> {
  index: number
  id: string
  externalId: string
  content: TContent
  normalized: Normalized<TContent>
}

export interface PushRequest<TInput> {
  source: string
  records: TInput[]
  pusher: Pusher
  /**
   * Where the records already registered are looked up: the hub's read model
   * (no database read at all) or, by default, the database. A record the
   * lookup missed but another pusher wrote meanwhile is caught at the write
   * and classified again, so a stale lookup never rejects or duplicates.
   */
  known?: ReadDb
  /** Classify and report only: nothing is written or logged. */
  dryRun?: boolean
}

export async function pushRecords<TInput, TContent extends object>(
  db: Db,
  kind: PushKind<TInput, TContent>,
  request: PushRequest<TInput>,
): Promise<PushOutcome> {
  const { source, records, pusher, dryRun = false } = request
  const known = request.known ?? db
  if (!ID_PART.test(source)) {
    throw new BadInputError(
      '来源系统编号须为 1–64 个字母、数字或 _ . -。Source must be 1–64 letters, digits, _ . or -.',
      [{ path: 'source', reason: 'invalid source id' }],
    )
  }
  if (records.length > limits.registry.maxPushBatch) {
    throw new BadInputError(
      `一次最多推送 ${limits.registry.maxPushBatch} 条，收到 ${records.length} 条。At most ${limits.registry.maxPushBatch} records per push, got ${records.length}.`,
      [{ path: 'records', reason: `more than ${limits.registry.maxPushBatch} records` }],
    )
  }
  const verdict = mayPushBatch(pusher, source)
  if (!verdict.allowed) throw new ForbiddenError(verdict.reason)

  const places = await PlacesDirectory.load(known)
  const outcomes: RecordOutcome[] = []
  const reject = (index: number, externalId: string | undefined, problems: FieldProblem[]) => {
    outcomes[index] = { index, externalId: externalId ?? null, id: null, status: 'REJECTED', problems }
  }

  // 1. Each record on its own.
  const normalized = records.map((record, index) => kind.validate(record, `records.${index}`, { source, places }))
  const duplicates = duplicateIndexes(normalized)
  let candidates: Candidate<TContent>[] = []
  normalized.forEach((result, index) => {
    const positions = result.externalId ? duplicates.get(result.externalId) : undefined
    if (positions) {
      reject(index, result.externalId, [
        {
          path: `records.${index}.externalId`,
          reason: `编号“${result.externalId}”在本批中出现 ${positions.length} 次（第 ${positions.join('、')} 条）。externalId "${result.externalId}" appears ${positions.length} times in this batch (records ${positions.join(', ')}).`,
        },
        ...result.problems,
      ])
    } else if (!result.content || !result.externalId) {
      reject(index, result.externalId, result.problems)
    } else {
      candidates.push({
        index,
        id: registryId(source, result.externalId),
        externalId: result.externalId,
        content: result.content,
        normalized: result,
      })
    }
  })

  // 2. Rights: a coordinator writes only in (and only takes records from) their street.
  const collection = db.collection<Stored>(kind.collection)
  const existing = await findByIds(
    known.collection<Stored>(kind.collection),
    candidates.map((candidate) => candidate.id),
  )
  candidates = candidates.filter((candidate) => {
    const recordStreet = kind.streetOf(candidate.content)
    const current = existing.get(candidate.id)
    if (mayPushRecord(pusher, recordStreet, current ? (current.streetId as string | null) : undefined)) return true
    reject(candidate.index, candidate.externalId, [
      {
        path: `records.${candidate.index}.street`,
        reason: `${places.streetName(pusher.street)}街道的协调员只能推送本街道的记录，此记录属于${places.streetName(current && current.streetId !== recordStreet ? (current.streetId as string) : recordStreet)}。A coordinator of ${pusher.street} may push only records of that street.`,
      },
    ])
    return false
  })

  // 3. References to institutions, in the batch or already registered, until nothing else falls.
  candidates = await resolveReferences(db, known, kind, candidates, reject)

  // 4. Write what changed, one whole document per record.
  const now = new Date()
  const pushId = randomUUID()
  const writes: { candidate: Candidate<TContent>; status: RecordStatus; document: Document }[] = []
  for (const candidate of candidates) {
    const hash = contentHash(candidate.content)
    const current = existing.get(candidate.id)
    const status: RecordStatus = !current ? 'CREATED' : current.contentHash === hash ? 'UNCHANGED' : 'UPDATED'
    outcomes[candidate.index] = {
      index: candidate.index,
      externalId: candidate.externalId,
      id: candidate.id,
      status,
      problems: [],
    }
    if (status === 'UNCHANGED') continue
    const provenance: Provenance = {
      source,
      externalId: candidate.externalId,
      pushedBy: pusher.label,
      pushedAt: now,
      pushId,
      contentHash: hash,
      createdAt: (current?.createdAt as Date | undefined) ?? now,
    }
    writes.push({ candidate, status, document: { ...candidate.content, ...provenance } })
  }
  if (dryRun) return summarize(pushId, kind.name, source, outcomes)
  await writeDocuments(collection, writes, reject, (candidate, status) => {
    outcomes[candidate.index]!.status = status
  })
  // New records first, then changed ones: the change log stores a commit as runs of one action.
  const written = (status: RecordStatus) =>
    writes.filter(({ candidate }) => outcomes[candidate.index]!.status === status)
  const stored = [...written('CREATED'), ...written('UPDATED')]
  const outcome = summarize(pushId, kind.name, source, outcomes)
  // The change log and the push log both follow the records' writes and not each other: one round trip, not two.
  await Promise.all([
    appendChanges(
      db,
      stored.map(({ candidate }) => ({
        kind: kind.changeKind,
        id: candidate.id,
        version: now.getTime(),
        action: outcomes[candidate.index]!.status === 'CREATED' ? 'CREATED' : 'UPDATED',
      })),
      stored.map(({ candidate, document }) => ({ ...document, _id: candidate.id })),
    ),
    logPush(db, pushId, pusher, now, outcome),
  ])
  return outcome
}

/** Who pushed what and how it went, one record per push (an unchanged re-push writes only this). */
function logPush(db: Db, pushId: string, pusher: Pusher, now: Date, outcome: PushOutcome) {
  return db.collection<Stored>(REGISTRY_COLLECTIONS.pushLog).insertOne({
    _id: pushId,
    kind: outcome.kind,
    source: outcome.source,
    pushedBy: pusher.label,
    pushedAt: now,
    created: outcome.created,
    updated: outcome.updated,
    unchanged: outcome.unchanged,
    rejected: outcome.rejected,
    rejections: outcome.records
      .filter((record) => record.status === 'REJECTED')
      .map(({ index, externalId, problems }) => ({ index, externalId, problems })),
  })
}

function duplicateIndexes(normalized: Normalized<unknown>[]): Map<string, number[]> {
  const positions = new Map<string, number[]>()
  normalized.forEach((result, index) => {
    if (result.externalId) positions.set(result.externalId, [...(positions.get(result.externalId) ?? []), index])
  })
  return new Map([...positions].filter(([, indexes]) => indexes.length > 1))
}

/**
 * Whole documents, not a projection: the embedded FerretDB filters in its own
 * process, where a projection made this lookup three times slower.
 */
async function findByIds(collection: ReadCollection<Stored>, ids: string[]): Promise<Map<string, Document>> {
  const found = new Map<string, Document>()
  for (let start = 0; start < ids.length; start += limits.registry.maxInQuery) {
    const chunk = ids.slice(start, start + limits.registry.maxInQuery)
    const docs = await collection.find({ _id: { $in: chunk } }).toArray()
    for (const doc of docs) found.set(String(doc._id), doc)
  }
  return found
}

async function resolveReferences<TInput, TContent extends object>(
  db: Db,
  known: ReadDb,
  kind: PushKind<TInput, TContent>,
  candidates: Candidate<TContent>[],
  reject: (index: number, externalId: string | undefined, problems: FieldProblem[]) => void,
): Promise<Candidate<TContent>[]> {
  const institutions = known.collection<Stored>(REGISTRY_COLLECTIONS.institutions)
  const referenced = [
    ...new Set(candidates.flatMap((candidate) => candidate.normalized.references.map((reference) => reference.id))),
  ]
  const stored = await findByIds(institutions, referenced)
  // Registered by another pusher after the lookup was made: ask the database before refusing.
  const unseen = known === db ? [] : referenced.filter((id) => !stored.has(id))
  if (unseen.length > 0)
    for (const [id, doc] of await findByIds(db.collection<Stored>(REGISTRY_COLLECTIONS.institutions), unseen))
      stored.set(id, doc)

  let remaining = candidates
  for (;;) {
    const inBatch =
      kind.name === 'institutions' ? new Set(remaining.map((candidate) => candidate.id)) : new Set<string>()
    const next = remaining.filter((candidate) => {
      const missing = candidate.normalized.references.filter(
        (reference) => !stored.has(reference.id) && !inBatch.has(reference.id),
      )
      if (missing.length === 0) return true
      reject(
        candidate.index,
        candidate.externalId,
        missing.map((reference) => ({
          path: reference.path,
          reason: `登记中没有机构“${reference.id}”。No institution "${reference.id}" in the registry.`,
        })),
      )
      return false
    })
    if (next.length === remaining.length) break
    remaining = next
  }

  if (!kind.parentOf) return remaining
  const parentOf = kind.parentOf
  const parents = await loadAncestors(
    institutions,
    stored,
    remaining.map((candidate) => parentOf(candidate.content)),
  )
  for (const candidate of remaining) parents.set(candidate.id, parentOf(candidate.content))
  return remaining.filter((candidate) => {
    const cycle = findCycle(candidate.id, parents)
    if (!cycle) return true
    reject(candidate.index, candidate.externalId, [
      {
        path: `records.${candidate.index}.parent`,
        reason: `上级机构会形成循环：${cycle.join(' → ')}。The parent would make a cycle: ${cycle.join(' -> ')}.`,
      },
    ])
    return false
  })
}

/** Parent ids of the stored institutions above the given ones, up to the depth limit. */
async function loadAncestors(
  institutions: ReadCollection<Stored>,
  known: Map<string, Document>,
  start: (string | null)[],
): Promise<Map<string, string | null>> {
  const parents = new Map<string, string | null>()
  for (const [id, doc] of known) parents.set(id, (doc.parentId as string | null) ?? null)
  let frontier = [...new Set(start.filter((id): id is string => !!id))]
  for (let depth = 0; depth < limits.registry.maxTreeDepth && frontier.length > 0; depth++) {
    const unknown = frontier.filter((id) => !parents.has(id))
    const found = await findByIds(institutions, unknown)
    for (const [id, doc] of found) parents.set(id, (doc.parentId as string | null) ?? null)
    frontier = [...new Set(frontier.map((id) => parents.get(id)).filter((id): id is string => !!id))]
  }
  return parents
}

function findCycle(start: string, parents: Map<string, string | null>): string[] | undefined {
  const path = [start]
  let current = parents.get(start)
  for (let depth = 0; current && depth <= limits.registry.maxTreeDepth; depth++) {
    path.push(current)
    if (current === start) return path
    current = parents.get(current)
  }
  return undefined
}

type Write<TContent> = { candidate: Candidate<TContent>; status: RecordStatus; document: Document }

async function writeDocuments<TContent>(
  collection: Collection<Stored>,
  writes: Write<TContent>[],
  reject: (index: number, externalId: string | undefined, problems: FieldProblem[]) => void,
  reclassify: (candidate: Candidate<TContent>, status: RecordStatus) => void,
): Promise<void> {
  // Each record is one whole document, so a failed write leaves nothing half-written.
  const created = writes.filter((write) => write.status === 'CREATED')
  const updated = writes.filter((write) => write.status === 'UPDATED')
  const failed = (group: Write<TContent>[]) => (failure: WriteFailure) => {
    const { candidate } = group[failure.index]!
    reject(candidate.index, candidate.externalId, [
      { path: `records.${candidate.index}`, reason: `写入失败：${failure.message}。Could not be written.` },
    ])
  }
  const insertFailures = await insertAll(
    collection,
    created.map(({ candidate, document }) => ({ ...document, _id: candidate.id })),
  )
  // Another pusher registered the same record since it was looked up: it is this push's to update, not to refuse.
  const raced = insertFailures.filter((failure) => isDuplicateKey({ message: failure.message }))
  insertFailures.filter((failure) => !raced.includes(failure)).forEach(failed(created))
  const current = await findByIds(
    collection,
    raced.map((failure) => created[failure.index]!.candidate.id),
  )
  for (const failure of raced) {
    const write = created[failure.index]!
    const stored = current.get(write.candidate.id)
    if (stored && stored.contentHash === write.document.contentHash) {
      reclassify(write.candidate, 'UNCHANGED')
      write.status = 'UNCHANGED'
      continue
    }
    reclassify(write.candidate, 'UPDATED')
    write.status = 'UPDATED'
    updated.push({
      ...write,
      document: { ...write.document, createdAt: stored?.createdAt ?? write.document.createdAt },
    })
  }
  ;(
    await bulkWriteChunked(
      collection,
      updated.map(({ candidate, document }) => ({
        replaceOne: { filter: { _id: candidate.id }, replacement: document },
      })),
    )
  ).forEach(failed(updated))
}

function summarize(pushId: string, kind: RegistryKind, source: string, outcomes: RecordOutcome[]): PushOutcome {
  const count = (status: RecordStatus) => outcomes.filter((outcome) => outcome.status === status).length
  return {
    pushId,
    kind,
    source,
    created: count('CREATED'),
    updated: count('UPDATED'),
    unchanged: count('UNCHANGED'),
    rejected: count('REJECTED'),
    records: outcomes,
  }
}
