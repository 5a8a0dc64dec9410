/**
 * `npm run registry:import -- <file.csv|file.xlsx|file.json> [--kind K]
 * [--source S] [--encoding E] [--dry-run]`: the office's spreadsheets into
 * the registry, with the same validation and report as a push. Shows
 * progress with the time left, prints every rejected line and a summary,
 * and hands the rejected lines back as a file to fix and import again.
 * Exits 2 when it was asked something it cannot do (no such file, a wrong
 * option), 1 when the file or any line of it was refused.
 */
import os from 'node:os'
import { parseArgs } from 'node:util'
import { MongoServerSelectionError } from 'mongodb'
import { DatabaseLaunchError } from '../database/databaseLaunchError.ts'
import { openDatabaseForCli } from '../database/openDatabaseForCli.ts'
import { importProgress } from '../registry/import/importProgress.ts'
import { importRegistry } from '../registry/import/importRegistry.ts'
import { ImportFileError, ImportUsageError } from '../registry/import/importErrors.ts'
import { readImportFile, type ImportFile } from '../registry/import/readImportFile.ts'
import { rejectedLinesPath, writeRejectedLines } from '../registry/import/rejectedLinesFile.ts'
import { rejectionLine } from '../registry/import/rejectionText.ts'
import { REGISTRY_KINDS, type RegistryKind } from '../registry/shared/collections.ts'
import { ensureRegistryIndexes } from '../registry/shared/indexes.ts'

const USAGE =
  '用法 usage: npm run registry:import -- <file.csv|file.xlsx|file.json> [--kind institutions|teachers|venues] [--source office] [--encoding gb18030] [--dry-run]'
const KINDS: readonly RegistryKind[] = REGISTRY_KINDS

async function main(): Promise<number> {
  let args
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        kind: { type: 'string' },
        source: { type: 'string', default: 'office' },
        encoding: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
      },
    })
  } catch (error) {
    console.error(`[import] ${(error as Error).message}\n${USAGE}`)
    return 2
  }
  const { values, positionals } = args
  const file = positionals[0]
  const kind = values.kind as RegistryKind | undefined
  if (!file || positionals.length > 1 || (kind && !KINDS.includes(kind))) {
    console.error(USAGE)
    return 2
  }
  const dryRun = values['dry-run']!

  let parsed: ImportFile
  try {
    parsed = await readImportFile(file, { kind, encoding: values.encoding })
  } catch (error) {
    if (error instanceof ImportUsageError) {
      console.error(`[import] ${error.message}`)
      return 2
    }
    if (error instanceof ImportFileError) {
      console.error(`[import] ${error.message}`)
      return 1
    }
    throw error
  }
  if (parsed.encodingNotice) console.error(`[import] ${parsed.encodingNotice}`)

  let database
  try {
    database = await openDatabaseForCli((line) => console.error(`[import] ${line}`))
  } catch (error) {
    if (error instanceof DatabaseLaunchError) console.error(`[import] ${error.message}`)
    else if (error instanceof MongoServerSelectionError) {
      console.error(
        '[import] 连不上数据库（MONGODB_URI 所指或本机的），未导入任何记录。Cannot reach the database (MONGODB_URI or the local one); nothing was imported.',
      )
    } else throw error
    return 1
  }
  try {
    // Indexes are a write too: a dry run leaves the database exactly as it was.
    if (!dryRun) await ensureRegistryIndexes(database.db)
    const progress = importProgress(process.stderr)
    const report = await importRegistry(database.db, parsed, {
      source: values.source!,
      pusher: { label: `cli:${os.userInfo().username}`, role: 'admin', street: null, sourceSystem: null },
      dryRun,
      onProgress: (done, total) => progress.update(done, total),
    })
    progress.stop()

    for (const rejection of report.rejections) console.log(rejectionLine(rejection, parsed.labels))
    const counts =
      `${report.kind}: ${report.total} 条 records — 新建 created ${report.created}, 更新 updated ${report.updated}, ` +
      `无变化 unchanged ${report.unchanged}, 拒绝 rejected ${report.rejected}`
    console.log(dryRun ? `[import] 试运行，数据库未写入 dry run, nothing written — ${counts}` : `[import] ${counts}`)
    if (report.rejected > 0 && parsed.headers) {
      const rejectedFile = rejectedLinesPath(file)
      writeRejectedLines(rejectedFile, parsed.headers, report.rejections, parsed.labels)
      console.log(
        `[import] 被拒绝的 ${report.rejected} 行已写入 ${rejectedFile}，改正后可直接导入该文件。` +
          `The ${report.rejected} rejected lines are in ${rejectedFile}; fix them there and import that file.`,
      )
    }
    return report.rejected > 0 ? 1 : 0
  } finally {
    await database.close()
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error)
  return 1
})
