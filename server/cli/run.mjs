/**
 * Runs one of the TypeScript commands in server/cli under tsx, with the
 * `development` resolve condition.
 *
 * Why the condition: lexical's packages (loaded by Payload's rich-text editor)
 * point Node's default `import` at an entry file that picks its dev or prod
 * build with a top-level `await import()`. On Node 20 that group of async
 * modules often never settles and Node exits with code 13 ("unsettled
 * top-level await") before anything has run. With `development` (here) or
 * `production` (the compiled start, see server/cli/nodeFlags.mjs) Node
 * resolves lexical's plain builds and nothing awaits at the top level.
 * Signals are passed on, so Ctrl-C stops the command cleanly.
 */
import { spawn } from 'node:child_process'
import { nodeFlags } from './nodeFlags.mjs'

const [script, ...args] = process.argv.slice(2)
// After tsx, so the TypeScript preload can load; it loads nothing unless OTEL_EXPORTER_OTLP_ENDPOINT is set.
const tracing = new URL('../logging/tracing.ts', import.meta.url).href
// Role `all`: the commands run here (dev, the benches) serve the graph in this process or its children.
const child = spawn(
  process.execPath,
  [...nodeFlags('development', 'all'), '--import', 'tsx', '--import', tracing, script, ...args],
  { stdio: 'inherit' },
)
const forward = (signal) => child.kill(signal)
process.on('SIGINT', forward)
process.on('SIGTERM', forward)
child.on('exit', (code, signal) => process.exit(signal ? 128 + (signal === 'SIGINT' ? 2 : 15) : (code ?? 1)))
