/**
 * Reads an office spreadsheet (CSV, UTF-8 with or without BOM, Chinese
 * headers) or a JSON file into push inputs, with a problem list per row for
 * cells that cannot be read.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import type { FieldProblem } from '../../errors/hubErrors.ts'
import type { RegistryKindName } from '../push/pushKind.ts'
import { columnFor, kindOfHeaders } from './importColumns.ts'

export interface ImportRow {
  /** Line in the file (CSV) or position (JSON), for messages. */
  line: number
  record: Record<string, unknown>
  problems: FieldProblem[]
}

export interface ImportFile {
  kind: RegistryKindName
  rows: ImportRow[]
}

export class ImportFileError extends Error {
  override name = 'ImportFileError'
}

export function readImportFile(file: string, kindOverride?: RegistryKindName): ImportFile {
  const content = readFileSync(file)
  return path.extname(file).toLowerCase() === '.json' ? readJson(content, file, kindOverride) : readCsv(content, file, kindOverride)
}

function readCsv(content: Buffer, file: string, kindOverride?: RegistryKindName): ImportFile {
  let table: string[][]
  try {
    table = parse(content, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true })
  } catch (error) {
    throw new ImportFileError(`${path.basename(file)} 不是有效的 CSV：${(error as Error).message}。Not a valid CSV file.`)
  }
  const [headers, ...lines] = table
  if (!headers) throw new ImportFileError(`${path.basename(file)} 是空文件。The file is empty.`)
  const kind = kindOverride ?? kindOfHeaders(headers)
  if (!kind) throw new ImportFileError(`无法从表头判断记录类型，请用 --kind 指定。Cannot tell the record kind from the headers; pass --kind.`)

  const columns = headers.map((header) => columnFor(kind, header))
  const unknown = headers.filter((_, index) => !columns[index])
  if (unknown.length > 0) throw new ImportFileError(`未知的列：${unknown.join('、')}。Unknown columns: ${unknown.join(', ')}.`)

  const rows = lines.map((cells, index): ImportRow => {
    const record: Record<string, unknown> = {}
    const problems: FieldProblem[] = []
    columns.forEach((col, position) => {
      const parsed = col!.parse(cells[position] ?? '')
      if ('problem' in parsed) problems.push({ path: `line ${index + 2}.${col!.header}`, reason: parsed.problem })
      else if (parsed.value !== null) record[col!.field] = parsed.value
    })
    return { line: index + 2, record, problems }
  })
  return { kind, rows }
}

function readJson(content: Buffer, file: string, kindOverride?: RegistryKindName): ImportFile {
  let data: unknown
  try {
    data = JSON.parse(content.toString('utf8').replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new ImportFileError(`${path.basename(file)} 不是有效的 JSON：${(error as Error).message}。Not valid JSON.`)
  }
  const wrapped = !Array.isArray(data) && typeof data === 'object' && data !== null ? (data as { kind?: RegistryKindName; records?: unknown }) : undefined
  const records = Array.isArray(data) ? data : wrapped?.records
  const kind = kindOverride ?? wrapped?.kind
  if (!Array.isArray(records)) throw new ImportFileError('JSON 须为记录数组，或 { "kind": ..., "records": [...] }。JSON must be an array of records or { kind, records }.')
  if (!kind || !['institutions', 'teachers', 'venues'].includes(kind)) throw new ImportFileError('请用 --kind 指定记录类型（institutions、teachers、venues）。Pass --kind.')
  return { kind, rows: records.map((record, index) => ({ line: index + 1, record: record as Record<string, unknown>, problems: [] })) }
}
