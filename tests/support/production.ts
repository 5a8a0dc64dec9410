/**
 * The compiled hub as `npm start` runs it, for the production-mode suites:
 * compiles dist/ (tsc, as `npm run build:server` does) when its sources
 * changed since the last compile, then starts processes of any role on a
 * suite's database with NODE_ENV=production and stops them with SIGTERM,
 * as an orchestrator would.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { inputsHash, isFresh, withBuildLock, writeStamp } from '../../server/cli/build/buildStamps.ts'
import { projectRoot } from '../../server/config/env.ts'

/** A compile on two busy cores takes about 30 s; room for a slow machine. */
const COMPILE_TIMEOUT_MS = 5 * 60 * 1000
/** `npm start`'s node arguments (package.json): the tracing preload, which does nothing unless OTEL_EXPORTER_OTLP_ENDPOINT is set. */
const START = ['--conditions=production', '--import', './dist/server/logging/tracing.js', 'dist/server/cli/start.js']
/** A secret that passes the production check; tests only. */
export const TEST_SECRET = 'production-suite-secret-0123456789abcdef'

/** Compiles dist/ (as `npm run build:server` does) unless it was made from exactly the current sources. */
export async function ensureCompiled(): Promise<void> {
  await withBuildLock(projectRoot, 'hub', COMPILE_TIMEOUT_MS, async () => {
    const inputs = inputsHash(projectRoot, 'hub')
    if (isFresh(projectRoot, 'hub', inputs)) return
    rmSync(path.join(projectRoot, 'dist'), { recursive: true, force: true })
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [path.join(projectRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
        { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
      )
      let output = ''
      child.stdout?.on('data', (chunk) => (output += chunk))
      child.stderr?.on('data', (chunk) => (output += chunk))
      child.once('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`tsc -p tsconfig.build.json exited with ${code}:\n${output}`)),
      )
    })
    writeStamp(projectRoot, 'hub', inputs)
  })
}

export interface StartedRole {
  /** The graph's /graphql URL, the admin's /admin URL or the jobs probes' origin, from its ready line. */
  url: string
  /** Origin (http://localhost:PORT) of the same. */
  origin: string
  pid: number
  output(): string
  /** SIGTERM, then the exit code (null when it had to be killed). */
  stop(): Promise<number | null>
  exited: Promise<number | null>
}

const READY: Record<string, RegExp> = {
  graph: /graph ready at (http:\/\/[^\s"]+)/,
  admin: /admin ready at (http:\/\/[^\s"]+)/,
  jobs: /jobs ready \(probes at (http:\/\/[^\s"]+)\/readyz/,
  // `all` starts the graph first and the admin last.
  all: /admin ready at (http:\/\/[^\s"]+)/,
}

/** Starts `npm start`'s command with `--role <role>` and waits for its ready line. */
export async function startRole(
  role: 'graph' | 'admin' | 'jobs' | 'all',
  databaseUri: string,
  env: Record<string, string> = {},
  timeoutMs = 120_000,
): Promise<StartedRole> {
  const child: ChildProcess = spawn(process.execPath, [...START, '--role', role], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      NODE_ENV: 'production',
      MONGODB_URI: databaseUri,
      PAYLOAD_SECRET: TEST_SECRET,
      HUB_PORT: '0',
      ADMIN_PORT: '0',
      JOBS_PORT: '0',
      REDIS_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${role} not ready within ${timeoutMs} ms:\n${output.slice(-3000)}`)),
      timeoutMs,
    )
    const watch = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const match = READY[role]!.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[1]!)
      }
    }
    child.stdout?.on('data', watch)
    child.stderr?.on('data', watch)
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`${role} exited with ${code} before it was ready:\n${output.slice(-3000)}`))
    })
  })
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)
  return {
    url,
    origin: new URL(url).origin,
    pid: child.pid as number,
    output: () => output,
    exited,
    stop: async () => {
      process.off('exit', killOnExit)
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
      const code = await exited
      clearTimeout(timer)
      return code
    },
  }
}

/** Runs the compiled start expecting it to refuse: its exit code and output. */
export function startRefused(
  env: Record<string, string>,
  args: string[] = ['--role', 'graph'],
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...START, ...args], {
      cwd: projectRoot,
      env: { ...process.env, NODE_OPTIONS: '', NODE_ENV: 'production', HUB_PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout?.on('data', (chunk) => (output += chunk))
    child.stderr?.on('data', (chunk) => (output += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.once('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}
