/**
 * Reads an office file into push inputs: a CSV in whatever encoding Excel
 * saved it (see decodeText), the first sheet of an .xlsx workbook, or a JSON
 * list of records. A file that is not there, or a kind of file the import
 * cannot read, stops here with one sentence.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { REGISTRY_KINDS, type RegistryKind } from '../shared/collections.ts'
import { decodeText } from './decodeText.ts'
import { ImportFileError, ImportUsageError } from './importErrors.ts'
import { readCsvTable } from './readCsvTable.ts'
import { readXlsxTable } from './readXlsxTable.ts'
import { sheetRows, type ImportRow } from './sheetRows.ts'

export type { ImportRow } from './sheetRows.ts'

export interface ImportFile {
  kind: RegistryKind
  rows: ImportRow[]
  /** The file's own header row (spreadsheets only), for the rejected-lines file. */
  headers: string[] | null
  /** Field name to the name the file gives it, for messages. */
  labels: Record<string, string>
  /** One bilingual sentence when the text was not read as UTF-8. */
  encodingNotice: string | null
}

export interface ReadOptions {
  kind?: RegistryKind
  /** An encoding to use instead of detecting one (CSV and JSON). */
  encoding?: string
}

export async function readImportFile(file: string, options: ReadOptions = {}): Promise<ImportFile> {
  const bytes = readBytes(file)
  const name = path.basename(file)
  const extension = path.extname(file).toLowerCase()
  if (extension === '.xls' || extension === '.et') {
    throw new ImportUsageError(
      `不能读取旧版 Excel 文件 ${name}，请在 Excel 中另存为 .xlsx 或 CSV。Cannot read the old Excel format; save ${name} as .xlsx or CSV.`,
    )
  }
  if (extension === '.xlsx') {
    const records = sheetRows(await readXlsxTable(bytes, name), name, {
      kind: options.kind,
      missingCellsAreEmpty: true,
    })
    return { ...records, encodingNotice: null }
  }
  const decoded = decodeText(bytes, options.encoding)
  if (extension === '.json') return { ...readJson(decoded.text, name, options.kind), encodingNotice: decoded.notice }
  const records = sheetRows(readCsvTable(decoded.text, name), name, { kind: options.kind, missingCellsAreEmpty: false })
  return { ...records, encodingNotice: decoded.notice }
}

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new ImportUsageError(`找不到文件 ${file}。No such file: ${file}.`)
    if (code === 'EISDIR') throw new ImportUsageError(`${file} 是文件夹，请给出文件。${file} is a folder; give a file.`)
    if (code === 'EACCES' || code === 'EPERM')
      throw new ImportUsageError(`没有读取 ${file} 的权限。No permission to read ${file}.`)
    throw new ImportUsageError(`无法读取 ${file}（${code ?? String(error)}）。Cannot read ${file}.`)
  }
}

function readJson(text: string, name: string, kindOverride?: RegistryKind): Omit<ImportFile, 'encodingNotice'> {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new ImportFileError(`${name} 不是有效的 JSON：${(error as Error).message}。Not valid JSON.`)
  }
  const wrapped =
    !Array.isArray(data) && typeof data === 'object' && data !== null
      ? (data as { kind?: RegistryKind; records?: unknown })
      : undefined
  const records = Array.isArray(data) ? data : wrapped?.records
  const kind = kindOverride ?? wrapped?.kind
  if (!Array.isArray(records))
    throw new ImportFileError(
      'JSON 须为记录数组，或 { "kind": ..., "records": [...] }。JSON must be an array of records or { kind, records }.',
    )
  if (!kind || !REGISTRY_KINDS.includes(kind))
    throw new ImportFileError('请用 --kind 指定记录类型（institutions、teachers、venues）。Pass --kind.')
  // A JSON file names fields by their own names, so messages do too.
  return {
    kind,
    headers: null,
    labels: {},
    rows: records.map((record, index) => ({
      line: index + 1,
      record: record as Record<string, unknown>,
      problems: [],
    })),
  }
}
