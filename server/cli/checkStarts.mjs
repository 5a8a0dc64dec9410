/**
 * `npm run check:starts`: starts the graph again and again and counts how
 * each start ended, to prove the Node 20 start-up stall (exit 13, "unsettled
 * top-level await", see server/cli/run.mjs) stays fixed. Two variants: the
 * dev graph (TypeScript under tsx, as `npm run dev` loads it) and the
 * compiled start (`npm start`'s dist/, run `npm run build:server` first).
 * Each start must print that the graph is ready; it is then stopped with
 * SIGTERM and must exit 0. Plain JavaScript, so no loader is under test but
 * the one being checked.
 *
 *   npm run check:starts -- --runs 40 [--only dev|compiled] [--no-conditions]
 *
 * `--no-conditions` leaves the resolve condition out, to see the stall the
 * condition prevents. Uses MONGODB_URI, else starts an embedded database in
 * a temporary folder. Exits 1 unless every start exited 0.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { nodeFlags } from './nodeFlags.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(name)
  return index === -1 ? fallback : args[index + 1]
}
const runs = Number(option('--runs', '40'))
const only = option('--only', undefined)
const withConditions = !args.includes('--no-conditions')
/** A start that has printed nothing useful after this long is counted as hung. */
const START_TIMEOUT_MS = 180_000

const variants = [
  {
    name: 'dev graph (tsx)',
    key: 'dev',
    mode: 'development',
    argv: ['--import', 'tsx', '--import', './server/logging/tracing.ts', 'server/cli/start.ts'],
    nodeEnv: 'development',
  },
  {
    name: 'compiled start (dist/)',
    key: 'compiled',
    mode: 'production',
    argv: ['--import', './dist/server/logging/tracing.js', 'dist/server/cli/start.js'],
    nodeEnv: 'production',
  },
].filter((variant) => !only || variant.key === only)

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })
}

async function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`nothing listens on ${port} after ${timeoutMs} ms`)
}

async function database() {
  if (process.env.MONGODB_URI) return { uri: process.env.MONGODB_URI, stop: async () => {} }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'canal-hub-starts-'))
  const port = await freePort()
  const child = spawn(process.execPath, ['server/cli/run.mjs', 'server/cli/db.ts'], {
    cwd: root,
    env: { ...process.env, DB_PORT: String(port), DATA_DIR: dataDir },
    stdio: 'ignore',
  })
  await waitForPort(port, 120_000)
  return {
    uri: `mongodb://127.0.0.1:${port}/check_starts`,
    stop: async () => {
      await new Promise((resolve) => {
        child.once('exit', resolve)
        child.kill('SIGTERM')
      })
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** One start: 'ready' and then the exit code after SIGTERM, or the code it exited with before it was ready. */
function startOnce(variant, uri) {
  return new Promise((resolve) => {
    const began = Date.now()
    const flags = withConditions ? nodeFlags(variant.mode, 'graph') : []
    const child = spawn(process.execPath, [...flags, ...variant.argv, '--role', 'graph'], {
      cwd: root,
      env: {
        ...process.env,
        MONGODB_URI: uri,
        HUB_PORT: '0',
        NODE_ENV: variant.nodeEnv,
        PAYLOAD_SECRET: 'check-starts-0123456789abcdef0123456789',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let readyMs = null
    let output = ''
    const timer = setTimeout(() => child.kill('SIGKILL'), START_TIMEOUT_MS)
    const watch = (chunk) => {
      output += chunk
      if (readyMs === null && /graph ready at/.test(output)) {
        readyMs = Date.now() - began
        child.kill('SIGTERM')
      }
    }
    child.stdout.on('data', watch)
    child.stderr.on('data', watch)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      resolve({ ready: readyMs !== null, readyMs, code: code ?? (signal === 'SIGKILL' ? 'hung' : signal), output })
    })
  })
}

const median = (values) => {
  if (values.length === 0) return '-'
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

if (
  variants.some((variant) => variant.key === 'compiled') &&
  !existsSync(path.join(root, 'dist/server/cli/start.js'))
) {
  console.error('dist/ is missing: run `npm run build:server` (or `npm run build`) first.')
  process.exit(2)
}
const db = await database()
const rows = []
let failed = 0
try {
  for (const variant of variants) {
    const counts = new Map()
    const readyTimes = []
    for (let run = 1; run <= runs; run += 1) {
      const result = await startOnce(variant, db.uri)
      const key =
        result.ready && result.code === 0
          ? 'exit 0'
          : result.ready
            ? `ready, then exit ${result.code}`
            : `exit ${result.code} before ready`
      counts.set(key, (counts.get(key) ?? 0) + 1)
      if (result.ready) readyTimes.push(result.readyMs)
      if (key !== 'exit 0') {
        failed += 1
        if (counts.get(key) === 1)
          console.error(`[${variant.key} #${run}] ${key}; its last output:\n${result.output.slice(-600)}`)
      }
      process.stdout.write(`\r${variant.name}: ${run}/${runs}`)
    }
    process.stdout.write('\n')
    rows.push({
      variant: variant.name,
      conditions: withConditions ? `--conditions=${variant.mode}` : 'none',
      starts: runs,
      ...Object.fromEntries(counts),
      'median ms to ready': median(readyTimes),
    })
  }
} finally {
  await db.stop()
}
console.table(rows)
process.exit(failed === 0 ? 0 : 1)
