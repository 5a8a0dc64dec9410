/**
 * Starts one database server for the whole run: TEST_MONGODB_URI when set,
 * else the embedded one on a fresh temporary folder. Each suite then takes a
 * database of its own on it (tests/support/database.ts). Files the suites
 * upload are kept in the same temporary folder.
 */
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { limits } from '../../server/config/limits.ts'
import { launchDatabase } from '../../server/database/launcher.ts'

export default async function globalSetup(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'canal-hub-test-'))
  const database = await launchDatabase({
    uri: process.env.TEST_MONGODB_URI || undefined,
    dataDir,
    port: 0,
    readyTimeoutMs: limits.database.readyTimeoutMs,
  })
  process.env.TEST_DATABASE_SERVER_URI = database.uri
  // Uploaded media and attachments go to the run's folder, not the project's .data.
  process.env.DATA_DIR = path.join(dataDir, 'files')
  ;(globalThis as { __testDatabase?: typeof database; __testDataDir?: string }).__testDatabase = database
  ;(globalThis as { __testDataDir?: string }).__testDataDir = dataDir
}
