/**
 * What a spreadsheet is before its columns mean anything: rows of cell
 * texts, each with the line (CSV) or row number (.xlsx) the clerk sees it on.
 * The first row holds the headers.
 */
export interface SheetRow {
  line: number
  cells: string[]
}

export interface SheetTable {
  rows: SheetRow[]
}
