/**
 * `npm run export:credit-bank -- --from 2026-01-01 --to 2026-12-31
 * [--format csv|json] [--out file|-]`: the published courses and the
 * sessions of the period for the provincial credit bank, in the documented
 * layout (README "Syndication"), with progress on stderr and a summary line.
 * Dates are days in Shanghai, both included. Exits 2 when asked something it
 * cannot do (a wrong option or period), 1 when the database cannot be read.
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { DateTime } from 'luxon'
import { MongoServerSelectionError } from 'mongodb'
import { DatabaseLaunchError } from '../database/databaseLaunchError.ts'
import { openDatabaseForCli } from '../database/openDatabaseForCli.ts'
import { databaseReads } from '../database/readStore.ts'
import { BadInputError } from '../errors/hubErrors.ts'
import { importProgress } from '../registry/import/importProgress.ts'
import { creditBankCsv, creditBankJson, creditBankSummaryLine } from '../syndication/creditBank/creditBankFiles.ts'
import { checkedPeriod, creditBankExport } from '../syndication/creditBank/creditBankRecords.ts'
import { TIME_ZONE } from '../syndication/shanghaiTime.ts'

const USAGE =
  '用法 usage: npm run export:credit-bank -- --from 2026-01-01 --to 2026-12-31 [--format csv|json] [--out file.csv|-]'
const FORMATS = ['csv', 'json'] as const
type Format = (typeof FORMATS)[number]

/** A day in Shanghai: its first moment, or (for `to`) the first moment of the next day. */
function day(value: string | undefined, endOfDay: boolean): Date | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null
  const parsed = DateTime.fromISO(value, { zone: TIME_ZONE })
  if (!parsed.isValid) return null
  return (endOfDay ? parsed.plus({ days: 1 }) : parsed).startOf('day').toJSDate()
}

async function main(): Promise<number> {
  let values
  try {
    values = parseArgs({
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
      },
    }).values
  } catch (error) {
    console.error(`[export] ${(error as Error).message}\n${USAGE}`)
    return 2
  }
  const from = day(values.from, false)
  const to = day(values.to, true)
  const format = (values.format ?? (values.out?.endsWith('.json') ? 'json' : 'csv')) as Format
  if (!from || !to || !FORMATS.includes(format)) {
    console.error(
      `[export] --from 和 --to 须是日期（YYYY-MM-DD），--format 为 csv 或 json。--from and --to must be dates (YYYY-MM-DD), --format csv or json.\n${USAGE}`,
    )
    return 2
  }
  try {
    checkedPeriod(from, to)
  } catch (error) {
    if (!(error instanceof BadInputError)) throw error
    console.error(`[export] ${error.message}`)
    return 2
  }
  const out = values.out ?? `credit-bank-${values.from}_${values.to}.${format}`

  let database
  try {
    database = await openDatabaseForCli((line) => console.error(`[export] ${line}`))
  } catch (error) {
    if (error instanceof DatabaseLaunchError) console.error(`[export] ${error.message}`)
    else if (error instanceof MongoServerSelectionError)
      console.error(
        '[export] 连不上数据库（MONGODB_URI 所指或本机的）。Cannot reach the database (MONGODB_URI or the local one).',
      )
    else throw error
    return 1
  }
  try {
    const progress = importProgress(process.stderr, 'export')
    const exported = await creditBankExport(
      databaseReads(database.db),
      { from, to },
      { onProgress: (done, total) => progress.update(done, total) },
    )
    progress.stop()
    const body = format === 'json' ? creditBankJson(exported) : creditBankCsv(exported)
    if (out === '-') process.stdout.write(body)
    else writeFileSync(out, body, 'utf8')
    console.error(creditBankSummaryLine(exported, out === '-' ? 'stdout' : out))
    return 0
  } catch (error) {
    if (!(error instanceof BadInputError)) throw error
    console.error(`[export] ${error.message}`)
    return 2
  } finally {
    await database.close()
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error)
  return 1
})
