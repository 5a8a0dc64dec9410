/**
 * The first sheet of an .xlsx workbook into rows, each with its row number,
 * every cell as the clerk sees it: a number as typed (not 30.292100000000001,
 * a percentage with its sign), a date as 2024-03-05 (a time alone as 08:30),
 * a formula by its result, rich text and links by their text. Rows with no
 * text in any cell are left out, as in a CSV.
 */
import ExcelJS from 'exceljs'
import { ImportFileError } from './importErrors.ts'
import type { SheetRow, SheetTable } from './sheetTable.ts'

/** The digits Excel itself keeps and shows of a number. */
const EXCEL_PRECISION = 15

export async function readXlsxTable(bytes: Buffer, fileName: string): Promise<SheetTable> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(new Uint8Array(bytes).buffer)
  } catch {
    throw new ImportFileError(
      `${fileName} 不是有效的 .xlsx 文件，请在 Excel 中重新另存为 .xlsx 或 CSV。Not a readable .xlsx file; save it again from Excel as .xlsx or CSV.`,
    )
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new ImportFileError(`${fileName} 中没有工作表。The workbook has no sheet.`)

  const rows: SheetRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = []
    for (let column = 1; column <= row.cellCount; column++) {
      const cell = row.getCell(column)
      cells.push(cellText(cell.value, cell.numFmt).trim())
    }
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop()
    if (cells.length > 0) rows.push({ line: rowNumber, cells })
  })
  return { rows }
}

function cellText(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') return numberText(value, numFmt)
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return dateText(value)
  if ('richText' in value) return value.richText.map((run) => run.text).join('')
  if ('hyperlink' in value) return cellText(value.text, numFmt)
  if ('error' in value) return value.error
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result, numFmt)
  return ''
}

function numberText(value: number, numFmt: string | undefined): string {
  const typed = (n: number) => String(Number(n.toPrecision(EXCEL_PRECISION)))
  return numFmt?.includes('%') ? `${typed(value * 100)}%` : typed(value)
}

/** Workbook dates come as UTC instants of the wall-clock time typed. */
function dateText(value: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const time = `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}${value.getUTCSeconds() ? `:${pad(value.getUTCSeconds())}` : ''}`
  // A time alone is stored as a fraction of Excel's day zero (30 Dec 1899).
  if (value.getUTCFullYear() < 1900) return time
  const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`
  return time === '00:00' ? date : `${date} ${time}`
}
