/**
 * The embedded database the bench scripts and the fuzzer run on: a fresh one
 * in a temporary folder, with what each script starts on it stopped newest
 * first, then the database, and the folder removed. Once, whether the run
 * ends, fails or is interrupted (Ctrl-C must not leave a database running).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { limits } from '../../config/limits.ts'
import { launchDatabase, type RunningDatabase } from '../../database/launcher.ts'

export interface ScratchDatabase {
  database: RunningDatabase
  /** Registers something to stop at shutdown; the last registered stops first. */
  onShutdown(stop: () => Promise<unknown>): void
  shutdown(): Promise<void>
}

export async function scratchDatabase(label: string): Promise<ScratchDatabase> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `canal-hub-${label}-`))
  const database = await launchDatabase({ dataDir, port: 0, readyTimeoutMs: limits.database.readyTimeoutMs })
  const cleanups: (() => Promise<unknown>)[] = []
  let stopping: Promise<void> | null = null
  const shutdown = () =>
    (stopping ??= (async () => {
      for (const cleanup of cleanups)
        await cleanup().catch((error: unknown) => console.error(`[${label}] while stopping:`, error))
      await database.stop()
      rmSync(dataDir, { recursive: true, force: true })
    })())
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void shutdown().finally(() => process.exit(130)))
  return { database, onShutdown: (stop) => cleanups.unshift(stop), shutdown }
}
