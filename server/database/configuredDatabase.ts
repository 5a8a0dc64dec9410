/** The database the environment asks for (README's settings), started through the launcher. */
import { env } from '../config/env.ts'
import { limits } from '../config/limits.ts'
import { launchDatabase, type RunningDatabase } from './launcher.ts'

export function launchConfiguredDatabase(
  log: (line: string) => void,
  options: { useUri?: boolean } = {},
): Promise<RunningDatabase> {
  return launchDatabase({
    uri: options.useUri === false ? undefined : env.mongodbUri,
    dataDir: env.dataDir,
    port: env.dbPort,
    readyTimeoutMs: limits.database.readyTimeoutMs,
    log,
  })
}
