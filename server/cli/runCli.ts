/**
 * Runs a long-lived command: collects shutdown steps as things start, runs
 * them in reverse on SIGINT/SIGTERM (or on a start-up failure), and prints a
 * launch error as one line instead of a stack trace.
 */
import { DatabaseLaunchError } from '../database/databaseLaunchError.ts'

type ShutdownStep = () => Promise<unknown> | unknown

export function runCli(main: (onShutdown: (step: ShutdownStep) => void) => Promise<void>): void {
  const steps: ShutdownStep[] = []
  let stopping = false

  const shutdown = async (code: number) => {
    if (stopping) {
      console.error('[hub] still stopping; one moment.')
      return
    }
    stopping = true
    for (const step of steps.reverse()) {
      try {
        await step()
      } catch (error) {
        console.error(`[hub] while stopping: ${String(error)}`)
      }
    }
    process.exit(code)
  }

  // `on`, not `once`: a second Ctrl-C while stopping must not kill the process
  // before the database it started is stopped.
  process.on('SIGINT', () => void shutdown(0))
  process.on('SIGTERM', () => void shutdown(0))

  main((step) => steps.push(step)).catch((error: unknown) => {
    if (stopping) return // interrupted while starting: the shutdown steps report what matters
    if (error instanceof DatabaseLaunchError) console.error(`[hub] ${error.message}`)
    else if (isAddressInUse(error))
      console.error(`[hub] port ${error.port} is already in use: stop what listens there or set HUB_PORT / ADMIN_PORT.`)
    else console.error(error)
    void shutdown(1)
  })
}

function isAddressInUse(error: unknown): error is { code: string; port: number } {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'EADDRINUSE'
}
