/**
 * `npm run registry:import -- <file.csv|file.json> [--kind K] [--source S]`:
 * the office's spreadsheets into the registry, with the same validation and
 * report as a push. Shows progress, prints a summary and every rejected line,
 * and exits 1 when any record was rejected.
 */
import os from 'node:os'
import { parseArgs } from 'node:util'
import { SingleBar } from 'cli-progress'
import { openDatabaseForCli } from '../database/openDatabaseForCli.ts'
import { importRegistry } from '../registry/import/importRegistry.ts'
import { ImportFileError, readImportFile } from '../registry/import/readImportFile.ts'
import type { RegistryKindName } from '../registry/push/pushKind.ts'
import { ensureRegistryIndexes } from '../registry/shared/indexes.ts'

const USAGE = 'usage: npm run registry:import -- <file.csv|file.json> [--kind institutions|teachers|venues] [--source office]'

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { kind: { type: 'string' }, source: { type: 'string', default: 'office' } },
  })
  const file = positionals[0]
  if (!file) {
    console.error(USAGE)
    return 2
  }
  const kind = values.kind as RegistryKindName | undefined
  if (kind && !['institutions', 'teachers', 'venues'].includes(kind)) {
    console.error(USAGE)
    return 2
  }

  let parsed
  try {
    parsed = readImportFile(file, kind)
  } catch (error) {
    if (error instanceof ImportFileError) {
      console.error(`[import] ${error.message}`)
      return 1
    }
    throw error
  }

  const database = await openDatabaseForCli((line) => console.error(`[import] ${line}`))
  try {
    await ensureRegistryIndexes(database.db)
    const bar = process.stderr.isTTY ? new SingleBar({ format: '[import] {bar} {value}/{total} 条', stream: process.stderr }) : undefined
    bar?.start(parsed.rows.length, 0)
    let lastPrinted = 0
    const report = await importRegistry(database.db, parsed, {
      source: values.source!,
      pusher: { label: `cli:${os.userInfo().username}`, role: 'admin', street: null, sourceSystem: null },
      onProgress: (done, total) => {
        if (bar) bar.update(done)
        else if (done === total || done - lastPrinted >= 1000) {
          console.error(`[import] ${done}/${total}`)
          lastPrinted = done
        }
      },
    })
    bar?.stop()

    for (const rejection of report.rejections) {
      for (const problem of rejection.problems) console.log(`第 ${rejection.line} 行 line ${rejection.line} [${rejection.externalId ?? '-'}] ${problem.path}: ${problem.reason}`)
    }
    console.log(
      `[import] ${report.kind}: ${report.total} 条 records — 新建 created ${report.created}, 更新 updated ${report.updated}, ` +
        `无变化 unchanged ${report.unchanged}, 拒绝 rejected ${report.rejected}`,
    )
    return report.rejected > 0 ? 1 : 0
  } finally {
    await database.close()
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error)
  return 1
})
