/**
 * Runs one of the TypeScript commands in server/cli under tsx.
 *
 * Why a wrapper: on Node 20, a start-up under tsx's loader hooks now and then
 * stalls while the modules load and Node exits with code 13 ("unsettled
 * top-level await") before any of the command has run (seen on about 1 start
 * in 10). Nothing has happened yet at that point, so the start is simply
 * tried again. Signals are passed on, so Ctrl-C stops the command cleanly.
 */
import { spawn } from 'node:child_process'

const UNSETTLED_TOP_LEVEL_AWAIT = 13
const ATTEMPTS = 3
const [script, ...args] = process.argv.slice(2)

function attempt(remaining) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: 'inherit' })
  const forward = (signal) => child.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  child.on('exit', (code, signal) => {
    process.off('SIGINT', forward)
    process.off('SIGTERM', forward)
    if (code === UNSETTLED_TOP_LEVEL_AWAIT && remaining > 1) {
      console.error(`[hub] the loader stalled while starting ${script}; starting it again`)
      attempt(remaining - 1)
      return
    }
    process.exit(signal ? 128 + (signal === 'SIGINT' ? 2 : 15) : (code ?? 1))
  })
}

attempt(ATTEMPTS)
