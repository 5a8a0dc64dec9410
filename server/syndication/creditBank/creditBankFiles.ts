/**
 * The credit-bank export's two documented layouts: CSV (UTF-8 with BOM, for
 * Excel and the bank's import tool; one header row of the column names below,
 * lists separated by `;`) and JSON (the same records under a small header).
 * Dates are ISO 8601 with Shanghai's +08:00 offset in both.
 */
import { csvCell } from '../../registry/import/rejectedLinesFile.ts'
import { shanghaiIso } from '../shanghaiTime.ts'
import type { CreditBankExport, CreditBankRecord } from './creditBankRecords.ts'

/** The JSON layout's name and version: a consumer checks it before reading. */
export const CREDIT_BANK_FORMAT = 'canal-learning-hub/credit-bank-export@1'

/** The CSV's columns, in order: the record's fields. */
export const CREDIT_BANK_COLUMNS: readonly (keyof CreditBankRecord)[] = [
  'recordType',
  'id',
  'title',
  'creditHours',
  'durationMinutes',
  'providerId',
  'providerName',
  'teacherIds',
  'teacherNames',
  'startsAt',
  'endsAt',
  'publishedAt',
  'seriesId',
  'seriesTitle',
  'venueId',
  'venueName',
  'venueAddress',
  'onlineUrl',
]

function text(value: CreditBankRecord[keyof CreditBankRecord]): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return shanghaiIso(value)
  if (Array.isArray(value)) return value.join(';')
  return String(value)
}

export function creditBankCsv(exported: CreditBankExport): string {
  const rows = [
    CREDIT_BANK_COLUMNS.map(String),
    ...exported.records.map((record) => CREDIT_BANK_COLUMNS.map((column) => text(record[column]))),
  ]
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

export function creditBankJson(exported: CreditBankExport): string {
  const dates = (record: CreditBankRecord) => ({
    ...record,
    startsAt: record.startsAt && shanghaiIso(record.startsAt),
    endsAt: record.endsAt && shanghaiIso(record.endsAt),
    publishedAt: record.publishedAt && shanghaiIso(record.publishedAt),
  })
  return (
    JSON.stringify(
      {
        format: CREDIT_BANK_FORMAT,
        from: shanghaiIso(exported.from),
        to: shanghaiIso(exported.to),
        generatedAt: shanghaiIso(exported.generatedAt),
        summary: exported.summary,
        records: exported.records.map(dates),
      },
      null,
      2,
    ) + '\n'
  )
}

/** The one line a person reads at the end; the period as the days it covers, both included. */
export function creditBankSummaryLine(exported: CreditBankExport, where: string): string {
  const { courses, sessions, creditHours, sessionHours } = exported.summary
  return (
    `[export] ${shanghaiIso(exported.from).slice(0, 10)} – ${shanghaiIso(new Date(exported.to.getTime() - 1)).slice(0, 10)}: ` +
    `课程 courses ${courses}（学时 credit hours ${creditHours}），场次 sessions ${sessions}（${sessionHours} 小时 hours）→ ${where}`
  )
}
