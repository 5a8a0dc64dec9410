/**
 * The rejected lines handed back as a file beside the input: the reason
 * first, then the clerk's own cells exactly as read, under the file's own
 * headers. UTF-8 with a byte-order mark and CRLF lines, so Excel on Chinese
 * Windows opens it without garbling; once fixed it imports as it is (the
 * reason column is skipped).
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Rejection } from './importRegistry.ts'
import { isReasonHeader, REASON_HEADER } from './importColumns.ts'
import { reasonsText } from './rejectionText.ts'

/** venues.csv or venues.xlsx -> venues.rejected.csv in the same folder. */
export function rejectedLinesPath(inputFile: string): string {
  const parsed = path.parse(path.resolve(inputFile))
  return path.join(parsed.dir, `${parsed.name}.rejected.csv`)
}

export function writeRejectedLines(
  file: string,
  headers: string[],
  rejections: Rejection[],
  labels: Record<string, string>,
): void {
  // A file that comes back rejected again gets its reasons renewed, not a second reason column.
  const oldReason = headers.findIndex(isReasonHeader)
  const rows = [[REASON_HEADER, ...headers.filter((_, index) => index !== oldReason)]]
  for (const rejection of rejections) {
    const cells = (rejection.cells ?? []).filter((_, index) => index !== oldReason)
    rows.push([reasonsText(rejection.problems, labels), ...cells])
  }
  writeFileSync(file, '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n', 'utf8')
}

/** One CSV cell as Excel writes it: quoted when it holds a quote, comma, line break or edge space. */
export function csvCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}
