/**
 * `npm run db`: only the database, for working on the data or pointing other
 * tools at it. Ctrl-C stops it; the data stays in the data folder.
 */
import { env } from '../config/env.ts'
import { limits } from '../config/limits.ts'
import { launchDatabase } from '../database/launcher.ts'
import { runCli } from './runCli.ts'

runCli(async (onShutdown) => {
  const database = await launchDatabase({
    uri: env.mongodbUri,
    dataDir: env.dataDir,
    port: env.dbPort,
    readyTimeoutMs: limits.database.readyTimeoutMs,
    log: (line) => console.log(`[hub] ${line}`),
  })
  onShutdown(() => database.stop())
  console.log('[hub] Ctrl-C stops the database.')
})
