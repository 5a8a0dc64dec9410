/**
 * CSV text into rows with the line each row starts on in the file, counted
 * here from the parser's byte offsets: the parser's own line counter drifts
 * by one after a blank line in a CRLF file (what Excel writes), and a quoted
 * cell may span lines. Commas separate cells, or tabs when the header line
 * has tabs and no comma (Excel's "Unicode text"). Rows with no text in any
 * cell (Excel writes blank rows as ",,,,") are left out.
 */
import { parse } from 'csv-parse/sync'
import { ImportFileError } from './importErrors.ts'
import type { SheetRow, SheetTable } from './sheetTable.ts'

const CR = 0x0d
const LF = 0x0a

export function readCsvTable(text: string, fileName: string): SheetTable {
  const bytes = Buffer.from(text.replace(/^\uFEFF/, ''), 'utf8')
  const firstLine = text.slice(0, text.search(/\r|\n|$/))
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ','

  let records: string[][]
  // Where each record ends in `bytes`, its line break included.
  const ends: number[] = []
  try {
    records = parse(bytes, {
      delimiter,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      on_record: (record, context) => {
        ends.push(context.bytes)
        return record
      },
    })
  } catch (error) {
    throw new ImportFileError(`${fileName} 不是有效的 CSV：${(error as Error).message}。Not a valid CSV file.`)
  }

  const rows: SheetRow[] = []
  let offset = 0
  let line = 1
  // Steps over one line break (CRLF, LF or CR) at `offset`, if there is one.
  const lineBreak = () => {
    if (bytes[offset] === CR && bytes[offset + 1] === LF) offset += 2
    else if (bytes[offset] === CR || bytes[offset] === LF) offset += 1
    else return false
    line++
    return true
  }
  records.forEach((record, index) => {
    while (lineBreak()); // blank lines the parser skipped
    const start = line
    while (offset < ends[index]!) if (!lineBreak()) offset++
    if (record.some((cell) => cell !== '')) rows.push({ line: start, cells: record })
  })
  return { rows }
}
