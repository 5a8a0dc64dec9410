/**
 * Imports a whole file through the same push engine the graph uses, in
 * batches, so a spreadsheet gets exactly the validation and report a push
 * does, with the problems located by line and field. A dry run gets the
 * same report and writes nothing.
 *
 * What is registered already is looked up in a read model loaded once for
 * the import and kept current by the import's own writes, not read per batch:
 * on the embedded FerretDB each batch's lookup read the whole collection, so
 * the tenth batch of a 10,000-row file cost ten times the first.
 */
import type { Db } from 'mongodb'
import { limits } from '../../config/limits.ts'
import type { FieldProblem } from '../../errors/hubErrors.ts'
import { institutionsKind } from '../institutions/institutions.kind.ts'
import type { PushKind } from '../push/pushKind.ts'
import type { RegistryKind } from '../shared/collections.ts'
import type { Pusher } from '../push/pushPolicy.ts'
import { PlacesDirectory } from '../places/placesDirectory.ts'
import { pushRecords } from '../push/pushRecords.ts'
import { openReadSource, type ReadSource } from '../../readModel/readSource.ts'
import { teachersKind } from '../teachers/teachers.kind.ts'
import { venuesKind } from '../venues/venues.kind.ts'
import type { ImportFile, ImportRow } from './readImportFile.ts'

export interface Rejection {
  line: number
  externalId: string | null
  /** The row's cells as read (spreadsheets), to hand back to the clerk. */
  cells?: string[]
  /** Paths relative to the record ("street", "openingHours.2"), "" for the row as a whole. */
  problems: FieldProblem[]
}

export interface ImportReport {
  kind: RegistryKind
  total: number
  created: number
  updated: number
  unchanged: number
  rejected: number
  rejections: Rejection[]
}

export interface ImportOptions {
  source: string
  pusher: Pusher
  dryRun?: boolean
  onProgress?: (done: number, total: number) => void
}

/** A file's row is any record: each kind's validator checks every field of it, as it does a pushed one. */
const KINDS: Record<RegistryKind, PushKind<object, object>> = {
  institutions: institutionsKind,
  teachers: teachersKind,
  venues: venuesKind,
}

export async function importRegistry(db: Db, file: ImportFile, options: ImportOptions): Promise<ImportReport> {
  const reads = await openReadSource(db, 'memory')
  try {
    return await importRows(db, file, options, reads)
  } finally {
    reads.stop()
  }
}

async function importRows(db: Db, file: ImportFile, options: ImportOptions, reads: ReadSource): Promise<ImportReport> {
  const report: ImportReport = {
    kind: file.kind,
    total: file.rows.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    rejections: [],
  }
  const reject = (row: ImportRow, problems: FieldProblem[]) => {
    report.rejected++
    report.rejections.push({
      line: row.line,
      externalId: typeof row.record.externalId === 'string' ? row.record.externalId : null,
      cells: row.cells,
      problems,
    })
  }

  // A repeated external id anywhere in the file is ambiguous: every copy is refused.
  const linesById = new Map<string, number[]>()
  for (const row of file.rows) {
    const id = row.record.externalId
    if (typeof id === 'string') linesById.set(id, [...(linesById.get(id) ?? []), row.line])
  }

  // A row with a cell that could not be read is not pushed, but the clerk
  // still learns at once what else is wrong with it (not its lost cells twice).
  let places: PlacesDirectory | undefined
  const otherProblems = async (row: ImportRow): Promise<FieldProblem[]> => {
    if (row.problems.some((problem) => problem.path === '')) return [] // its cells do not line up: nothing else is worth reading
    places ??= await PlacesDirectory.load(await reads.current())
    const unread = new Set(row.problems.map((problem) => problem.path.split('.')[0]))
    const checked = KINDS[file.kind].validate(row.record, 'row', { source: options.source, places })
    return checked.problems
      .map((problem) => ({ ...problem, path: withinRecord(problem.path, 'row') }))
      .filter((problem) => !unread.has(problem.path.split('.')[0]))
  }

  const ready: ImportRow[] = []
  for (const row of file.rows) {
    const lines = typeof row.record.externalId === 'string' ? linesById.get(row.record.externalId)! : []
    if (lines.length > 1) {
      reject(row, [
        {
          path: 'externalId',
          reason: `编号“${String(row.record.externalId)}”在文件中出现 ${lines.length} 次（第 ${lines.join('、')} 行）。Repeated in lines ${lines.join(', ')}.`,
        },
        ...row.problems,
      ])
    } else if (row.problems.length > 0) reject(row, [...row.problems, ...(await otherProblems(row))])
    else ready.push(row)
  }

  let done = file.rows.length - ready.length
  options.onProgress?.(done, file.rows.length)
  for (let start = 0; start < ready.length; start += limits.registry.maxPushBatch) {
    const chunk = ready.slice(start, start + limits.registry.maxPushBatch)
    const outcome = await pushRecords(db, KINDS[file.kind], {
      source: options.source,
      records: chunk.map((row) => row.record),
      pusher: options.pusher,
      dryRun: options.dryRun,
      known: await reads.latest(),
    })
    report.created += outcome.created
    report.updated += outcome.updated
    report.unchanged += outcome.unchanged
    for (const record of outcome.records) {
      if (record.status !== 'REJECTED') continue
      const row = chunk[record.index]!
      reject(
        row,
        record.problems.map((problem) => ({ ...problem, path: withinRecord(problem.path, `records.${record.index}`) })),
      )
    }
    done += chunk.length
    options.onProgress?.(done, file.rows.length)
  }
  report.rejections.sort((a, b) => a.line - b.line)
  return report
}

/** "records.3.street" as "street", "records.3" as "": the row is the record. */
function withinRecord(path: string, prefix: string): string {
  if (path === prefix) return ''
  return path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : path
}
