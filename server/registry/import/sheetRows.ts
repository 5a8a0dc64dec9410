/**
 * A spreadsheet's rows into push inputs: the header row says the kind and
 * the columns, each cell is read by its column, and a row whose cells do not
 * line up with the headers (a stray comma, a lost cell) is refused as such
 * instead of being read shifted. Problems name the record's field; the
 * report names it by the header the file uses.
 */
import type { FieldProblem } from '../../errors/hubErrors.ts'
import type { RegistryKind } from '../shared/collections.ts'
import { columnFor, IMPORT_COLUMNS, isReasonHeader, kindOfHeaders, type Column } from './importColumns.ts'
import { ImportFileError } from './importErrors.ts'
import type { SheetRow, SheetTable } from './sheetTable.ts'

export interface ImportRow {
  /** The line (CSV), row (.xlsx) or position (JSON) the clerk finds the record at. */
  line: number
  /** The row's cells as read, for the rejected-lines file; absent for JSON. */
  cells?: string[]
  record: Record<string, unknown>
  /** Paths are relative to the record ("street", "openingHours.2"); "" is the row as a whole. */
  problems: FieldProblem[]
}

export interface SheetRecords {
  kind: RegistryKind
  headers: string[]
  /** Field name to the header the file uses for it (the template's header when the file has none). */
  labels: Record<string, string>
  rows: ImportRow[]
}

/**
 * `missingCellsAreEmpty`: an .xlsx row simply has no cell where nothing was
 * typed, while a CSV line always carries one per column; there a short line
 * means a lost cell.
 */
export function sheetRows(
  table: SheetTable,
  fileName: string,
  options: { kind?: RegistryKind; missingCellsAreEmpty: boolean },
): SheetRecords {
  const [headerRow, ...dataRows] = table.rows
  if (!headerRow) throw new ImportFileError(`${fileName} 是空文件。The file is empty.`)
  const headers = withoutTrailingEmpty(headerRow.cells)
  const kind = options.kind ?? kindOfHeaders(headers.map((header) => header.trim()))
  if (!kind) {
    const shown = headers.slice(0, 5).join('、')
    throw new ImportFileError(
      `无法从表头（${shown}）判断记录类型，请用 --kind 指定。Cannot tell the record kind from the headers (${shown}); pass --kind.`,
    )
  }

  const columns = headers.map((header) => (isReasonHeader(header) ? null : columnFor(kind, header)))
  checkHeaders(headers, columns)
  const labels: Record<string, string> = Object.fromEntries(IMPORT_COLUMNS[kind].map((col) => [col.field, col.header]))
  columns.forEach((col, index) => {
    if (col) labels[col.field] = headers[index]!.trim()
  })

  const rows = dataRows.map((row): ImportRow => {
    const shape = shapeProblem(row, headers, options.missingCellsAreEmpty)
    if (shape) {
      const idColumn = columns.findIndex((col) => col?.field === 'externalId')
      const externalId = idColumn >= 0 ? row.cells[idColumn]?.trim() : undefined
      return {
        line: row.line,
        cells: row.cells,
        record: externalId ? { externalId } : {},
        problems: [{ path: '', reason: shape }],
      }
    }
    const record: Record<string, unknown> = {}
    const problems: FieldProblem[] = []
    columns.forEach((col, position) => {
      if (!col) return
      const parsed = col.parse(row.cells[position] ?? '')
      if ('problem' in parsed) problems.push({ path: col.field, reason: parsed.problem })
      else if (parsed.value !== null) record[col.field] = parsed.value
    })
    return { line: row.line, cells: row.cells, record, problems }
  })
  return { kind, headers, labels, rows }
}

function withoutTrailingEmpty(cells: string[]): string[] {
  let end = cells.length
  while (end > 0 && cells[end - 1]!.trim() === '') end--
  return cells.slice(0, end)
}

function checkHeaders(headers: string[], columns: (Column | null | undefined)[]): void {
  const unknown = headers.flatMap((header, index) =>
    columns[index] === undefined ? [header.trim() || `（第 ${index + 1} 列无表头 column ${index + 1} has none）`] : [],
  )
  if (unknown.length > 0)
    throw new ImportFileError(`未知的列：${unknown.join('、')}。Unknown columns: ${unknown.join(', ')}.`)
  const seen = new Map<string, string>()
  columns.forEach((col, index) => {
    if (!col) return
    const earlier = seen.get(col.field)
    const header = headers[index]!.trim()
    if (earlier)
      throw new ImportFileError(
        `“${earlier}”和“${header}”是同一列，只能出现一次。${earlier} and ${header} are the same column; give it once.`,
      )
    seen.set(col.field, header)
  })
}

/** Why a row's cells do not line up with the headers, or undefined when they do. */
function shapeProblem(row: SheetRow, headers: string[], missingCellsAreEmpty: boolean): string | undefined {
  const width = headers.length
  const used = withoutTrailingEmpty(row.cells).length
  if (used > width) {
    const extra = row.cells.slice(width, used)
    const last = headers[width - 1]!.trim()
    return (
      `这一行有 ${used} 格，表头只有 ${width} 列，“${last}”之后多出 ${extra.map((cell) => `“${cell}”`).join('、')}。` +
      `This line has ${used} cells under ${width} headers: ${extra.map((cell) => `"${cell}"`).join(', ')} after ${last}.`
    )
  }
  if (!missingCellsAreEmpty && row.cells.length < width) {
    const missing = headers.slice(row.cells.length).map((header) => header.trim())
    return `这一行只有 ${row.cells.length} 格，表头有 ${width} 列，${missing.map((header) => `“${header}”`).join('、')}下没有格。This line has ${row.cells.length} cells under ${width} headers: none under ${missing.join(', ')}.`
  }
  return undefined
}
