/** Stops the run's database server and removes its temporary folder. */
import { rmSync } from 'node:fs'
import type { RunningDatabase } from '../../server/database/launcher.ts'

export default async function globalTeardown(): Promise<void> {
  const state = globalThis as { __testDatabase?: RunningDatabase; __testDataDir?: string }
  await state.__testDatabase?.stop()
  if (state.__testDataDir) rmSync(state.__testDataDir, { recursive: true, force: true })
}
