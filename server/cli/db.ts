/**
 * `npm run db`: only the database, for working on the data or pointing other
 * tools at it. Ctrl-C stops it; the data stays in the data folder.
 */
import { launchConfiguredDatabase } from '../database/configuredDatabase.ts'
import { runCli } from './runCli.ts'

runCli(async (onShutdown) => {
  const database = await launchConfiguredDatabase((line) => console.log(`[hub] ${line}`))
  onShutdown(() => database.stop())
  console.log('[hub] Ctrl-C stops the database.')
})
